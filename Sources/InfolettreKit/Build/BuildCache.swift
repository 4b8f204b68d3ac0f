import Foundation

/// What earlier builds in the same process parsed and rendered (the preview server rebuilds on every save),
/// reused when the inputs are equal. Keys are fingerprints of every input (`Fingerprint`). Which output files
/// are still current is the output folder's own `BuildState`, so it holds across processes too.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed = Generations<Fingerprint, ParsedFile>()
    private var rendered = Generations<Fingerprint, ContentRenderer.Rendered>()

    public init() {}

    /// A content file parsed earlier, keyed by its path and bytes.
    func parsed(_ key: Fingerprint, orParse parse: () -> ParsedFile) -> ParsedFile {
        value(key, in: \.parsed, orMake: parse)
    }

    func rendered(_ key: Fingerprint, orRender render: () -> ContentRenderer.Rendered) -> ContentRenderer.Rendered {
        value(key, in: \.rendered, orMake: render)
    }

    /// The value of `key` in `generations`, made (outside the lock: others may read meanwhile) when missing.
    private func value<Value>(_ key: Fingerprint, in generations: ReferenceWritableKeyPath<BuildCache, Generations<Fingerprint, Value>>,
                              orMake make: () -> Value) -> Value {
        if let hit = lock.withLock({ self[keyPath: generations].take(key) }) { return hit }
        let value = make()
        lock.withLock { self[keyPath: generations].store(key, value) }
        return value
    }

    /// Ends a build: entries the build did not use are dropped, so a long preview session keeps only what
    /// its latest build needs.
    func finishBuild() {
        lock.withLock {
            parsed.advance()
            rendered.advance()
        }
    }
}

/// Entries of the current build and of the previous one; `advance` forgets what the current build did not use.
private struct Generations<Key: Hashable, Value> {
    private var previous: [Key: Value] = [:]
    private var current: [Key: Value] = [:]

    mutating func take(_ key: Key) -> Value? {
        if let value = current[key] { return value }
        guard let value = previous.removeValue(forKey: key) else { return nil }
        current[key] = value
        return value
    }

    mutating func store(_ key: Key, _ value: Value) { current[key] = value }

    mutating func advance() {
        previous = current
        current = [:]
    }
}
