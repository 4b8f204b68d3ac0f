import Testing
@testable import Preview

@Suite("MediaType")
struct MediaTypeTests {
    @Test(arguments: [("a.HTML", "text/html; charset=utf-8"), ("m.eml", "message/rfc822"), ("f.ico", "image/x-icon"),
                      ("p.jpg", "image/jpeg"), ("p.png", "image/png"), ("s.map", "application/json; charset=utf-8"),
                      ("README", "application/octet-stream"), (".env", "application/octet-stream")])
    func byExtension(name: String, type: String) {
        #expect(MediaType.forFileName(name) == type)
    }
}
