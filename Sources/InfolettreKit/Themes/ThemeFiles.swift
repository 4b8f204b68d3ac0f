import Foundation

/// One place theme files come from: a folder on disk or the copy compiled into the binary.
protocol ThemeFiles: Sendable {
    /// How diagnostics name this place (`Themes/default` or `built-in:default`).
    var displayRoot: String { get }
    func read(_ relativePath: String) -> Data?
    /// Every file below `directory` (relative to the theme), sorted.
    func files(under directory: String) -> [String]
}

/// A theme folder on disk (project-local `Themes/<name>`).
struct DirectoryThemeFiles: ThemeFiles {
    let root: URL
    let displayRoot: String

    func read(_ relativePath: String) -> Data? {
        guard RelativePath.isSafe(relativePath) else { return nil }
        return try? Data(contentsOf: root.appendingPathComponent(relativePath))
    }

    func files(under directory: String) -> [String] {
        let base = root.appendingPathComponent(directory)
        guard let enumerator = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        let prefix = base.standardizedFileURL.path + "/"
        return enumerator.compactMap { item -> String? in
            guard let url = item as? URL,
                  (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
            else { return nil }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix) else { return nil }
            return directory + "/" + path.dropFirst(prefix.count)
        }.sorted()
    }
}

/// A built-in theme compiled into the binary by the EmbedThemes plugin.
struct EmbeddedThemeFiles: ThemeFiles {
    let name: String
    var displayRoot: String { "built-in:\(name)" }

    static func exists(_ name: String) -> Bool {
        embeddedThemeFiles.keys.contains { $0.hasPrefix(name + "/") }
    }

    static var names: [String] {
        Set(embeddedThemeFiles.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    func read(_ relativePath: String) -> Data? {
        embeddedThemeFiles["\(name)/\(relativePath)"].flatMap { Data(base64Encoded: $0) }
    }

    func files(under directory: String) -> [String] {
        let prefix = "\(name)/\(directory)/"
        return embeddedThemeFiles.keys.filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(name.count + 1)) }.sorted()
    }
}

enum RelativePath {
    /// No absolute paths, no `..`: a template name can never read outside its theme.
    static func isSafe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/")
            && path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }
}
