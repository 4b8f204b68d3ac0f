import Foundation

/// Templates read from files `<directory>/<name>.<extension>`, looking in `directories` in order:
/// the first directory holding the file wins, so a theme directory listed first overrides the defaults.
///
/// Names may contain `/` to reach subfolders, but never `..`, absolute paths or empty components:
/// such names (which a dynamic partial name taken from data could carry) are not found.
public struct DirectoryTemplateSource: TemplateSource, Hashable {
    /// Searched in order; the first holding the template wins.
    public var directories: [URL]
    /// The extension of template files, without the dot.
    public var fileExtension: String

    /// Templates `<directory>/<name>.<extension>` from the first of `directories` that has one.
    public init(directories: [URL], extension fileExtension: String = "mustache") {
        self.directories = directories
        self.fileExtension = fileExtension
    }

    /// - Throws: ``TemplateError/unreadableTemplate(name:path:reason:)`` when the file exists but cannot be read
    ///   as UTF-8.
    public func template(named name: String) throws -> (text: String, path: String)? {
        guard Self.isSafe(name) else { return nil }
        for directory in directories {
            let file = directory.appendingPathComponent(name).appendingPathExtension(fileExtension)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            do {
                return (text: try String(contentsOf: file, encoding: .utf8), path: file.path)
            } catch {
                throw TemplateError.unreadableTemplate(name: name, path: file.path, reason: "\(error)")
            }
        }
        return nil
    }

    private static func isSafe(_ name: String) -> Bool {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.isEmpty && !name.hasPrefix("/")
            && components.allSatisfy { !$0.isEmpty && $0 != ".." && $0 != "." }
    }
}
