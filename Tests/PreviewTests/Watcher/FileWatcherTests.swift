import Foundation
import Testing
@testable import Preview

@Suite("FileWatcher")
struct FileWatcherTests {
    /// Waits up to `timeout` seconds for `condition`, checking every 20 ms.
    private func eventually(timeout: TimeInterval = 3, _ condition: () -> Bool) -> Bool {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }

    @Test func burstOfChangesGivesOneDebouncedCall() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let calls = Locked(0)
        let watcher = FileWatcher(paths: [fixture.content], interval: 0.05, debounce: 0.8) { calls.withLock { $0 += 1 } }
        watcher.start()
        defer { watcher.stop() }
        for index in 0..<5 {
            try fixture.write("content/issue.md", "# version \(index)")
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(eventually { calls.withLock { $0 } == 1 })
        Thread.sleep(forTimeInterval: 0.5)
        #expect(calls.withLock { $0 } == 1)
    }

    @Test func createdDeletedAndNestedFilesAreSeen() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let calls = Locked(0)
        let watcher = FileWatcher(paths: [fixture.content], interval: 0.05, debounce: 0.05) { calls.withLock { $0 += 1 } }
        watcher.start()
        defer { watcher.stop() }
        try fixture.write("content/2026/deep/new.md", "x")
        #expect(eventually { calls.withLock { $0 } == 1 })
        try FileManager.default.removeItem(at: fixture.content.appendingPathComponent("issue.md"))
        #expect(eventually { calls.withLock { $0 } == 2 })
    }

    @Test func editorTemporaryFilesAreIgnored() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let calls = Locked(0)
        let watcher = FileWatcher(paths: [fixture.content], interval: 0.05, debounce: 0.05) { calls.withLock { $0 += 1 } }
        watcher.start()
        defer { watcher.stop() }
        for name in [".issue.md.swp", "issue.md~", ".#issue.md", "4913", "#issue.md#"] {
            try fixture.write("content/\(name)", "temp")
        }
        Thread.sleep(forTimeInterval: 0.4)
        #expect(calls.withLock { $0 } == 0)
        try fixture.write("content/issue.md", "# real change")
        #expect(eventually { calls.withLock { $0 } == 1 })
    }

    @Test func watchesSingleFilesAndStopsCalling() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        let config = fixture.folder.appendingPathComponent("infolettre.yml")
        try fixture.write("infolettre.yml", "title: A")
        let calls = Locked(0)
        let watcher = FileWatcher(paths: [config], interval: 0.05, debounce: 0.05) { calls.withLock { $0 += 1 } }
        watcher.start()
        try fixture.write("infolettre.yml", "title: Bb")
        #expect(eventually { calls.withLock { $0 } == 1 })
        watcher.stop()
        try fixture.write("infolettre.yml", "title: Ccc")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(calls.withLock { $0 } == 1)
    }

    @Test(arguments: [("a.swp", true), ("a.swx", true), ("a~", true), (".#a", true), ("4913", true), ("a.md", false),
                      ("swp.md", false), ("#a#", true)])
    func temporaryNames(name: String, isTemporary: Bool) {
        #expect(EditorTempFiles.isTemporary(name) == isTemporary)
    }
}
