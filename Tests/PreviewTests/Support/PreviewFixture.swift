import Foundation
@testable import Preview

/// A temporary build output (site, one email issue with a segment, its privacy report), a secret file
/// beside it that must never be served, and a symlink inside the site pointing at that secret.
struct PreviewFixture {
    let folder: URL
    var output: URL { folder.appendingPathComponent("output") }
    var secret: URL { folder.appendingPathComponent("secret.txt") }
    var content: URL { folder.appendingPathComponent("content") }

    static let issueID = "2026-48"
    static let emailHTML = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>N°48</title></head><body><p>Bonjour</p></body></html>"
    static let privacyJSON = """
        {"categories":{"name":{"count":9,"post_ids":["p1"],"thread_ids":["t1"]},"phone":{"count":4,"post_ids":[],"thread_ids":["t2"]}},
        "excluded_threads":[{"reasons":["advertising"],"thread_id":"t9"}],"total_removals":13}
        """

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("preview-tests-\(UUID().uuidString)")
        try write("output/site/index.html", "<!DOCTYPE html><html><body><h1>Archives</h1></body></html>")
        try write("output/site/404.html", "<!DOCTYPE html><html><body><h1>Page introuvable</h1></body></html>")
        try write("output/site/2026/48/index.html", "<!DOCTYPE html><html><body>Numéro 48</body></html>")
        try write("output/site/assets/style.css", "body{color:red}")
        try write("output/site/assets/app.js", "console.log(1)")
        try write("output/site/feed.xml", "<?xml version=\"1.0\"?><rss/>")
        try write("output/site/data.json", "{}")
        try write("output/site/notes.txt", "texte")
        try write("output/site/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
        try write("output/site/photo.webp", "RIFF")
        try write("output/site/font.woff2", "wOF2")
        try write("output/site/blob.bin", "\u{1}")
        try write("output/site/fragment.html", "<p>no body tag</p>")
        try write("output/email/\(Self.issueID)/email.html", Self.emailHTML)
        try write("output/email/\(Self.issueID)/email.txt", "Bonjour <lecteur> & bienvenue")
        try write("output/email/\(Self.issueID)/message.eml", "Subject: N°48\r\n\r\nBonjour")
        try write("output/email/\(Self.issueID)/members/email.html", Self.emailHTML)
        try write("output/reports/\(Self.issueID)/privacy.json", Self.privacyJSON)
        try write("content/issue.md", "# Numéro 48")
        try write("secret.txt", "TOP SECRET")
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("site/leak.txt").path, withDestinationPath: secret.path)
        try FileManager.default.createSymbolicLink(
            atPath: output.appendingPathComponent("site/outside").path, withDestinationPath: folder.path)
    }

    func write(_ relativePath: String, _ text: String) throws {
        let url = folder.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relativePath: String) throws -> String {
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(relativePath)), as: UTF8.self)
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A configuration on an ephemeral loopback port with short timeouts, so tests stay quick.
    func configuration(watching: [URL] = []) -> PreviewConfiguration {
        PreviewConfiguration(
            port: 0, outputDirectory: output, watchedPaths: watching, pollInterval: 0.05, debounce: 0.05,
            idleTimeout: 2, requestTimeout: 1, heartbeatInterval: 0.5)
    }

    /// Runs `body` with a started server, stopping it afterwards.
    func withServer(
        watching: [URL] = [], rebuild: @escaping @Sendable () -> RebuildOutcome = { RebuildOutcome(succeeded: true) },
        warnings: @escaping @Sendable () -> [String] = { [] },
        _ body: (PreviewServer, Int) throws -> Void
    ) throws {
        let server = PreviewServer(configuration: configuration(watching: watching), rebuild: rebuild, warnings: warnings)
        let address = try server.start()
        defer { server.stop() }
        try body(server, address.port)
    }

    /// One request on a fresh connection.
    static func get(_ target: String, port: Int, method: String = "GET") throws -> RawClient.Response {
        let client = try RawClient(port: port)
        try client.send(RawClient.request(method, target, headers: ["Connection: close"]))
        return try client.readResponse(expectBody: method != "HEAD")
    }
}
