import Diagnostics

/// A mapping whose keys are strings, in source order, with unique keys.
public struct YAMLMapping: Sendable, Hashable {
    /// One `key: value` pair with the location of its key.
    public struct Entry: Sendable, Hashable {
        /// The key, as written (plain keys are not resolved: `2026` is the key "2026").
        public var key: String
        /// Where the key starts.
        public var keyLocation: SourceLocation
        /// The value.
        public var value: YAMLNode

        /// An entry.
        public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
            self.key = key
            self.keyLocation = keyLocation
            self.value = value
        }
    }

    /// The entries in source order.
    public private(set) var entries: [Entry] = []
    private var indexByKey: [String: Int] = [:]

    /// An empty mapping.
    public init() {}

    /// A mapping of `entries`; when a key repeats, lookups find its first entry.
    public init(entries: [Entry]) {
        for entry in entries { append(entry) }
    }

    /// The value of `key`, if present.
    public subscript(key: String) -> YAMLNode? {
        indexByKey[key].map { entries[$0].value }
    }

    /// The entry of `key`, if present (gives access to the key's location).
    public func entry(forKey key: String) -> Entry? {
        indexByKey[key].map { entries[$0] }
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Whether the mapping has no entries.
    public var isEmpty: Bool { entries.isEmpty }

    /// Adds `entry` at the end; a key already present keeps its first entry for lookups.
    public mutating func append(_ entry: Entry) {
        if indexByKey[entry.key] == nil { indexByKey[entry.key] = entries.count }
        entries.append(entry)
    }
}
