import Foundation
import Testing
@testable import Discussions

@Suite struct DiscourseReaderTests {
    private let options = DiscourseOptions(
        network: "Cercle Infirmier", baseURL: "https://cercle.example/",
        exportedAt: Fixtures.date("2026-11-22T23:00:00Z"))

    private func load() throws -> DiscussionExport {
        try ImportedExport(contentsOf: Fixtures.url("discourse"), discourse: options).export
    }

    @Test func detectsAFolderAsDiscourse() throws {
        #expect(try ExportFormat.detect(at: Fixtures.url("discourse")) == .discourse)
    }

    @Test func readsTopicsAsThreads() throws {
        let export = try load()
        #expect(export.network == "Cercle Infirmier" && export.exportedAt == Fixtures.date("2026-11-22T23:00:00Z"))
        #expect(export.threads.map(\.id) == ["1842", "1850"])
        let topic = export.threads[0]
        #expect(topic.title == "Cotation AMI 4 pour les pansements complexes ?")
        #expect(topic.category == "Exercice libéral")
        #expect(topic.tags == ["cotation", "NGAP"])
        #expect(topic.views == 412)
        #expect(topic.createdAt == Fixtures.date("2026-11-17T08:12:00Z"))
        #expect(topic.url == "https://cercle.example/t/cotation-ami-4-pour-les-pansements-complexes/1842")
        #expect(export.threads[1].category == "category-12")
    }

    @Test func readsPostsWithLikesRepliesAndRawBodies() throws {
        let posts = try load().threads[0].posts
        #expect(posts.map(\.id) == ["9101", "9107", "9112", "9120", "9131", "9140"])
        #expect(posts.map(\.likes) == [12, 7, 9, 2, 0, 4])
        #expect(posts.map(\.replyTo) == [nil, "9101", "9107", "9112", nil, "9101"])
        #expect(posts[1].body == "Oui, à condition que la surface dépasse 5 cm². Pensez à noter la mesure dans le dossier !")
        #expect(posts[1].createdAt == Fixtures.date("2026-11-17T09:40:30.250Z"))
    }

    @Test func convertsCookedOnlyPostsToSafeText() throws {
        let cooked = try load().threads[0].posts[2]
        #expect(cooked.body == """
            Attention aux contrôles de la CPAM\u{A0}: voir [la NGAP sur ameli](https://www.ameli.fr/infirmier/exercice-liberal/facturation-remuneration/nomenclatures-codage/ngap) & ce lien.

            - photo datée
            - mesure \\<script> en cm²

            Bon courage\u{202F}! 🙂
            """)
    }

    @Test func derivesMembersFromPostsOnce() throws {
        let members = try load().members
        #expect(members.map(\.id) == ["claire.d", "kbenali", "sophie_m", "lmoreau", "nhaddad", "ines.r"])
        #expect(members[0] == Member(
            id: "claire.d", name: "Claire Dubois", username: "claire.d", email: "",
            profession: "Infirmière libérale", region: "", city: ""))
        #expect(members[2].name == "sophie_m")
    }

    @Test func locatesErrorsInTheTopicFile() throws {
        let temporary = try TemporaryFolder()
        let folder = temporary.url, topic = temporary.file("7.json")
        try Data("{\"id\": 7, \"title\": \"T\", \"created_at\": \"2026-11-17T08:12:00Z\",\n \"post_stream\": {\"posts\": [{\"id\": 1, \"username\": \"a\", \"created_at\": \"2026-11-17T08:12:00Z\"}]}}".utf8).write(to: topic)
        let error = discussionsError { _ = try ImportedExport(contentsOf: folder, discourse: options) }
        #expect(error == .inFile(topic.path, .missingField("raw", record: "post 1 of topic 7", at: at(2, 28))))
        #expect(error?.diagnostic(file: folder.path).headline == "\(topic.path):2:28: error: missing field \"raw\" in post 1 of topic 7")
    }
}
