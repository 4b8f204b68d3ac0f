/// The archive site's URL scheme: clean, stable paths that the network can link to for years.
public enum SitePaths {
    public static let home = "/"
    public static let archive = "/archive/"
    public static let tags = "/tags/"
    public static let search = "/search/"
    public static let notFound = "/404.html"
    public static let atomFeed = "/feed.xml"
    public static let jsonFeed = "/feed.json"
    public static let sitemap = "/sitemap.xml"
    public static let robots = "/robots.txt"
    public static let searchIndex = "/search-index.json"
    public static let assets = "/assets/"

    /// `/2026/48/` for issue `2026-48`.
    public static func issue(year: String, week: String) -> String { "/\(year)/\(week)/" }
    public static func article(_ slug: String) -> String { "/articles/\(slug)/" }
    public static func tag(_ slug: String) -> String { "/tags/\(slug)/" }
    /// Page 1 is the archive itself; later pages are `/archive/page/N/`.
    public static func archivePage(_ page: Int) -> String { page <= 1 ? archive : "/archive/page/\(page)/" }

    /// The file that serves `path`: `index.html` inside folders.
    public static func file(for path: String) -> String {
        let trimmed = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return trimmed.isEmpty || trimmed.hasSuffix("/") ? trimmed + "index.html" : trimmed
    }

    /// `base` (no trailing slash) joined with a site path.
    public static func absolute(_ path: String, base: String) -> String { base + path }
}
