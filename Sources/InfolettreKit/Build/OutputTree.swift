import Foundation

/// Files to write, in memory, keyed by path relative to a folder (`content/articles/x.md`): what `init` and
/// `new` create in a project.
public struct OutputTree: Sendable {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public mutating func add(_ path: String, _ data: Data) { files[path] = data }
    public mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }

    public subscript(path: String) -> Data? { files[path] }

    /// Paths in a stable order.
    public var paths: [String] { files.keys.sorted() }
}
