import Foundation
import Templates

/// What earlier builds in the same process produced (the preview server rebuilds on every save), reused when
/// the inputs are equal. Keys hold the inputs themselves, not their digests, so a hit always means the
/// same input and the incremental output is byte for byte the full build's. An edited article re-renders its
/// body and its issue's email; other bodies and emails come from here, pages are rendered again (hashing
/// their large values cost more than rendering them), and the writer rewrites only the files whose bytes
/// changed.
public final class BuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var rendered = Generations<RenderKey, ContentRenderer.Rendered>()
    private var bundles = Generations<BundleKey, EmailGenerator.Bundle>()
    /// The tree last written, by destination path (a URL may or may not end in `/` for the same folder).
    private var written: (destination: String, tree: OutputTree)?

    public init() {}

    struct RenderKey: Hashable {
        var markdown: String
        var language: ContentLanguage
        var options: String
    }

    struct BundleKey: Hashable {
        var issue: Issue
        var html: TemplateValue
        var text: TemplateValue
        var segment: SiteConfig.Segment?
        var config: SiteConfig
        var theme: Int
    }

    func rendered(_ key: RenderKey, orRender render: () -> ContentRenderer.Rendered) -> ContentRenderer.Rendered {
        if let hit = lock.withLock({ rendered.take(key) }) { return hit }
        let value = render()
        lock.withLock { rendered.store(key, value) }
        return value
    }

    func bundle(_ key: BundleKey, orBuild build: () throws -> EmailGenerator.Bundle) rethrows -> EmailGenerator.Bundle {
        if let hit = lock.withLock({ bundles.take(key) }) { return hit }
        let value = try build()
        lock.withLock { bundles.store(key, value) }
        return value
    }

    /// Ends a build: entries the build did not use are dropped, so a long preview session keeps only what
    /// its latest build needs.
    func finishBuild() {
        lock.withLock {
            rendered.advance()
            bundles.advance()
        }
    }

    /// The tree last written to `destination`, to link unchanged files instead of writing them again.
    func previousTree(for destination: URL) -> OutputTree? {
        lock.withLock { written?.destination == destination.standardizedFileURL.path ? written?.tree : nil }
    }

    func recordWrite(_ tree: OutputTree, to destination: URL) {
        lock.withLock { written = (destination.standardizedFileURL.path, tree) }
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
