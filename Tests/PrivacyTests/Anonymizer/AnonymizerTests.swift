import Discussions
import Foundation
import Testing
@testable import Privacy

@Suite("Anonymizer: threads, pseudonyms, attribution")
struct AnonymizerTests {
    static func thread(_ id: String, title: String = "Question", posts: [(author: String, body: String)]) -> DiscussionThread {
        DiscussionThread(
            id: id, title: title, category: "Soins", tags: ["garde"], createdAt: Fixtures.date(0),
            posts: posts.enumerated().map { index, post in
                Post(id: "\(id)-p\(index)", author: post.author, createdAt: Fixtures.date(index), body: post.body)
            })
    }

    @Test("every text of a thread is anonymized, identifiers included")
    func anonymizesThread() {
        var anonymizer = Anonymizer(members: Fixtures.members)
        let result = anonymizer.anonymize(thread: Self.thread("t1", title: "Merci Claire Dubois", posts: [
            ("m1", "Bonjour Karim, appelle-moi au 06 12 34 56 78 ou claire.dubois@example.fr.\nBises, Claire"),
            ("m3", "Merci @claire.d, je t'écris à karim.b@exemple.com"),
        ]))
        #expect(result.verdict == .accepted)
        #expect(result.title == "Merci [nom]")
        #expect(result.posts[0].body == "Bonjour [nom], appelle-moi au [téléphone] ou [e-mail].\nBises, [nom]")
        #expect(result.posts[1].body == "Merci [pseudo], je t'écris à [e-mail]")
    }

    @Test("a thread address whose slug names someone is dropped; a neutral one is kept")
    func threadAddress() {
        var anonymizer = Anonymizer(members: Fixtures.members)
        var thread = Self.thread("t1", posts: [("m1", "ok")])
        thread.url = "https://reseau.example/t/question-pour-claire-dubois/12"
        #expect(anonymizer.anonymize(thread: thread).url == nil)
        thread.url = "https://reseau.example/t/organisation-des-nuits/13"
        #expect(anonymizer.anonymize(thread: thread).url == "https://reseau.example/t/organisation-des-nuits/13")
    }

    @Test("a profile link in Markdown is replaced whole")
    func markdownLink() {
        var anonymizer = Anonymizer(members: Fixtures.members)
        let result = anonymizer.anonymize(thread: Self.thread("t1", posts: [
            ("m1", "Voir [son profil](https://www.facebook.com/claire.dubois.35) et <https://linkedin.com/in/claire-dubois>."),
        ]))
        #expect(!result.posts[0].body.contains("facebook"))
        #expect(!result.posts[0].body.contains("linkedin"))
        #expect(!result.posts[0].body.contains("]("))
    }

    @Test("pseudonyms follow first appearance and stay the same across threads")
    func pseudonyms() {
        var anonymizer = Anonymizer(members: Fixtures.members)
        let first = anonymizer.anonymize(thread: Self.thread("t1", posts: [("m3", "a"), ("m1", "b"), ("m3", "c")]))
        let second = anonymizer.anonymize(thread: Self.thread("t2", posts: [("m1", "d"), ("m2", "e")]))
        #expect(first.posts.map(\.author) == ["Membre A", "Membre B", "Membre A"])
        #expect(second.posts.map(\.author) == ["Membre B", "Membre C"])
    }

    @Test("pseudonyms go past Z without ever looking like names")
    func manyPseudonyms() {
        #expect(PseudonymTable.pseudonym(at: 0, language: .french) == "Membre A")
        #expect(PseudonymTable.pseudonym(at: 25, language: .english) == "Member Z")
        #expect(PseudonymTable.pseudonym(at: 26, language: .french) == "Membre AA")
        #expect(PseudonymTable.pseudonym(at: 27, language: .french) == "Membre AB")
    }

    @Test("attribution: profession and region, profession only, or a member")
    func attributionFallbacks() {
        func member(_ id: String, _ profession: String, _ region: String) -> Member {
            Member(id: id, name: "X \(id)", username: id, email: "\(id)@x.fr", profession: profession, region: region, city: "")
        }
        let members = (1...5).map { member("b\($0)", "Infirmière", "Bretagne") }
            + (1...3).map { member("n\($0)", "infirmiere", "Normandie") }
            + [member("s1", "Sage-femme", "Bretagne")]
        let attribution = Attribution(members: members, k: 5)
        #expect(attribution.label(forMemberID: "b1") == "Infirmière, Bretagne")
        #expect(attribution.label(forMemberID: "n1") == "infirmiere")
        #expect(attribution.label(forMemberID: "s1") == "un membre")
        #expect(attribution.label(forMemberID: "unknown") == "un membre")
        #expect(Attribution(members: members, k: 10, language: .english).label(forMemberID: "b1") == "a member")
    }

    @Test("a thread with an insult is excluded and reported, with no post left")
    func exclusion() {
        var anonymizer = Anonymizer(members: Fixtures.members)
        let result = anonymizer.anonymize(thread: Self.thread("t9", posts: [("m1", "ok"), ("m3", "Quelle connasse.")]))
        #expect(result.verdict == .excluded([.insult]))
        #expect(result.posts.isEmpty)
        #expect(anonymizer.report.excludedThreads == [PrivacyReport.ExcludedThread(threadID: "t9", reasons: [.insult])])
        #expect(anonymizer.pseudonyms.count == 0)
    }
}
