import Diagnostics
import Foundation
import Testing
@testable import Discussions

@Suite struct JSONLinesReaderTests {
    private let header = #"{"type": "export", "format": "infolettre-discussions/1", "network": "n", "exported_at": "2026-11-22T23:00:00Z"}"#

    @Test func readsRecordsInAnyOrderAndSkipsBlankLines() throws {
        var reader = try JSONLinesReader(contentsOf: Fixtures.url("native/cercle-2026-w47.jsonl"))
        let all = try records(&reader)
        #expect(all.count == 1 + 3 + 2 + 4)
        guard case .post(let threadID, let post) = all[2] else {
            Issue.record("the third record should be the post that precedes its thread")
            return
        }
        #expect(threadID == "t1" && post.id == "p2" && post.replyTo == "p1")
        #expect(reader.recordLocation == at(11, 1))
    }

    @Test func loadsTheSameExportAsTheNativeJSON() throws {
        let lines = try ImportedExport(contentsOf: Fixtures.url("native/cercle-2026-w47.jsonl"))
        let native = try ImportedExport(contentsOf: Fixtures.url("native/cercle-2026-w47.json"))
        #expect(lines.export.members.map(\.id) == ["m1", "m2", "m3"])
        #expect(lines.export.threads.map { $0.posts.map(\.id) } == [["p1", "p2", "p3"], ["p4"]])
        #expect(lines.export == native.export)
        #expect(lines.warnings.isEmpty)
    }

    @Test func acceptsPostsEmbeddedInAThreadLine() throws {
        let text = header + "\n"
            + #"{"type": "thread", "id": "t1", "title": "T", "category": "C", "created_at": "2026-11-17T00:00:00Z", "posts": [{"id": "p1", "author": "m1", "created_at": "2026-11-17T00:00:00Z", "body": "Salut"}]}"#
        var reader = JSONLinesReader(bytes: Array(text.utf8))
        let all = try records(&reader)
        #expect(all.count == 3)
        #expect(all.last == .post(threadID: "t1", Post(id: "p1", author: "m1", createdAt: Fixtures.date("2026-11-17T00:00:00Z"), body: "Salut")))
        #expect(reader.recordLocation == at(2, 111))
    }

    @Test func requiresTheHeaderFirst() {
        #expect(discussionsError { try readLines("\n" + #"{"type": "member", "id": "m1"}"#) } == .missingHeader(at: at(2, 1)))
        #expect(discussionsError { try readLines("") } == .missingHeader(at: at(1, 1)))
        #expect(discussionsError { try readLines(#"{"type": "export", "network": "n"}"#) }
            == .missingFormat(expected: "infolettre-discussions/1", at: at(1, 1)))
        #expect(discussionsError { try readLines(header + "\n" + header) } == .duplicateHeader(at: at(2, 1)))
    }

    @Test func reportsRecordErrorsOnTheirLine() {
        #expect(discussionsError { try readLines(header + "\n" + #"{"type": "reaction", "id": "r1"}"#) }
            == .unknownRecordType("reaction", at: at(2, 10)))
        #expect(discussionsError { try readLines(header + "\n" + #"{"id": "m1"}"#) }
            == .missingField("type", record: "the record on line 2", at: at(2, 1)))
        #expect(discussionsError {
            try readLines(header + "\n\n" + #"{"type": "post", "thread": "t1", "id": "p1", "author": "m1", "created_at": "hier", "body": ""}"#)
        } == .invalidDate("hier", field: "created_at", record: "post \"p1\" in thread \"t1\"", at: at(3, 76)))
        #expect(discussionsError { try readLines(header + " {}") }
            == .invalidJSON(problem: "each record must start on a new line", at: at(1, header.count + 2)))
    }

    @Test func unknownThreadIsAnErrorAndUnknownAuthorAWarning() throws {
        let orphan = header + "\n" + #"{"type": "post", "thread": "t9", "id": "p1", "author": "m1", "created_at": "2026-11-17T00:00:00Z", "body": ""}"#
        #expect(discussionsError {
            var reader = JSONLinesReader(bytes: Array(orphan.utf8))
            _ = try ImportedExport(reading: &reader, file: "x.jsonl")
        } == .unknownThread("t9", post: "p1", at: at(2, 1)))

        let unknownAuthor = header + "\n"
            + #"{"type": "thread", "id": "t1", "title": "T", "category": "C", "created_at": "2026-11-17T00:00:00Z"}"# + "\n"
            + #"{"type": "post", "thread": "t1", "id": "p1", "author": "ghost", "created_at": "2026-11-17T00:00:00Z", "body": ""}"#
        var reader = JSONLinesReader(bytes: Array(unknownAuthor.utf8))
        let imported = try ImportedExport(reading: &reader, file: "x.jsonl")
        #expect(imported.export.threads[0].posts.map(\.id) == ["p1"])
        #expect(imported.warnings.map(\.headline) == ["x.jsonl:3:1: warning: post \"p1\" is by unknown member \"ghost\""])
    }
}

@Suite struct ExportFormatTests {
    private let folder: TemporaryFolder

    init() throws { folder = try TemporaryFolder() }

    private func write(_ text: String, named name: String) throws -> URL {
        let file = folder.file(name)
        try Data(text.utf8).write(to: file)
        return file
    }

    @Test func detectsByExtensionThenContent() throws {
        #expect(try ExportFormat.detect(at: Fixtures.url("native/cercle-2026-w47.json")) == .json)
        #expect(try ExportFormat.detect(at: Fixtures.url("native/cercle-2026-w47.jsonl")) == .jsonLines)
        #expect(try ExportFormat.detect(at: write("{}", named: "export.ndjson")) == .jsonLines)
        let linesNamedJSON = try write(#"{"format": "infolettre-discussions/1", "type": "export"}"#, named: "export.json")
        #expect(try ExportFormat.detect(at: linesNamedJSON) == .jsonLines)
        #expect(try ExportFormat.detect(at: write("{\"format\": \"x\"}\n{\"id\": 1}", named: "export.txt")) == .jsonLines)
        #expect(try ExportFormat.detect(at: write("{\"format\": \"x\"}\n", named: "export")) == .json)
        let missing = Fixtures.folder.appendingPathComponent("absent.json")
        #expect(discussionsError { _ = try ExportFormat.detect(at: missing) } == .unreadable(path: missing.path, reason: "no such file or folder"))
    }

    @Test func recordsThatAreNotObjectsAreReported() {
        let header = #"{"type": "export", "format": "infolettre-discussions/1", "network": "n", "exported_at": "2026-11-22T23:00:00Z"}"#
        #expect(discussionsError { try readLines(header + "\n[1]") }
            == .recordNotAnObject(record: "the record on line 2", found: "an array", at: at(2, 1)))
    }
}
