#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The modification time and size of every file and folder under the watched paths; two snapshots differ
/// exactly when something was created, deleted, modified or resized.
struct FileSnapshot: Sendable, Hashable {
    /// What is compared for one path.
    struct Stamp: Sendable, Hashable {
        var seconds: Int
        var nanoseconds: Int
        var size: Int64
        var isDirectory: Bool
    }

    var stamps: [String: Stamp] = [:]

    /// Folders deeper than this are not walked, which bounds the walk on pathological trees.
    static let maxDepth = 64
    /// At most this many entries are recorded per snapshot.
    static let maxEntries = 200_000

    /// Walks `paths` (files, or folders recursively, without following symlinked folders), skipping editor
    /// temporaries and hidden folders such as `.git`. Missing paths are simply absent.
    static func take(of paths: [String]) -> FileSnapshot {
        var snapshot = FileSnapshot()
        var pending = paths.map { (path: $0, depth: 0) }
        while let (path, depth) = pending.popLast(), snapshot.stamps.count < maxEntries {
            var status = stat()
            guard lstat(path, &status) == 0 else { continue }
            let isSymlink = status.st_mode & S_IFMT == S_IFLNK
            if isSymlink, stat(path, &status) != 0 { continue }
            let isDirectory = status.st_mode & S_IFMT == S_IFDIR
            // A folder's own time changes whenever an entry is added, even an ignored temporary one; its
            // visible entries are compared one by one instead.
            snapshot.stamps[path] = isDirectory
                ? Stamp(seconds: 0, nanoseconds: 0, size: 0, isDirectory: true)
                : Stamp(seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec),
                        size: Int64(status.st_size), isDirectory: false)
            guard isDirectory, !isSymlink, depth < maxDepth else { continue }
            for name in entries(of: path) where !EditorTempFiles.isTemporary(name) {
                let child = path.hasSuffix("/") ? path + name : path + "/" + name
                if name.hasPrefix(".") && isFolder(child) { continue }
                pending.append((child, depth + 1))
            }
        }
        return snapshot
    }

    private static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }
}
