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
        var xml = UTF8Buffer(capacity: entries.reduce(256) { $0 + $1.url.utf8.count + 64 })
        xml.append(utf8: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for entry in entries.sorted(by: { $0.url < $1.url }) {
            xml.append(utf8: "  <url><loc>")
            xml.append(xmlEscaping: entry.url)
            xml.append(utf8: "</loc>")
            if let date = entry.lastModified {
                xml.append(utf8: "<lastmod>")
                xml.append(day: date)
                xml.append(utf8: "</lastmod>")
            }
            xml.append(utf8: "</url>\n")
        }
        xml.append(utf8: "</urlset>\n")
        return xml.string()
    }

    public static func robots(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
