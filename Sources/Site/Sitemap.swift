import Foundation

/// `sitemap.xml` (sitemaps.org 0.9) and `robots.txt` pointing to it.
public enum Sitemap {
    public struct Entry: Sendable, Hashable {
        public var url: String
        public var lastModified: Date?
        public init(url: String, lastModified: Date?) {
            self.url = url
            self.lastModified = lastModified
        }
    }

    public static func render(_ entries: [Entry]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            xml += "  <url><loc>\(XMLText.escape(entry.url))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(String(FeedDate.rfc3339(date).prefix(10)))</lastmod>" }
            xml += "</url>\n"
        }
        return xml + "</urlset>\n"
    }

    public static func robots(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
