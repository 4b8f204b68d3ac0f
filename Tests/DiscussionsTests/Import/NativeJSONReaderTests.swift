import Diagnostics
import Foundation
import Testing
@testable import Discussions

@Suite struct NativeJSONReaderTests {
    @Test func streamsHeaderMembersThenEachThreadWithItsPosts() throws {
        var reader = try NativeJSONReader(contentsOf: Fixtures.url("native/cercle-2026-w47.json"))
        let all = try records(&reader)
        #expect(all.count == 1 + 3 + 2 + 4)
        #expect(all[0] == .header(network: "Cercle Infirmier", exportedAt: Fixtures.date("2026-11-22T23:00:00Z")))
        guard case .member(let claire) = all[1], case .thread(let thread) = all[4],
            case .post(let threadID, let reply) = all[6]
        else {
            Issue.record("unexpected record order: \(all)")
            return
        }
        #expect(claire == Member(
            id: "m1", name: "Claire Dubois", username: "claire.d", email: "claire.dubois@exemple.fr",
            profession: "Infirmière libérale", region: "Bretagne", city: "Rennes", rpps: "10101234567"))
        #expect(thread.id == "t1" && thread.tags == ["cotation", "NGAP"] && thread.views == 412 && thread.posts.isEmpty)
        #expect(threadID == "t1")
        #expect(reply == Post(
            id: "p2", author: "m2", createdAt: Fixtures.date("2026-11-17T08:40:30.250Z"),
            body: "Oui, à condition que la surface dépasse 5 cm².\nPensez à noter la mesure dans le dossier !",
            likes: 7, replyTo: "p1"))
        #expect(reader.recordLocation == at(25, 9))
    }

    @Test func appliesDefaultsForOptionalFields() throws {
        let export = try ImportedExport(contentsOf: Fixtures.url("native/cercle-2026-w47.json")).export
        let nights = try #require(export.threads.last)
        #expect(nights.tags == [] && nights.views == 0 && nights.url == nil)
        #expect(nights.posts[0].replyTo == nil)
        #expect(export.threads[0].posts[2].likes == 0)
        #expect(export.members[1].rpps == nil)
    }

    @Test func reportsFormatProblemsWithLocation() {
        #expect(discussionsError { try readNative(#"{"format": "other/2", "network": "n", "exported_at": "2026-11-22T23:00:00Z", "members": []}"#) }
            == .unsupportedFormat(found: "other/2", expected: "infolettre-discussions/1", at: at(1, 12)))
        #expect(discussionsError { try readNative("{\"network\": \"n\",\n \"members\": []}") }
            == .missingFormat(expected: "infolettre-discussions/1", at: at(2, 2)))
        #expect(discussionsError { try readNative(#"{"network": "n"}"#) }
            == .missingFormat(expected: "infolettre-discussions/1", at: at(1, 16)))
        #expect(discussionsError { try readNative("[]") }
            == .invalidJSON(problem: "an export is an object, found an array", at: at(1, 1)))
    }

    @Test func missingFormatDiagnosticMentionsTheJSONLinesVariant() {
        let diagnostic = DiscussionsError.missingFormat(expected: "infolettre-discussions/1", at: at(2, 2))
            .diagnostic(file: "export.json")
        #expect(diagnostic.headline.hasPrefix("export.json:2:2: error: missing \"format\""))
        #expect(diagnostic.hint?.contains("JSON Lines") == true)
    }

    private let header = #"{"format": "infolettre-discussions/1", "network": "n", "exported_at": "2026-11-22T23:00:00Z","#

    @Test func reportsRecordProblemsWithFieldRecordAndLocation() {
        #expect(discussionsError { try readNative(header + "\n\"members\": [{\"id\": \"m1\", \"name\": \"A\"}]}") }
            == .missingField("username", record: "member \"m1\"", at: at(2, 13)))
        #expect(discussionsError { try readNative(header + "\n\"members\": [{\"name\": \"A\"}]}") }
            == .missingField("id", record: "member #1", at: at(2, 13)))
        #expect(discussionsError {
            try readNative(header + "\n\"threads\": [{\"id\": \"t1\", \"title\": \"T\", \"category\": \"C\", \"created_at\": \"2026-11-17\"}]}")
        } == .invalidDate("2026-11-17", field: "created_at", record: "thread \"t1\"", at: at(2, 71)))
        #expect(discussionsError {
            try readNative(header + "\n\"threads\": [{\"id\": \"t1\", \"title\": \"T\", \"category\": \"C\", \"created_at\": \"2026-11-17T00:00:00Z\", \"views\": \"many\"}]}")
        } == .wrongType(field: "views", record: "thread \"t1\"", expected: "an integer", found: "a string", at: at(2, 104)))
        #expect(discussionsError {
            try readNative(header + "\n\"threads\": [{\"id\": \"t1\", \"title\": \"T\", \"category\": \"C\", \"created_at\": \"2026-11-17T00:00:00Z\",\n\"posts\": [{\"id\": \"p1\", \"created_at\": \"2026-11-17T00:00:00Z\", \"body\": \"\"}]}]}")
        } == .missingField("author", record: "post \"p1\" in thread \"t1\"", at: at(3, 11)))
        #expect(discussionsError { try readNative(header + "\n\"members\": {}}") }
            == .wrongType(field: "members", record: "the export", expected: "an array", found: "an object", at: at(2, 12)))
    }

    @Test func headerMustPrecedeRecords() {
        #expect(discussionsError { try readNative(#"{"format": "infolettre-discussions/1", "members": [], "network": "n"}"#) }
            == .missingField("network", record: "the export header", at: at(1, 40)))
    }

    @Test func ignoresUnknownTopLevelKeys() throws {
        var reader = NativeJSONReader(bytes: Array((header + #" "generator": {"name": ["x"]}, "members": []}"#).utf8))
        #expect(try records(&reader) == [.header(network: "n", exportedAt: Fixtures.date("2026-11-22T23:00:00Z"))])
    }
}
