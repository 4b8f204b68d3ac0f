import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

/// The stager's two paths: a full write swapped in beside the destination, and an incremental write applied
/// through a journal inside it, driven by the `BuildState` the previous write left.
@Suite struct OutputStagerTests {
    private let v1 = Fingerprint("v1"), v2 = Fingerprint("v2")

    private func stager(_ project: TemporaryProject, scanner: Fingerprint? = nil) throws -> OutputStager {
        try OutputStager(destination: project.output, writes: true, scanner: nil, scannerIdentity: scanner)
    }

    private func write(_ project: TemporaryProject, _ files: [String: String], scanner: Fingerprint? = nil) throws {
        let stager = try stager(project, scanner: scanner)
        for (path, text) in files { try stager.put(path, text, fingerprint: v1) }
        try stager.commit(baseURL: "https://example.org")
    }

    private func outputFiles(_ project: TemporaryProject) throws -> [String: String] {
        try FileTree.read(project.output).filter { $0.key != BuildState.fileName }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func aFullWriteLeavesTheFilesAndTheirState() throws {
        let project = try TemporaryProject()
        try write(project, ["site/index.html": "<p>a</p>", "email/x/email.txt": "b"])
        #expect(try outputFiles(project) == ["site/index.html": "<p>a</p>", "email/x/email.txt": "b"])
        let state = try #require(BuildState.read(from: project.output))
        #expect(state.files["site/index.html"] == .init(fingerprint: v1, size: 8))
    }

    @Test func anIncrementalWriteRewritesOnlyWhatChanged() throws {
        let project = try TemporaryProject()
        try write(project, ["site/a/index.html": "A", "site/b/index.html": "B", "site/gone/index.html": "G"])
        let untouched = try inode(project.output.appendingPathComponent("site/a/index.html"))

        let next = try stager(project)
        #expect(next.isCurrent("site/a/index.html", fingerprint: v1))
        #expect(!next.isCurrent("site/b/index.html", fingerprint: v2))
        next.keep("site/a/index.html", fingerprint: v1)
        try next.put("site/b/index.html", "B2", fingerprint: v2)
        try next.put("site/new/index.html", "N", fingerprint: v2)
        try next.commit(baseURL: "https://example.org")

        #expect(try outputFiles(project) == ["site/a/index.html": "A", "site/b/index.html": "B2", "site/new/index.html": "N"])
        #expect(try inode(project.output.appendingPathComponent("site/a/index.html")) == untouched)
        // The folder of a page no longer produced goes with it, as in a full build.
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("site/gone").path))
        #expect(BuildState.read(from: project.output)?.files["site/b/index.html"] == .init(fingerprint: v2, size: 2))
    }

    @Test func aFileReplacedByAFolderOfTheSameName() throws {
        let project = try TemporaryProject()
        try write(project, ["site/a": "file", "site/b/index.html": "B"])
        let next = try stager(project)
        next.keep("site/b/index.html", fingerprint: v1)
        try next.put("site/a/index.html", "page", fingerprint: v2)
        try next.commit(baseURL: "https://example.org")
        #expect(try outputFiles(project) == ["site/a/index.html": "page", "site/b/index.html": "B"])
    }

    @Test func aFileChangedOrDeletedInTheOutputIsNotCurrent() throws {
        let project = try TemporaryProject()
        try write(project, ["a.txt": "A", "b.txt": "B"])
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("a.txt"))
        try project.write("output/b.txt", "longer")
        let next = try stager(project)
        #expect(!next.isCurrent("a.txt", fingerprint: v1))
        #expect(!next.isCurrent("b.txt", fingerprint: v1))
    }

    @Test func anotherLeakScannerMakesEverythingAgain() throws {
        let project = try TemporaryProject()
        try write(project, ["a.txt": "A"], scanner: Fingerprint("export 1"))
        #expect(try stager(project, scanner: Fingerprint("export 1")).isCurrent("a.txt", fingerprint: v1))
        #expect(try !stager(project, scanner: Fingerprint("export 2")).isCurrent("a.txt", fingerprint: v1))
    }

    @Test func aCommittedJournalOfAKilledWriteIsFinishedFirst() throws {
        let project = try TemporaryProject()
        try write(project, ["a.txt": "old", "b.txt": "bbb"])
        // What a write killed after committing its journal leaves: new bytes staged, the journal in place.
        try project.write("output/.infolettre-update/0", "new")
        try project.write("output/.infolettre-update/journal", "write 0 a.txt\ndelete b.txt\n")
        _ = try stager(project)
        #expect(try outputFiles(project) == ["a.txt": "new"])
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent(".infolettre-update").path))
    }

    @Test func anUncommittedUpdateLeavesThePreviousOutput() throws {
        let project = try TemporaryProject()
        try write(project, ["a.txt": "old"])
        // Killed before the commit: staged bytes but no journal.
        try project.write("output/.infolettre-update/0", "new")
        try project.write("output/.infolettre-update/journal.pending", "write 0 a.txt\n")
        _ = try stager(project)
        #expect(try outputFiles(project) == ["a.txt": "old"])
    }

    @Test func aBrokenLinkAbandonsTheWrite() throws {
        let project = try TemporaryProject()
        try write(project, ["site/index.html": "<a href=\"/\">home</a>"])
        let next = try stager(project)
        try next.put("site/index.html", "<a href=\"/missing/\">x</a>", fingerprint: v2)
        #expect(throws: DiagnosticsError.self) { try next.commit(baseURL: "https://example.org") }
        #expect(try outputFiles(project) == ["site/index.html": "<a href=\"/\">home</a>"])
    }

    @Test func theStateReadsBackWhatItWrote() throws {
        var state = BuildState()
        state.files = ["site/a b/index.html": .init(fingerprint: v1, size: 3), "reports/x.json": .init(fingerprint: nil, size: 0)]
        state.leakScanner = v2
        state.emailWarnings = ["email/2026-48/": ["size: 120 KB, over the budget", "preheader: missing"]]
        #expect(BuildState(decoding: state.encoded()) == state)
        #expect(BuildState(decoding: Data("infolettre-state 0 old\n".utf8)) == nil)
        #expect(BuildState(decoding: Data("garbage".utf8)) == nil)
    }

    private func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }
}
