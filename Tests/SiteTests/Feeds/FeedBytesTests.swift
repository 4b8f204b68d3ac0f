import Foundation
import Site
import Testing

/// The feeds, the sitemap and XML escaping are written byte by byte: these pin their output on tricky text and
/// dates, against fixed bytes and against the Foundation formatters they replaced.
@Suite struct FeedBytesTests {
    static let tricky = "Quote \" back \\ slash / tab\t nl\n cr\r bell\u{7} bs\u{8} ff\u{C} nul\u{0} us\u{1F} del\u{7F} é 😀 "
        + "\u{2028}\u{2029} <b>&amp;'"

    private static func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    let channel = FeedChannel(title: "La Lettre & co", description: "Hebdo \"spécial\"", homeURL: "https://l.example/",
                              feedURL: "https://l.example/feed.json", language: "fr", author: "Rédaction")
    let entries = [
        FeedEntry(id: "1", title: tricky, url: "https://l.example/2026/01/", published: date("1999-12-31T23:59:59Z"),
                  updated: date("2000-01-01T00:00:00Z"), summary: "Résumé 😀", contentHTML: "<p>Édito</p>\n",
                  tags: ["cœur", "l’été"]),
        FeedEntry(id: "2", title: "Vide", url: "https://l.example/2024/09/", published: date("2024-02-29T12:34:56Z"),
                  updated: date("2024-02-29T12:34:56Z"), summary: "", contentHTML: "", tags: []),
    ]

