import Foundation

/// Where a project's files are, relative to its root folder.
public struct ProjectLayout: Sendable, Hashable {
    public var root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var configFile: URL { root.appendingPathComponent(ConfigLoader.fileName) }
    public var contentDirectory: URL { root.appendingPathComponent("content") }
    public var articlesDirectory: URL { contentDirectory.appendingPathComponent("articles") }
    public var issuesDirectory: URL { contentDirectory.appendingPathComponent("issues") }
    public var discussionsDirectory: URL { contentDirectory.appendingPathComponent("discussions") }
    /// Project-local themes, which override single templates of the built-in ones.
    public var themesDirectory: URL { root.appendingPathComponent("Themes") }
    public var defaultOutputDirectory: URL { root.appendingPathComponent("output") }

    /// `url` relative to the root when it is inside it, for diagnostics.
    public func displayPath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }

    public func url(forProjectPath path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
    }
}

/// Everything a build reads, loaded and validated.
public struct Project: Sendable {
    public var layout: ProjectLayout
    public var config: SiteConfig
    /// Sorted by date, newest first, then slug.
    public var articles: [Article]
    /// Sorted by date, newest first, then id.
    public var issues: [Issue]

    public func article(_ slug: String) -> Article? { articles.first { $0.slug == slug } }
}
