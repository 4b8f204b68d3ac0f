import Foundation
import Testing
@testable import InfolettreKit

/// The writer's two paths: a full write swapped in beside the destination, and an incremental write applied
/// through a journal inside it.
@Suite struct AtomicOutputWriterTests {
    private func tree(_ files: [String: String], fingerprint: Fingerprint = Fingerprint("v1")) -> OutputTree {
        var tree = OutputTree()
        for (path, text) in files { tree.add(path, Data(text.utf8), fingerprint: fingerprint) }
        return tree
    }

    /// `previous`'s files reused as they are, plus `changed` written anew.
    private func incremental(from previous: OutputTree, changed: [String: String] = [:]) -> OutputTree {
        var next = OutputTree()
        for path in previous.paths where changed[path] == nil {
            let reused = next.reuse(path, fingerprint: Fingerprint("v1"), from: previous)
            #expect(reused)
        }
        for (path, text) in changed { next.add(path, Data(text.utf8), fingerprint: Fingerprint("v2")) }
        return next
    }

    @Test func anIncrementalWriteRewritesOnlyWhatChanged() throws {
        let project = try TemporaryProject()
        let writer = AtomicOutputWriter(destination: project.output)
        let first = tree(["site/a/index.html": "A", "site/b/index.html": "B", "site/gone/index.html": "G"])
        try writer.write(first)
        let untouched = try inode(project.output.appendingPathComponent("site/a/index.html"))

        var second = OutputTree()
        let reused = second.reuse("site/a/index.html", fingerprint: Fingerprint("v1"), from: first)
        #expect(reused)
        second.add("site/b/index.html", Data("B2".utf8), fingerprint: Fingerprint("v2"))
        second.add("site/new/index.html", Data("N".utf8), fingerprint: Fingerprint("v2"))
        try writer.write(second, unchangedSince: first)

        #expect(try FileTree.read(project.output) == second.files)
        #expect(try inode(project.output.appendingPathComponent("site/a/index.html")) == untouched)
        // The folder of a page no longer produced goes with it, as in a full build.
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("site/gone").path))
    }

    @Test func aReusedFileDeletedFromTheOutputIsWrittenAgain() throws {
        let project = try TemporaryProject()
        let writer = AtomicOutputWriter(destination: project.output)
        let first = tree(["site/a/index.html": "A", "site/b/index.html": "B"])
        try writer.write(first)
        try FileManager.default.removeItem(at: project.output.appendingPathComponent("site/a/index.html"))
        try writer.write(incremental(from: first), unchangedSince: first)
        #expect(try FileTree.read(project.output) == first.files)
    }

    @Test func aCommittedJournalOfAKilledWriteIsFinishedFirst() throws {
        let project = try TemporaryProject()
        let writer = AtomicOutputWriter(destination: project.output)
        let old = tree(["a.txt": "old", "b.txt": "bbb"])
        try writer.write(old)
        // What a write killed after committing its journal leaves: new bytes staged, the journal in place.
        try project.write("output/.infolettre-update/0", "new")
        try project.write("output/.infolettre-update/journal", "write 0 a.txt\ndelete b.txt\n")
        let committed = tree(["a.txt": "new"])

        try writer.write(incremental(from: committed), unchangedSince: committed)
        #expect(try FileTree.read(project.output) == ["a.txt": Data("new".utf8)])
    }

    @Test func anUncommittedUpdateLeavesThePreviousOutput() throws {
        let project = try TemporaryProject()
        let writer = AtomicOutputWriter(destination: project.output)
        let old = tree(["a.txt": "old"])
        try writer.write(old)
        // Killed before the commit: staged bytes but no journal.
        try project.write("output/.infolettre-update/0", "new")
        try project.write("output/.infolettre-update/journal.pending", "write 0 a.txt\n")

        try writer.write(incremental(from: old), unchangedSince: old)
        #expect(try FileTree.read(project.output) == ["a.txt": Data("old".utf8)])
    }

    private func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }
}
