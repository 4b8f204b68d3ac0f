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
        if let hit = lock.withLock({ parsed.take(key) }) { return hit }
        let value = parse()
        lock.withLock { parsed.store(key, value) }
        return value
    }

    func rendered(_ key: Fingerprint, orRender render: () -> ContentRenderer.Rendered) -> ContentRenderer.Rendered {
        if let hit = lock.withLock({ rendered.take(key) }) { return hit }
        let value = render()
        lock.withLock { rendered.store(key, value) }
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
