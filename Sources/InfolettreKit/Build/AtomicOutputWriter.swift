import Diagnostics
import Foundation

/// Writes an `OutputTree` so that readers see the previous output or the new one, never a mix, and a build
/// killed while writing leaves the previous output in place.
///
/// A full write fills a fresh folder beside the destination, then swaps it in with one pair of `rename`s.
/// An incremental write (the previous tree is known and still on disk) touches only what changed: new bytes
/// go to a staging folder inside the destination, a journal listing every rename and deletion is committed
/// with one `rename`, then applied. A build killed before the commit leaves the previous output; one killed
/// after it has its journal finished by the next write.
public struct AtomicOutputWriter: Sendable {
    public var destination: URL

    public init(destination: URL) { self.destination = destination.standardizedFileURL }

    private var parent: URL { destination.deletingLastPathComponent() }
    private var stagingPrefix: String { ".\(destination.lastPathComponent).staging-" }
    private var retiredPrefix: String { ".\(destination.lastPathComponent).retired-" }
    /// The incremental write's staging folder, inside the destination.
    private var updates: URL { destination.appendingPathComponent(".infolettre-update") }
    private var journal: URL { updates.appendingPathComponent("journal") }

    /// Writes `tree`. With `previous` (the tree last written to the destination), files `tree` reused from
    /// it are left as they are on disk and only the others are written. Throws a diagnostic when the file
    /// system refuses.
    public func write(_ tree: OutputTree, unchangedSince previous: OutputTree? = nil) throws(DiagnosticsError) {
        do {
            removeLeftovers()
            try finishInterruptedUpdate()
            if let previous, FileManager.default.fileExists(atPath: destination.path) {
                try update(to: tree, from: previous)
            } else {
                try replace(with: tree)
            }
        } catch {
            throw DiagnosticsError([.error("cannot write the output: \(error.localizedDescription)",
                                           file: destination.path, hint: "check the folder's permissions and free space")])
        }
    }

    // MARK: Full write

    private func replace(with tree: OutputTree) throws {
        let fileManager = FileManager.default
        let staging = parent.appendingPathComponent(stagingPrefix + UUID().uuidString)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            var folders = FolderMaker(root: staging)
            for path in tree.paths {
                guard let data = tree[path] else { continue }
                try folders.makeParent(of: path)
                try POSIXFile.write(data, to: staging.appendingPathComponent(path).path)
            }
            try swapIn(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    /// Replaces the destination by the complete `staging` folder: the old one is renamed aside, the new one
    /// renamed in, then the old one deleted. A crash between the two renames leaves the old output under its
    /// retired name; `removeLeftovers` never deletes it while the destination is missing.
    private func swapIn(_ staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: destination.path) else {
            try fileManager.moveItem(at: staging, to: destination)
            return
        }
        let retired = parent.appendingPathComponent(retiredPrefix + UUID().uuidString)
        try fileManager.moveItem(at: destination, to: retired)
        try fileManager.moveItem(at: staging, to: destination)
        try? fileManager.removeItem(at: retired)
    }

    /// Staging folders of builds that were killed, and retired outputs left behind; when a crash left no
    /// destination but a retired output, that output is restored first.
    private func removeLeftovers() {
        let fileManager = FileManager.default
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? []).sorted()
        if !fileManager.fileExists(atPath: destination.path), let retired = names.first(where: { $0.hasPrefix(retiredPrefix) }) {
            try? fileManager.moveItem(at: parent.appendingPathComponent(retired), to: destination)
        }
        for name in names where name.hasPrefix(stagingPrefix) || name.hasPrefix(retiredPrefix) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    // MARK: Incremental write

    private func update(to tree: OutputTree, from previous: OutputTree) throws {
        let changed = tree.paths.filter { !tree.reusedPaths.contains($0) || !isOnDisk($0, bytes: tree[$0]?.count ?? 0) }
        let removed = previous.paths.filter { tree[$0] == nil }
        guard !changed.isEmpty || !removed.isEmpty else { return }
        try FileManager.default.createDirectory(at: updates, withIntermediateDirectories: true)
        var entries: [String] = []
        for (number, path) in changed.enumerated() {
            guard let data = tree[path] else { continue }
            try POSIXFile.write(data, to: updates.appendingPathComponent(String(number)).path)
            entries.append("write \(number) \(path)")
        }
        entries += removed.map { "delete \($0)" }
        let pending = updates.appendingPathComponent("journal.pending")
        try POSIXFile.write(Data((entries.joined(separator: "\n") + "\n").utf8), to: pending.path)
        try POSIXFile.rename(pending.path, to: journal.path)
        try apply(entries)
    }

    /// Whether the destination still holds a file of `bytes` bytes at `path` (someone may have deleted or
    /// edited it since the previous write).
    private func isOnDisk(_ path: String, bytes: Int) -> Bool {
        var status = stat()
        return stat(destination.appendingPathComponent(path).path, &status) == 0 && Int(status.st_size) == bytes
    }

    /// Finishes the journal of an incremental write that was killed after committing it.
    private func finishInterruptedUpdate() throws {
        guard let text = try? String(contentsOf: journal, encoding: .utf8) else {
            try? FileManager.default.removeItem(at: updates)
            return
        }
        try apply(text.split(separator: "\n").map(String.init))
    }

    /// Applies journal entries: renames that already happened are skipped, so applying twice is harmless.
    private func apply(_ entries: [String]) throws {
        var folders = FolderMaker(root: destination)
        for entry in entries {
            let parts = entry.split(separator: " ", maxSplits: 2).map(String.init)
            if parts.count == 3, parts[0] == "write" {
                let source = updates.appendingPathComponent(parts[1]).path
                guard FileManager.default.fileExists(atPath: source) else { continue }
                try folders.makeParent(of: parts[2])
                try POSIXFile.rename(source, to: destination.appendingPathComponent(parts[2]).path)
            } else if parts.count == 2, parts[0] == "delete" {
                removeFile(parts[1])
            }
        }
        try FileManager.default.removeItem(at: updates)
    }

    /// Deletes a file no longer produced, and the folders it leaves empty (`articles/<slug>/`).
    private func removeFile(_ path: String) {
        var url = destination.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        url.deleteLastPathComponent()
        while url.path.count > destination.path.count, rmdir(url.path) == 0 { url.deleteLastPathComponent() }
    }
}

/// Creates the folders of files about to be written, each once.
private struct FolderMaker {
    let root: URL
    private var made: Set<String> = []

    init(root: URL) { self.root = root }

    mutating func makeParent(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else {
            if made.insert("").inserted { try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true) }
            return
        }
        let folder = String(path[..<slash])
        guard made.insert(folder).inserted else { return }
        try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
}

/// File writes through POSIX calls: Foundation's `Data.write` cost several system calls more per file, which
/// showed on builds of thousands of files.
enum POSIXFile {
    struct Failure: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    static func rename(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else { throw Failure(path: destination, code: errno) }
    }
}
