import Testing
@testable import Preview

@Suite("HTTPRequestParser")
struct HTTPRequestParserTests {
    let parser = HTTPRequestParser(maxHeaderBytes: 1024)

    @Test func parsesRequestLineAndHeaders() throws {
        let bytes = Array("GET /a/b?c=d HTTP/1.1\r\nHost: x\r\nX-Thing:  spaced value \r\n\r\nrest".utf8)
        guard case .request(let request, let consumed) = parser.parse(bytes) else {
            Issue.record("expected a request")
            return
        }
        #expect(request.method == "GET")
        #expect(request.path == "/a/b")
        #expect(request.query == "c=d")
        #expect(request.version == .http11)
        #expect(request.header("x-thing") == "spaced value")
        #expect(consumed == bytes.count - 4)
        #expect(request.keepsConnectionAlive)
    }

    @Test func incompleteHeadAsksForMore() {
        #expect(parser.parse(Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8)) == .incomplete(scannedUpTo: 22))
        #expect(parser.parse([]) == .incomplete(scannedUpTo: 0))
    }

    @Test(arguments: [("http://localhost:8000/a/b?c", "/a/b?c"), ("HTTPS://h", "/"), ("http://h?q=1", "/?q=1")])
    func absoluteFormBecomesOriginForm(target: String, expected: String) {
        guard case .request(let request, _) = parser.parse(Array("GET \(target) HTTP/1.1\r\nHost: h\r\n\r\n".utf8)) else {
            Issue.record("expected a request")
            return
        }
        #expect(request.target == expected)
    }

    @Test func acceptsBareLineFeeds() {
        guard case .request(let request, _) = parser.parse(Array("HEAD / HTTP/1.0\n\n".utf8)) else {
            Issue.record("expected a request")
            return
        }
        #expect(request.method == "HEAD")
        #expect(!request.keepsConnectionAlive)
    }

    @Test(arguments: [
        ("GET /\r\n\r\n", HTTPParseError.malformedRequestLine("GET /")),
        ("GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n", .malformedRequestLine("GET / HTTP/1.1 extra")),
        ("GET / HTTP/3.0\r\n\r\n", .unsupportedVersion("HTTP/3.0")),
        ("GET / HTTP/1.1\r\n\r\n", .missingHost),
        ("GET / HTTP/1.1\r\nHost x\r\n\r\n", .malformedHeader(line: 1)),
        ("GET / HTTP/1.1\r\nHost: x\r\nBad Name: y\r\n\r\n", .malformedHeader(line: 2)),
        ("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n", .bodyNotAccepted),
        ("GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", .bodyNotAccepted),
        ("GET /caf\u{E9} HTTP/1.1\r\nHost: x\r\n\r\n", .malformedRequestLine("GET /caf\u{E9} HTTP/1.1")),
    ])
    func refusesMalformed(raw: String, error: HTTPParseError) {
        #expect(parser.parse(Array(raw.utf8)) == .failure(error))
    }

    @Test func bodyFreeContentLengthIsAccepted() {
        guard case .request = parser.parse(Array("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n".utf8)) else {
            Issue.record("expected a request")
            return
        }
    }

    @Test func headsOverTheLimitAreRefused() {
        let long = "GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 1100) + "\r\n\r\n"
        #expect(parser.parse(Array(long.utf8)) == .failure(.headerSectionTooLarge(limit: 1024)))
        let endless = Array(String(repeating: "a", count: 1100).utf8)
        #expect(parser.parse(endless) == .failure(.headerSectionTooLarge(limit: 1024)))
    }

    @Test func connectionHeaderTokens() {
        let close = HTTPRequest(method: "GET", target: "/", version: .http11, headers: [("Connection", "Upgrade, Close")])
        #expect(!close.keepsConnectionAlive)
        let keep = HTTPRequest(method: "GET", target: "/", version: .http10, headers: [("connection", "keep-alive")])
        #expect(keep.keepsConnectionAlive)
    }
}
