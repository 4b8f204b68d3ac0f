import Foundation
import Privacy

/// What earlier builds in the same process produced (the preview server rebuilds on every save), reused when
/// the inputs are equal. Keys are fingerprints of every input (`Fingerprint`): an edited article re-renders
/// its body, its issue's email and the pages showing it; everything else comes from here or from the previous
/// tree, is not checked again, and the writer rewrites only the files that changed.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed = Generations<Fingerprint, ParsedFile>()
    private var rendered = Generations<Fingerprint, ContentRenderer.Rendered>()
    private var bundles = Generations<Fingerprint, EmailGenerator.Bundle>()
    /// The last build written, by destination path (a URL may or may not end in `/` for the same folder).
    private var written: (destination: String, build: PreviousBuild)?

    public init() {}

    /// What the last build wrote, and the leak scanner that checked it.
    struct PreviousBuild: Sendable {
        var tree: OutputTree
        var leakScanner: LeakScanner?
    }

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

    func bundle(_ key: Fingerprint, orBuild build: () throws -> EmailGenerator.Bundle) rethrows -> EmailGenerator.Bundle {
        if let hit = lock.withLock({ bundles.take(key) }) { return hit }
        let value = try build()
        lock.withLock { bundles.store(key, value) }
        return value
    }

    /// Ends a build: entries the build did not use are dropped, so a long preview session keeps only what
    /// its latest build needs.
    func finishBuild() {
        lock.withLock {
            parsed.advance()
            rendered.advance()
            bundles.advance()
        }
    }

    /// The build last written to `destination`, to reuse its unchanged files.
    func previousBuild(for destination: URL) -> PreviousBuild? {
        lock.withLock { written?.destination == destination.standardizedFileURL.path ? written?.build : nil }
    }

    func recordWrite(_ build: PreviousBuild, to destination: URL) {
        lock.withLock { written = (destination.standardizedFileURL.path, build) }
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
