import Foundation

/// The files a build produces, in memory, keyed by path relative to the output folder (`site/index.html`).
/// Writing happens once, at the end, so a failure anywhere before leaves the previous output untouched.
public struct OutputTree: Sendable {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public mutating func add(_ path: String, _ data: Data) { files[path] = data }
    public mutating func add(_ path: String, _ text: String) { files[path] = Data(text.utf8) }

    public subscript(path: String) -> Data? { files[path] }

    /// Paths in a stable order.
    public var paths: [String] { files.keys.sorted() }

    public var totalBytes: Int { files.values.reduce(0) { $0 + $1.count } }
}
