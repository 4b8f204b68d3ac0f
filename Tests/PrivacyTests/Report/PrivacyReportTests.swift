import Discussions
import Foundation
import Testing
@testable import Privacy

@Suite("Privacy report and aggregate figures")
struct PrivacyReportTests {
    static func anonymizedIssue() -> Anonymizer {
        var anonymizer = Anonymizer(members: Fixtures.members)
        _ = anonymizer.anonymize(thread: AnonymizerTests.thread("t1", posts: [
            ("m1", "Bonjour Karim, mon 06 12 34 56 78.\nBises, Claire"),
            ("m3", "Merci Claire Dubois, j'ai pris du Doliprane."),
        ]))
        _ = anonymizer.anonymize(thread: AnonymizerTests.thread("t2", posts: [("m2", "Espèce d'escroc.")]))
        return anonymizer
    }

    @Test("counts per category with thread and post ids, exclusions with reasons")
    func counts() throws {
        let report = Self.anonymizedIssue().report
        let names = try #require(report.categories[.name])
        #expect(names.count == 3)
        #expect(names.threadIDs == ["t1"])
        #expect(names.postIDs == ["t1-p0", "t1-p1"])
        #expect(report.categories[.phone]?.count == 1)
        #expect(report.categories[.medicine]?.postIDs == ["t1-p1"])
        #expect(report.excludedThreads.map(\.threadID) == ["t2"])
        #expect(report.totalRemovals == 5)
    }

    @Test("the JSON is deterministic, round-trips, and holds no removed value")
    func json() throws {
        let report = Self.anonymizedIssue().report
        let data = try report.jsonData()
        let text = String(decoding: data, as: UTF8.self)
        for value in ["Karim", "Claire", "Dubois", "06 12", "Doliprane", "escroc"] {
            #expect(!text.contains(value), "report leaks \(value)")
        }
        #expect(try Self.anonymizedIssue().report.jsonData() == data)
        #expect(try JSONDecoder().decode(PrivacyReport.self, from: data) == report)
        #expect(text.contains("\"excluded_threads\""))
        #expect(text.contains("\"defamation\""))
    }

    @Test("one-line summary in French and English")
    func summary() {
        let report = Self.anonymizedIssue().report
        #expect(report.summary() == "Confidentialité : 5 retraits (nom 3, médicament 1, téléphone 1), 1 fil exclu")
        #expect(report.summary(language: .english) == "Privacy: 5 removals (name 3, medicine 1, phone 1), 1 thread excluded")
        #expect(PrivacyReport().summary() == "Confidentialité : 0 retrait, 0 fil exclu")
    }

    @Test("aggregate figures suppress cells under k and encode them as null")
    func aggregates() throws {
        let members = (1...6).map {
            Member(id: "i\($0)", name: "A B", username: "u\($0)", email: "", profession: "Infirmière", region: "R", city: "")
        } + [Member(id: "s1", name: "C D", username: "s1", email: "", profession: "Sage-femme", region: "R", city: "")]
        let posts = members.map { ($0.id, "texte") }
        let threads = [AnonymizerTests.thread("t1", posts: posts)] + (2...5).map { AnonymizerTests.thread("t\($0)", posts: [("i1", "x")]) }
        let stats = AggregateStats(threads: threads, members: members, k: 5)
        #expect(stats.total == AggregateStats.Cell(threads: 5, posts: 11, participants: 7))
        #expect(stats.byProfession["Infirmière"] == AggregateStats.Cell(threads: 5, posts: 10, participants: 6))
        #expect(stats.byProfession["Sage-femme"] == AggregateStats.Cell(threads: nil, posts: nil, participants: nil))
        #expect(stats.display(stats.byProfession["Sage-femme"]?.posts) == "<5")
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(stats), as: UTF8.self)
        #expect(json.contains("\"Sage-femme\":{\"participants\":null,\"posts\":null,\"threads\":null}"))
    }
}
