import Foundation

/// The files a build produces, in memory, keyed by path relative to the output folder (`site/index.html`).
/// Writing happens once, at the end, so a failure anywhere before leaves the previous output untouched.
///
/// Files made from fingerprinted inputs carry their fingerprint: the next build in the same process reuses
/// the bytes of an unchanged fingerprint instead of rendering again, and skips checking and writing them.
public struct OutputTree: Sendable {
    public private(set) var files: [String: Data] = [:]
    private(set) var fingerprints: [String: Fingerprint] = [:]
    /// Paths whose bytes were taken from the previous build's tree, unchanged.
    private(set) var reusedPaths: Set<String> = []

    public init() {}

    public mutating func add(_ path: String, _ data: Data) {
        files[path] = data
        fingerprints[path] = nil
        reusedPaths.remove(path)
    }

    public mutating func add(_ path: String, _ text: String) { add(path, Data(text.utf8)) }

    /// Adds a file made from inputs digested by `fingerprint`.
    mutating func add(_ path: String, _ data: Data, fingerprint: Fingerprint) {
        add(path, data)
        fingerprints[path] = fingerprint
    }

    /// Adds `previous`'s bytes for `path` when they were made from inputs with the same fingerprint;
    /// false when there is nothing to reuse.
    mutating func reuse(_ path: String, fingerprint: Fingerprint, from previous: OutputTree?) -> Bool {
        guard let previous, previous.fingerprints[path] == fingerprint, let data = previous.files[path] else { return false }
        add(path, data, fingerprint: fingerprint)
        reusedPaths.insert(path)
        return true
    }

    public subscript(path: String) -> Data? { files[path] }

    /// Paths in a stable order.
    public var paths: [String] { files.keys.sorted() }

    public var totalBytes: Int { files.values.reduce(0) { $0 + $1.count } }
}
