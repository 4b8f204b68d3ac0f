import Testing
@testable import Preview

@Suite("HostCheck")
struct HostCheckTests {
    @Test(arguments: [("localhost:8000", true), ("127.0.0.1:8000", true), ("127.0.0.1", true), ("[::1]:8000", true),
                      ("LOCALHOST", true), ("app.localhost:8000", true), ("127.1.2.3", true),
                      ("evil.example:8000", false), ("127.0.0.1.evil.example", false), ("[::2]", false),
                      ("localhost.evil.example", false), ("192.168.1.4:8000", false), ("", false)])
    func loopbackServerAcceptsOnlyLoopbackNames(host: String, allowed: Bool) {
        #expect(HostCheck(listeningHost: "127.0.0.1").allows(host) == allowed)
    }

    @Test func otherListeningAddressesAcceptAnyHostAndHTTP10AcceptsNone() {
        #expect(HostCheck(listeningHost: "0.0.0.0").allows("evil.example"))
        #expect(HostCheck(listeningHost: "::1").allows(nil))
        #expect(!HostCheck(listeningHost: "::1").allows("evil.example"))
    }

    @Test func rebindingRequestsGet403() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send(RawClient.request("GET", "/notes.txt").replacingOccurrences(of: "Host: localhost", with: "Host: evil.example"))
            try #expect(client.readResponse().statusCode == 403)
            try client.send("GET /notes.txt HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n")
            try #expect(client.readResponse().text == "texte")
        }
    }
}
