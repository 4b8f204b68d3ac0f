import Foundation
import Testing
@testable import Discussions

@Suite struct ExportWriterTests {
    private let export = DiscussionExport(
        network: "Cercle \"Infirmier\"", exportedAt: Date(timeIntervalSince1970: 1_794_903_120),
        members: [Member(id: "m1", name: "Zoé", username: "zoe", email: "z@exemple.fr", profession: "IDE",
                         region: "Bretagne", city: "Brest", rpps: "10101234567")],
        threads: [
            DiscussionThread(
                id: "t1", title: "Nuit\tde garde", category: "Vie pro", tags: ["nuit"],
                createdAt: Date(timeIntervalSince1970: 1_794_903_120.5), views: 3,
                posts: [Post(id: "p1", author: "m1", createdAt: Date(timeIntervalSince1970: 1_794_903_120.5),
                             body: "Ligne 1\nLigne \\2", likes: 2)]),
            DiscussionThread(id: "t2", title: "Vide", category: "Vie pro", createdAt: Date(timeIntervalSince1970: 0)),
        ])

    @Test func writesAReviewableDeterministicDocument() throws {
        let text = String(decoding: try ExportWriter.bytes(of: export, format: .json), as: UTF8.self)
        #expect(text == """
            {
              "format": "infolettre-discussions/1",
              "network": "Cercle \\"Infirmier\\"",
              "exported_at": "2026-11-17T08:12:00Z",
              "members": [
                {"id": "m1", "name": "Zoé", "username": "zoe", "email": "z@exemple.fr", "profession": "IDE", "region": "Bretagne", "city": "Brest", "rpps": "10101234567"}
              ],
              "threads": [
                {"id": "t1", "title": "Nuit\\tde garde", "category": "Vie pro", "tags": ["nuit"], "created_at": "2026-11-17T08:12:00.5Z", "views": 3, "posts": [
                  {"id": "p1", "author": "m1", "created_at": "2026-11-17T08:12:00.5Z", "body": "Ligne 1\\nLigne \\\\2", "likes": 2}
                ]},
                {"id": "t2", "title": "Vide", "category": "Vie pro", "tags": [], "created_at": "1970-01-01T00:00:00Z", "views": 0, "posts": []}
              ]
            }

            """)
    }

    @Test func writesJSONLinesOneRecordPerLine() throws {
        let lines = String(decoding: try ExportWriter.bytes(of: export, format: .jsonLines), as: UTF8.self)
            .split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0] == #"{"type": "export", "format": "infolettre-discussions/1", "network": "Cercle \"Infirmier\"", "exported_at": "2026-11-17T08:12:00Z"}"#)
        #expect(lines[3] == #"{"type": "post", "thread": "t1", "id": "p1", "author": "m1", "created_at": "2026-11-17T08:12:00.5Z", "body": "Ligne 1\nLigne \\2", "likes": 2}"#)
    }

    @Test(arguments: [ExportFormat.json, .jsonLines])
    func roundTripsThroughEachFormat(format: ExportFormat) throws {
        let fixture = try ImportedExport(contentsOf: Fixtures.url("native/cercle-2026-w47.json")).export
        for original in [fixture, export] {
            let folder = try TemporaryFolder()
            let file = folder.file(format == .json ? "export.json" : "export.jsonl")
            try ExportWriter.write(original, format: format, to: file)
            let reread = try ImportedExport(contentsOf: file)
            #expect(reread.export == original)
            try ExportWriter.write(reread.export, format: format, to: file)
            #expect(try Data(contentsOf: file) == Data(try ExportWriter.bytes(of: original, format: format)))
        }
    }

    @Test func rewritesAStreamRecordByRecord() throws {
        var reader = try NativeJSONReader(contentsOf: Fixtures.url("native/cercle-2026-w47.json"))
        var writer = try ExportWriter(format: .json)
        while let record = try reader.next() { try writer.write(record) }
        try writer.finish()
        var reread = NativeJSONReader(bytes: writer.writtenBytes)
        var original = try NativeJSONReader(contentsOf: Fixtures.url("native/cercle-2026-w47.json"))
        #expect(try records(&reread) == records(&original))
    }

    @Test func refusesOrdersTheDocumentCannotHold() throws {
        var writer = try ExportWriter(format: .json)
        #expect(discussionsError { try writer.write(.member(export.members[0])) } == .cannotWrite("the header must come first"))
        try writer.write(.header(network: "n", exportedAt: Date(timeIntervalSince1970: 0)))
        try writer.write(.thread(export.threads[1]))
        let post = export.threads[0].posts[0]
        #expect(discussionsError { try writer.write(.post(threadID: "t1", post)) } == .cannotWrite(
            "post \"p1\" does not follow its thread \"t1\"; the JSON format nests posts in their thread "
                + "(write JSON Lines, or load the export in memory first)"))
        #expect(discussionsError { try writer.write(.member(export.members[0])) } == .cannotWrite("member \"m1\" comes after the threads"))
        #expect(discussionsError { _ = try ExportWriter(format: .discourse) } != nil)
    }
}

@Suite struct ExportWriterFileTests {
    @Test func reportsAnOutputThatCannotBeCreated() {
        let target = URL(fileURLWithPath: "/nonexistent-folder-\(UUID().uuidString)/export.json")
        #expect(discussionsError { _ = try ExportWriter(format: .json, to: target) }
            == .unwritable(path: target.path, reason: "No such file or directory"))
    }
}
