extension InternalLinkChecker {
    /// The `href` and `src` values of a page, to check once every page is known without keeping its HTML.
    public static func targets(in html: String) -> [String] { linkTargets(in: html) }

    /// Those of `targets` that lead to a site path missing from `files` (file paths of the site).
    public func brokenTargets(_ targets: [String], files: Set<String>) -> [String] {
        brokenTargets(targets, exists: files.contains)
    }

    /// The same, with the site's files known by a lookup (`exists` is given paths like `2026/48/index.html`).
    public func brokenTargets(_ targets: [String], exists: (String) -> Bool) -> [String] {
        targets.filter { target in sitePath(of: target).map { !exists(SitePaths.file(for: $0)) } ?? false }
    }
}
