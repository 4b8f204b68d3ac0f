import Foundation
import Testing
@testable import Preview

@Suite("PreviewServer")
struct PreviewServerTests {
    @Test("serves pages with the content type of their extension", arguments: [
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/notes.txt", "text/plain; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/photo.webp", "image/webp"),
        ("/font.woff2", "font/woff2"),
        ("/blob.bin", "application/octet-stream"),
        ("/", "text/html; charset=utf-8"),
    ])
    func contentTypes(target: String, contentType: String) throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let response = try PreviewFixture.get(target, port: port)
            #expect(response.statusCode == 200)
            #expect(response.header("Content-Type") == contentType)
            #expect(response.header("Cache-Control") == "no-store")
            #expect(response.header("Date")?.hasSuffix(" GMT") == true)
            #expect(Int(response.header("Content-Length") ?? "") == response.body.count)
        }
    }

    @Test func servesFileContent() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            try #expect(PreviewFixture.get("/assets/style.css", port: port).text == "body{color:red}")
        }
    }

    @Test func headSendsHeadersWithoutBody() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send(RawClient.request("HEAD", "/assets/style.css"))
            let head = try client.readResponse(expectBody: false)
            #expect(head.statusCode == 200)
            #expect(head.header("Content-Length") == "15")
            // The next response starts right away: a body sent after HEAD would be read as its status line.
            try client.send(RawClient.request("GET", "/notes.txt"))
            let next = try client.readResponse()
            #expect(next.statusCode == 200)
            #expect(next.text == "texte")
        }
    }

    @Test func missingPageServesTheSite404WithStatus404() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let response = try PreviewFixture.get("/nope/nothing.html", port: port)
            #expect(response.statusCode == 404)
            #expect(response.text.contains("Page introuvable"))
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
        }
    }

    @Test func missing404PageFallsBackToText() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(at: fixture.output.appendingPathComponent("site/404.html"))
        try fixture.withServer { _, port in
            let response = try PreviewFixture.get("/nope", port: port)
            #expect(response.statusCode == 404)
            #expect(response.header("Content-Type") == "text/plain; charset=utf-8")
        }
    }

    @Test func foldersResolveToIndexAndRedirectWithoutSlash() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let redirect = try PreviewFixture.get("/2026/48?x=1", port: port)
            #expect(redirect.statusCode == 301)
            #expect(redirect.header("Location") == "/2026/48/?x=1")
            let page = try PreviewFixture.get("/2026/48/", port: port)
            #expect(page.statusCode == 200)
            #expect(page.text.contains("Numéro 48"))
            try #expect(PreviewFixture.get("/assets/", port: port).statusCode == 404)  // no index.html
            try #expect(PreviewFixture.get("/notes.txt/", port: port).statusCode == 404)
        }
    }

    @Test func keepAliveServesTwoRequestsOnOneSocket() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send(RawClient.request("GET", "/notes.txt"))
            let first = try client.readResponse()
            #expect(first.header("Connection") == "keep-alive")
            try client.send(RawClient.request("GET", "/data.json"))
            try #expect(client.readResponse().text == "{}")
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrder() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send(RawClient.request("GET", "/notes.txt") + RawClient.request("GET", "/data.json")
                + RawClient.request("GET", "/assets/style.css", headers: ["Connection: close"]))
            try #expect(client.readResponse().text == "texte")
            try #expect(client.readResponse().text == "{}")
            let last = try client.readResponse()
            #expect(last.text == "body{color:red}")
            #expect(last.header("Connection") == "close")
            #expect(client.isClosedByServer())
        }
    }

    @Test func http10ClosesUnlessKeepAliveIsAsked() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let plain = try RawClient(port: port)
            try plain.send("GET /notes.txt HTTP/1.0\r\n\r\n")
            try #expect(plain.readResponse().header("Connection") == "close")
            #expect(plain.isClosedByServer())
            let kept = try RawClient(port: port)
            try kept.send("GET /notes.txt HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            try #expect(kept.readResponse().header("Connection") == "keep-alive")
            try kept.send("GET /data.json HTTP/1.0\r\n\r\n")
            try #expect(kept.readResponse().text == "{}")
        }
    }

    @Test func otherMethodsGet405WithAllow() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            for method in ["POST", "PUT", "DELETE", "OPTIONS", "get"] {
                let response = try PreviewFixture.get("/", port: port, method: method)
                #expect(response.statusCode == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD")
            }
        }
    }

    @Test func requestsWithBodiesAreRefused() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send(RawClient.request("GET", "/", headers: ["Content-Length: 5"]) + "hello")
            try #expect(client.readResponse().statusCode == 413)
            #expect(client.isClosedByServer())
        }
    }

    @Test func oversizedRequestGets431AndIsClosed() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            let huge = "X-Filler: " + String(repeating: "a", count: 17 * 1024)
            try client.send("GET / HTTP/1.1\r\nHost: localhost\r\n\(huge)\r\n\r\n")
            try #expect(client.readResponse().statusCode == 431)
            #expect(client.isClosedByServer())
        }
    }

    @Test func endlessHeaderWithoutBlankLineGets431() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            try client.send("GET / HTTP/1.1\r\n" + String(repeating: "X-A: b\r\n", count: 3000))
            try #expect(client.readResponse().statusCode == 431)
        }
    }

    @Test func malformedRequestsGet400Or505() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            for (raw, status) in [("GARBAGE\r\n\r\n", 400), ("GET / HTTP/2.0\r\n\r\n", 505),
                                  ("GET / HTTP/1.1\r\n\r\n", 400), ("GET ftp://x/ HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                                  ("GET * HTTP/1.1\r\nHost: x\r\n\r\n", 400),
                                  ("GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n", 400)] {
                let client = try RawClient(port: port)
                try client.send(raw)
                try #expect(client.readResponse().statusCode == status, "\(raw)")
            }
        }
    }

    @Test func slowClientIsCutOffAfterTheRequestTimeout() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port)
            let started = Date()
            try client.send("GET / HTTP/1.1\r\nHost: local")  // never finishes (requestTimeout is 1 s here)
            try #expect(client.readResponse().statusCode == 408)
            #expect(client.isClosedByServer())
            #expect(Date().timeIntervalSince(started) < 4)
        }
    }

    @Test func idleKeepAliveConnectionIsClosed() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let client = try RawClient(port: port, readTimeout: 4)
            try client.send(RawClient.request("GET", "/notes.txt"))
            _ = try client.readResponse()
            #expect(client.isClosedByServer())  // idleTimeout is 2 s here, the read timeout 4 s
        }
    }

    @Test func manyConcurrentKeepAliveClients() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let clients = try (0..<200).map { _ in try RawClient(port: port) }
            for client in clients { try client.send(RawClient.request("GET", "/notes.txt")) }
            for client in clients { try #expect(client.readResponse().text == "texte") }
            for client in clients { try client.send(RawClient.request("GET", "/data.json")) }
            for client in clients { try #expect(client.readResponse().text == "{}") }
        }
    }

    @Test func clientsBeyondTheConnectionLimitGet503() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        var configuration = fixture.configuration()
        configuration.maxConnections = 2
        let server = PreviewServer(configuration: configuration, rebuild: { RebuildOutcome(succeeded: true) })
        let port = try server.start().port
        defer { server.stop() }
        let admitted = try (0..<2).map { _ in try RawClient(port: port) }
        for client in admitted {
            try client.send(RawClient.request("GET", "/notes.txt"))
            _ = try client.readResponse()
        }
        let refused = try RawClient(port: port)
        try #expect(refused.readResponse().statusCode == 503)
        #expect(refused.isClosedByServer())
    }

    @Test func takenPortFallsBackToAFreeOneAndSaysWhy() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, takenPort in
            var configuration = fixture.configuration()
            configuration.port = takenPort
            let second = PreviewServer(configuration: configuration, rebuild: { RebuildOutcome(succeeded: true) })
            let address = try second.start()
            defer { second.stop() }
            #expect(address.port != takenPort)
            #expect(address.port > 0)
            #expect(address.portFallbackReason?.contains("\(takenPort)") == true)
            try #expect(PreviewFixture.get("/notes.txt", port: address.port).text == "texte")
        }
    }

    @Test func invalidHostIsReported() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        var configuration = fixture.configuration()
        configuration.host = "localhost.invalid"
        let server = PreviewServer(configuration: configuration, rebuild: { RebuildOutcome(succeeded: true) })
        #expect(throws: PreviewError.invalidHost("localhost.invalid")) { try server.start() }
    }

    @Test func stopClosesListenerAndConnections() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let server = PreviewServer(configuration: fixture.configuration(), rebuild: { RebuildOutcome(succeeded: true) })
        let port = try server.start().port
        let client = try RawClient(port: port)
        try client.send(RawClient.request("GET", "/notes.txt"))
        _ = try client.readResponse()
        server.stop()
        #expect(client.isClosedByServer())
        #expect(server.address == nil)
        server.stop()
        // The port is free again: a new server gets exactly it.
        var configuration = fixture.configuration()
        configuration.port = port
        let next = PreviewServer(configuration: configuration, rebuild: { RebuildOutcome(succeeded: true) })
        #expect(try next.start() == PreviewAddress(host: "127.0.0.1", port: port))
        next.stop()
        #expect(throws: PreviewError.alreadyStarted) { try next.start() }
    }
}
