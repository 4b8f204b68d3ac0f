/// Finds links between the site's own pages that lead nowhere. Scans `href` and `src` attributes of the
/// generated HTML (byte scanner, linear) and resolves site-relative or same-site absolute URLs to files.
public struct InternalLinkChecker: Sendable {
    /// The site's absolute base URL, without a trailing slash.
    public var baseURL: String

    public init(baseURL: String) { self.baseURL = baseURL }

    public struct BrokenLink: Sendable, Hashable {
        /// The page (file path in the site) holding the link.
        public var page: String
        public var target: String
    }

    /// `pages`: site file path → HTML; `files`: every file path of the site (`index.html`, `2026/48/index.html`).
    public func brokenLinks(pages: [(path: String, html: String)], files: Set<String>) -> [BrokenLink] {
        var broken: [BrokenLink] = []
        for page in pages {
            for target in Self.linkTargets(in: page.html) {
                guard let path = sitePath(of: target) else { continue }
                if !files.contains(SitePaths.file(for: path)) { broken.append(BrokenLink(page: page.path, target: target)) }
            }
        }
        return broken
    }

    /// The site path a link points to, or nil when it leaves the site (other hosts, `mailto:`, fragments).
    func sitePath(of target: String) -> String? {
        var url = target
        if url.hasPrefix(baseURL) {
            url = String(url.dropFirst(baseURL.count))
            if url.isEmpty { url = "/" }
        }
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        if let cut = url.firstIndex(where: { $0 == "#" || $0 == "?" }) { url = String(url[..<cut]) }
        return url.removingPercentEncoding ?? url
    }

    /// The values of `href="…"` and `src="…"` attributes.
    static func linkTargets(in html: String) -> [String] {
        var targets: [String] = []
        let bytes = Array(html.utf8)
        var index = 0
        while index < bytes.count {
            guard let (valueStart, quote) = attributeValueStart(bytes, at: index) else {
                index += 1
                continue
            }
            var end = valueStart
            while end < bytes.count && bytes[end] != quote { end += 1 }
            targets.append(decodeEntities(String(decoding: bytes[valueStart..<end], as: UTF8.self)))
            index = end + 1
        }
        return targets
    }

    private static let hrefPrefix = Array(" href=".utf8)
    private static let srcPrefix = Array(" src=".utf8)

    /// Where the value of an ` href=` or ` src=` attribute starting at `index` begins, and its quote.
    private static func attributeValueStart(_ bytes: [UInt8], at index: Int) -> (Int, UInt8)? {
        guard bytes[index] == UInt8(ascii: " "), index + 1 < bytes.count,
              bytes[index + 1] == UInt8(ascii: "h") || bytes[index + 1] == UInt8(ascii: "s")
        else { return nil }
        for name in [hrefPrefix, srcPrefix] {
            let end = index + name.count
            guard end < bytes.count, bytes[index..<end].elementsEqual(name) else { continue }
            let quote = bytes[end]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") { return (end + 1, quote) }
        }
        return nil
    }

    private static func decodeEntities(_ value: String) -> String {
        value.contains("&") ? value.replacingOccurrences(of: "&amp;", with: "&") : value
    }
}
