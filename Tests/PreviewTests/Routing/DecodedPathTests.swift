import Testing
@testable import Preview

@Suite("DecodedPath")
struct DecodedPathTests {
    @Test func decodesSegmentsAndTrailingSlash() throws {
        let path = try #require(DecodedPath(encodedPath: "/2026/48/caf%C3%A9/"))
        #expect(path.segments == ["2026", "48", "café"])
        #expect(path.hasTrailingSlash)
        #expect(DecodedPath(encodedPath: "/")?.segments == [])
    }

    @Test(arguments: ["/..", "/a/./b", "/a//b", "/%2f", "/%5c", "/%00", "/%25", "/%zz", "/%", "relative", "/.git/config", "/%7f"])
    func refusesUnsafe(path: String) {
        #expect(DecodedPath(encodedPath: Substring(path)) == nil)
    }
}
