import Testing
@testable import Preview

@Suite("HTTPDate")
struct HTTPDateTests {
    @Test func formatsIMFFixdate() {
        #expect(HTTPDate.string(secondsSince1970: 0) == "Thu, 01 Jan 1970 00:00:00 GMT")
        #expect(HTTPDate.string(secondsSince1970: 1_795_959_111) == "Sun, 29 Nov 2026 13:31:51 GMT")
    }
}
