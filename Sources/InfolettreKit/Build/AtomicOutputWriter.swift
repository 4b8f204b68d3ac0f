import Diagnostics
import Foundation

/// Writes an `OutputTree` into a fresh temporary folder beside the destination, then swaps it in with one
/// pair of `rename`s: readers see the previous output or the new one, never a mix, and a build killed while
/// writing leaves the previous output in place.
public struct AtomicOutputWriter: Sendable {
    public var destination: URL

    public init(destination: URL) { self.destination = destination.standardizedFileURL }

    private var parent: URL { destination.deletingLastPathComponent() }
    private var stagingPrefix: String { ".\(destination.lastPathComponent).staging-" }
    private var retiredPrefix: String { ".\(destination.lastPathComponent).retired-" }

    /// Writes `tree` and swaps it in. Files whose bytes equal those of `previous` (the tree last written to
    /// the destination) are hard-linked from the current output instead of written again, so an incremental
    /// build rewrites only the files it changed. Throws a diagnostic when the file system refuses.
    public func write(_ tree: OutputTree, unchangedSince previous: OutputTree? = nil) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        removeLeftovers()
        let staging = parent.appendingPathComponent(stagingPrefix + UUID().uuidString)
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for path in tree.paths {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard let data = tree[path] else { continue }
                if let previous, previous[path] == data, linkUnchanged(path, to: url) { continue }
                try data.write(to: url)
            }
            try swapIn(staging)
        } catch {
            try? fileManager.removeItem(at: staging)
            throw DiagnosticsError([.error("cannot write the output: \(error.localizedDescription)",
                                           file: destination.path, hint: "check the folder's permissions and free space")])
        }
    }

    /// Links the current output's copy of `path` into the staging folder; false when it cannot (then the file
    /// is written).
    private func linkUnchanged(_ path: String, to url: URL) -> Bool {
        (try? FileManager.default.linkItem(at: destination.appendingPathComponent(path), to: url)) != nil
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
}