    @Test func xmlEscapingDropsForbiddenControlsAndKeepsTheRest() {
        #expect(Array(XMLText.escape(Self.tricky).utf8) == Array(("Quote &quot; back \\ slash / tab\t nl\n cr\r bell bs ff nul us "
            + "del\u{7F} é 😀 \u{2028}\u{2029} &lt;b&gt;&amp;amp;&#39;").utf8))
        #expect(XMLText.escape("") == "")
        #expect(XMLText.escape("Rien à échapper 😀") == "Rien à échapper 😀")
    }

    @Test func jsonFeedIsPinnedByteForByte() {
        let expected = """
            {
              "authors" : [
                {
                  "name" : "Rédaction"
                }
              ],
              "description" : "Hebdo \\"spécial\\"",
              "feed_url" : "https://l.example/feed.json",
              "home_page_url" : "https://l.example/",
              "items" : [
                {
                  "content_html" : "<p>Édito</p>\\n",
                  "date_modified" : "2000-01-01T00:00:00Z",
                  "date_published" : "1999-12-31T23:59:59Z",
                  "id" : "https://l.example/2026/01/",
                  "summary" : "Résumé 😀",
                  "tags" : [
                    "cœur",
                    "l’été"
                  ],
                  "title" : "Quote \\" back \\\\ slash / tab\\t nl\\n cr\\r bell\\u0007 bs\\b ff\\f nul\\u0000 us\\u001f del\u{7F} é 😀 \u{2028}\u{2029} <b>&amp;'",
                  "url" : "https://l.example/2026/01/"
                },
                {
                  "content_html" : "",
                  "date_modified" : "2024-02-29T12:34:56Z",
                  "date_published" : "2024-02-29T12:34:56Z",
                  "id" : "https://l.example/2024/09/",
                  "summary" : "",
                  "tags" : [

                  ],
                  "title" : "Vide",
                  "url" : "https://l.example/2024/09/"
                }
              ],
              "language" : "fr",
              "title" : "La Lettre & co",
              "version" : "https://jsonfeed.org/version/1.1"
            }

            """
        #expect(Array(JSONFeed.render(channel: channel, entries: entries).utf8) == Array(expected.utf8))
    }

    @Test func jsonFeedMatchesJSONSerialization() throws {
        for entries in [[], entries] {
            let object: [String: Any] = [
                "version": "https://jsonfeed.org/version/1.1", "title": channel.title, "description": channel.description,
                "home_page_url": channel.homeURL, "feed_url": channel.feedURL, "language": channel.language,
                "authors": [["name": channel.author]],
                "items": entries.map { entry -> [String: Any] in
                    ["id": entry.url, "url": entry.url, "title": entry.title, "summary": entry.summary,
                     "content_html": entry.contentHTML, "tags": entry.tags,
                     "date_published": Self.formatted(entry.published), "date_modified": Self.formatted(entry.updated)]
                },
            ]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            #expect(Array(JSONFeed.render(channel: channel, entries: entries).utf8) == Array(data) + [0x0A])
        }
    }

    @Test func atomFeedIsPinnedByteForByte() {
        let expected = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
              <title>La Lettre &amp; co</title>
              <subtitle>Hebdo &quot;spécial&quot;</subtitle>
              <id>https://l.example/</id>
              <link rel="alternate" type="text/html" href="https://l.example/"/>
              <link rel="self" type="application/atom+xml" href="https://l.example/feed.json"/>
              <updated>2024-02-29T12:34:56Z</updated>
              <author><name>Rédaction</name></author>
              <generator>Infolettre</generator>
              <entry>
                <title>Quote &quot; back \\ slash / tab\t nl\n cr\r bell bs ff nul us del\u{7F} é 😀 \u{2028}\u{2029} &lt;b&gt;&amp;amp;&#39;</title>
                <id>https://l.example/2026/01/</id>
                <link rel="alternate" type="text/html" href="https://l.example/2026/01/"/>
                <published>1999-12-31T23:59:59Z</published>
                <updated>2000-01-01T00:00:00Z</updated>
                <summary>Résumé 😀</summary>
                <content type="html">&lt;p&gt;Édito&lt;/p&gt;
            </content>
                <category term="cœur"/>
                <category term="l’été"/>
              </entry>
              <entry>
                <title>Vide</title>
                <id>https://l.example/2024/09/</id>
                <link rel="alternate" type="text/html" href="https://l.example/2024/09/"/>
                <published>2024-02-29T12:34:56Z</published>
                <updated>2024-02-29T12:34:56Z</updated>
                <summary></summary>
                <content type="html"></content>
              </entry>
            </feed>

            """
        #expect(Array(AtomFeed.render(channel: channel, entries: entries).utf8) == Array(expected.utf8))
    }

    @Test func sitemapIsPinnedByteForByte() {
        let xml = Sitemap.render([.init(url: "https://l.example/b&c/", lastModified: Self.date("1969-12-31T23:59:59Z")),
                                  .init(url: "https://l.example/a/", lastModified: Self.date("2100-03-01T00:00:00Z")),
                                  .init(url: "https://l.example/", lastModified: nil)])
        #expect(Array(xml.utf8) == Array("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://l.example/</loc></url>
              <url><loc>https://l.example/a/</loc><lastmod>2100-03-01</lastmod></url>
              <url><loc>https://l.example/b&amp;c/</loc><lastmod>1969-12-31</lastmod></url>
            </urlset>

            """.utf8))
    }

    /// Dates are formatted by arithmetic: around year, leap-day and century boundaries, at the Gregorian reform and
    /// year 10000 where Foundation takes over again, and with fractions of a second, they read as Foundation's.
    @Test func datesMatchISO8601DateFormatter() {
        var seconds: [Double] = [0, -1, 59, 86_399, 86_400, 951_782_400, 951_868_799, 4_107_542_400, -2_208_988_800,
                                 -12_219_292_800, -12_219_292_801, 253_402_300_799, 253_402_300_800, 0.4, 0.9995, -0.5,
                                 1_795_391_999.9996]
        for year in [1600, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2025, 2099, 2100, 2400, 9999] {
            let newYear = Self.date(String(format: "%04d-01-01T00:00:00Z", year)).timeIntervalSince1970
            seconds += [newYear - 1, newYear, newYear + 59 * 86_400, newYear + 60 * 86_400 - 1]
        }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            let entry = FeedEntry(id: "", title: "", url: "", published: date, updated: date, summary: "", contentHTML: "")
            let atom = AtomFeed.render(channel: channel, entries: [entry])
            #expect(atom.contains("<published>\(Self.formatted(date))</published>"), "\(value)")
            let sitemap = Sitemap.render([.init(url: "/", lastModified: date)])
            #expect(sitemap.contains("<lastmod>\(Self.formatted(date).prefix(10))</lastmod>"), "\(value)")
        }
    }

    private static func formatted(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
