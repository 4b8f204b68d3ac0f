import Foundation
import Testing
@testable import InfolettreKit

/// The email bundles of builds: the `.eml` read back by an independent parser, segments, size budget.
@Suite(.serialized) struct EmailBundleTests {
    private func build(_ project: TemporaryProject) throws -> Builder.Result {
        try Builder(options: BuildOptions(root: project.root, output: project.output),
                    console: RecordingConsole().console(.quiet)).build()
    }

    /// Python's `email` package parses the example's message and reports what it sees, as JSON.
    @Test func exampleMessageParsesWithPythonsEmailPackage() throws {
        let eml = try #require(try BuilderTests.example.get().publicFiles["email/2026-48/message.eml"])
        let script = """
        import email, email.policy, json, sys
        raw = sys.stdin.buffer.read()
        message = email.message_from_bytes(raw, policy=email.policy.default)
        parts = [p for p in message.walk() if not p.is_multipart()]
        print(json.dumps({
            "subject": str(message["Subject"]), "from": str(message["From"]), "reply_to": str(message["Reply-To"]),
            "list_unsubscribe": str(message["List-Unsubscribe"]), "post": str(message["List-Unsubscribe-Post"]),
            "message_id": str(message["Message-ID"]), "content_type": message.get_content_type(),
            "parts": [p.get_content_type() for p in parts],
            "charsets": [p.get_content_charset() for p in parts],
            "encodings": [p["Content-Transfer-Encoding"] for p in parts],
            "text": parts[0].get_content(), "html": parts[1].get_content(),
            "defects": len(message.defects) + sum(len(p.defects) for p in parts),
            "longest_line": max(len(line) for line in raw.split(b"\\r\\n")),
            "bare_lf": raw.replace(b"\\r\\n", b"").count(b"\\n"),
        }))
        """
        guard let result = try PythonRunner.run(script, input: eml) else { return }
        let json = try #require(try JSONSerialization.jsonObject(with: result) as? [String: Any])
        #expect(json["subject"] as? String == "Cotations 2027, gardes en EHPAD et vos meilleures discussions")
        #expect(json["from"] as? String == "La Lettre du Cercle <lettre@cercle-infirmier.example>")
        #expect(json["reply_to"] as? String == "redaction@cercle-infirmier.example")
        #expect((json["list_unsubscribe"] as? String)?.contains("<https://lettre.cercle-infirmier.example/desabonnement>") == true)
        #expect((json["list_unsubscribe"] as? String)?.contains("<mailto:desabonnement@cercle-infirmier.example>") == true)
        #expect(json["post"] as? String == "List-Unsubscribe=One-Click")
        #expect((json["message_id"] as? String)?.hasSuffix("@cercle-infirmier.example>") == true)
        #expect(json["content_type"] as? String == "multipart/alternative")
        #expect(json["parts"] as? [String] == ["text/plain", "text/html"])
        #expect(json["charsets"] as? [String] == ["utf-8", "utf-8"])
        #expect(json["encodings"] as? [String] == ["quoted-printable", "quoted-printable"])
        #expect(json["defects"] as? Int == 0)
        #expect((json["longest_line"] as? Int ?? 999) <= 998)
        #expect(json["bare_lf"] as? Int == 0)
        let files = try BuilderTests.example.get().publicFiles
        let text = String(decoding: try #require(files["email/2026-48/email.txt"]), as: UTF8.self)
        let html = String(decoding: try #require(files["email/2026-48/email.html"]), as: UTF8.self)
        #expect((json["text"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") == text)
        #expect((json["html"] as? String)?.replacingOccurrences(of: "\r\n", with: "\n") == html)
    }

    @Test func segmentsGetTheirOwnBundleWithTheirArticles() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "segments:\n  - {id: liberal, name: \"Libéraux\", professions: [infirmier libéral]}\n  - {id: hopital, name: \"Hôpital\", professions: [infirmier hospitalier]}\n")
        try project.write("content/articles/pour-liberaux.md", Samples.article(title: "Pour les libéraux", extra: "professions: [Infirmier libéral]\n"))
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["premier-article", "pour-liberaux"]))
        _ = try build(project)
        let main = try project.read("output/email/2026-48/email.html")
        let liberal = try project.read("output/email/2026-48/liberal/email.html")
        let hospital = try project.read("output/email/2026-48/hopital/email.html")
        #expect(main.contains("Pour les libéraux") && main.contains("Premier article"))
        #expect(liberal.contains("Pour les libéraux") && liberal.contains("Premier article"))
        #expect(!hospital.contains("Pour les libéraux") && hospital.contains("Premier article"))
        let manifest = try project.read("output/email/2026-48/hopital/manifest.json")
        #expect(manifest.contains("\"segment\" : \"hopital\""))
    }

    @Test func anEmailOverTheSizeBudgetIsAWarning() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "email: {size_budget_kb: 10}\n")
        let longBody = String(repeating: "Un paragraphe de prévention des chutes, assez long pour peser. ", count: 30)
        try project.write("content/articles/premier-article.md",
                          Samples.article(title: "Premier article", body: Array(repeating: longBody, count: 8).joined(separator: "\n\n")))
        let result = try build(project)
        #expect(result.warnings.contains { $0.message.hasPrefix("size:") && $0.severity == .warning })
        let manifest = try project.read("output/email/2026-48/manifest.json")
        #expect(manifest.contains("\"status\" : \"warning\""))
    }

    @Test func utmParametersAreAddedToOutgoingLinksButNotUnsubscribe() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "email: {utm: {source: lettre, campaign: \"n-{issue}\"}}\n")
        _ = try build(project)
        let html = try project.read("output/email/2026-48/email.html")
        #expect(html.contains("utm_campaign=n-2026-48"))
        #expect(html.contains("href=\"https://lettre.example.org/desabonnement\""))
    }
}

/// Runs a Python script when `python3` is installed (CI installs it); nil otherwise.
enum PythonRunner {
    static func run(_ script: String, input: Data) throws -> Data? {
        let candidates = ["/usr/bin/python3", "/usr/local/bin/python3"] +
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/python3" }
        guard let python = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let writer = Thread { stdin.fileHandleForWriting.write(input); try? stdin.fileHandleForWriting.close() }
        writer.start()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return process.terminationStatus == 0 ? output : nil
    }
}
