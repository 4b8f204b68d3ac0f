import Discussions
import Foundation
import Testing
@testable import Privacy

@Suite("Export anonymizer")
struct ExportAnonymizerTests {
    static let export = DiscussionExport(
        network: "Réseau IDE", exportedAt: Fixtures.date(0), members: Fixtures.members,
        threads: [
            AnonymizerTests.thread("t1", title: "Question de Claire Dubois", posts: [
                ("m1", "Bonjour à tous, je prends du Xanax. Mon 06 12 34 56 78.\n— Claire"),
                ("m3", "Merci @claire.d ! Karim Benali"),
            ]),
            AnonymizerTests.thread("t2", posts: [("m2", "Hélène ici, h.petit@example.org")]),
        ])

    static func roundTrip(_ format: ExportFormat, input: [UInt8]) throws -> (DiscussionExport, PrivacyReport) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("privacy-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let extensionName = format == .json ? "json" : "jsonl"
        let inputURL = folder.appendingPathComponent("in.\(extensionName)")
        let outputURL = folder.appendingPathComponent("out.\(extensionName)")
        try Data(input).write(to: inputURL)
        let report = try ExportAnonymizer().anonymize(contentsOf: inputURL, to: outputURL, format: format)
        let output = try ImportedExport(contentsOf: outputURL, format: format).export
        let leaks = Anonymizer(members: Fixtures.members).leakScanner().scan(try String(contentsOf: outputURL, encoding: .utf8))
        #expect(leaks.isEmpty, "leaks: \(leaks)")
        return (output, report)
    }

    @Test("round trip in both native formats: same shape, no personal data", arguments: [ExportFormat.json, .jsonLines])
    func roundTrip(format: ExportFormat) throws {
        let (output, report) = try Self.roundTrip(format, input: try ExportWriter.bytes(of: Self.export, format: format))
        #expect(output.network == "Réseau IDE")
        #expect(output.members.map(\.name) == ["Membre A", "Membre B", "Membre C", "Membre D"])
        #expect(output.members.allSatisfy { $0.username.isEmpty && $0.email.isEmpty && $0.city.isEmpty && $0.rpps == nil })
        #expect(output.members.map(\.profession) == Fixtures.members.map(\.profession))
        #expect(output.threads.map(\.id) == ["t1", "t2"])
        #expect(output.threads[0].title == "Question de [nom]")
        #expect(output.threads[0].posts.map(\.author) == ["m1", "m3"])
        #expect(output.threads[0].posts[0].body == "Bonjour à tous, je prends du [médicament]. Mon [téléphone].\n— [nom]")
        #expect(output.threads[0].posts[1].body == "Merci [pseudo] ! [nom]")
        #expect(output.threads[1].posts[0].author == "m2")
        #expect(report.categories[.name]?.count == 4)
        // Counts only: a report over a whole export must not grow with its number of posts.
        #expect(report.categories.values.allSatisfy { $0.threadIDs.isEmpty && $0.postIDs.isEmpty })
    }

    @Test("JSON Lines with members after the threads: read in two passes")
    func membersLast() throws {
        let lines = try ExportWriter.bytes(of: Self.export, format: .jsonLines)
        var records = String(decoding: lines, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        let header = records.removeFirst()
        let members = records.filter { $0.contains("\"type\":\"member\"") || $0.contains("\"type\": \"member\"") }
        #expect(members.count == Fixtures.members.count)
        let others = records.filter { !members.contains($0) }
        let reordered = ([header] + others + members).joined(separator: "\n") + "\n"
        let (output, _) = try Self.roundTrip(.jsonLines, input: Array(reordered.utf8))
        #expect(output.members.count == Fixtures.members.count)
        #expect(output.threads[0].posts[1].body == "Merci [pseudo] ! [nom]")
    }
}
