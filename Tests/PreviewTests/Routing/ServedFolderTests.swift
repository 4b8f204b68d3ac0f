import Foundation
import Testing
@testable import Preview

@Suite("ServedFolder: traversal and escape attempts")
struct ServedFolderTests {
    static let vectors = [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/etc/passwd",
        "/2026/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/.%2e/secret.txt",
        "/%2e%2e%2fsecret.txt",
        "/2026%2f..%2f..%2fsecret.txt",
        "/..%5csecret.txt",
        "/..\\secret.txt",
        "/%252e%252e/secret.txt",
        "/%25%32%65%25%32%65/secret.txt",
        "/notes.txt%00.html",
        "/%00",
        "//etc/passwd",
        "/%2Fetc%2Fpasswd",
        "/leak.txt",
        "/outside/secret.txt",
        "/outside/",
        "/__preview/email/../site/notes.txt",
        "/__preview/email/%2e%2e/reports/2026-48/privacy.json",
        "/__preview/reports/../../secret.txt",
        "/%c0%ae%c0%ae/secret.txt",
        "/%ff",
        "/.hidden",
        "/%2",
    ]

    @Test("escape attempts get 404 and never the secret")
    func refusesEscape() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            // One keep-alive connection for all vectors: a 404 must not close it either.
            let client = try RawClient(port: port)
            for target in Self.vectors {
                try client.send(RawClient.request("GET", target))
                let response = try client.readResponse()
                #expect(response.statusCode == 404, "\(target)")
                #expect(!response.text.contains("TOP SECRET"), "\(target)")
            }
        }
    }

    @Test func symlinkInsideTheRootIsServed() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: fixture.output.appendingPathComponent("site/alias.txt").path,
            withDestinationPath: fixture.output.appendingPathComponent("site/notes.txt").path)
        try fixture.withServer { _, port in
            try #expect(PreviewFixture.get("/alias.txt", port: port).text == "texte")
        }
    }

    @Test func encodedButSafeNamesAreServed() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.write("output/site/été 2026.txt", "été")
        try fixture.withServer { _, port in
            try #expect(PreviewFixture.get("/%C3%A9t%C3%A9%202026.txt", port: port).text == "été")
        }
    }
}
