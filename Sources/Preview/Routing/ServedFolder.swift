import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder whose files are served. Every lookup resolves the real path (following symlinks) and checks
/// that it is still inside the folder's own real path, so that nothing outside it is ever served.
struct ServedFolder: Sendable {
    var root: URL

    /// What a decoded path designates inside the folder.
    enum Resolution: Sendable, Hashable {
        case file(path: String)
        case directory(path: String)
        case missing
    }

    /// Resolves `path` under the folder. The root is resolved on every call: the build swaps whole output
    /// folders in, so a cached real path would point to a retired folder.
    func resolve(_ path: DecodedPath) -> Resolution {
        guard let rootPath = Self.realPath(root.path) else { return .missing }
        let candidate = ([rootPath] + path.segments).joined(separator: "/")
        guard let realPath = Self.realPath(candidate), Self.isInside(realPath, root: rootPath) else { return .missing }
        var status = stat()
        guard stat(realPath, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file(path: realPath)
        case S_IFDIR: return .directory(path: realPath)
        default: return .missing
        }
    }

    /// The `index.html` of a folder found by `resolve`, checked like any other file.
    func index(of path: DecodedPath) -> Resolution {
        var indexPath = path
        indexPath.segments.append("index.html")
        indexPath.hasTrailingSlash = false
        let resolution = resolve(indexPath)
        if case .file = resolution { return resolution }
        return .missing
    }

    static func isInside(_ path: String, root: String) -> Bool {
        if path == root { return true }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
