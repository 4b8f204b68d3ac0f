import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Site
import Testing

@Suite struct FeedTests {
    let channel = FeedChannel(title: "La Lettre & co", description: "Hebdo", homeURL: "https://l.example/",
                              feedURL: "https://l.example/feed.xml", language: "fr", author: "Rédaction")
    let entries = [
        FeedEntry(id: "2026-48", title: "n° 48 <spécial>", url: "https://l.example/2026/48/",
                  published: Date(timeIntervalSince1970: 1_795_392_000), updated: Date(timeIntervalSince1970: 1_795_392_000),
                  summary: "Résumé", contentHTML: "<p>Édito</p>", tags: ["hôpital"]),
    ]

    /// Element names and texts of an XML document, read by Foundation's parser.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { elements.append(name) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    private func parse(_ xml: String) -> Collector? {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        return parser.parse() ? collector : nil
    }

    @Test func atomIsWellFormedAndCarriesTheEntries() throws {
        let xml = AtomFeed.render(channel: channel, entries: entries)
        let parsed = try #require(parse(xml))
        #expect(parsed.elements.filter { $0 == "entry" }.count == 1)
        #expect(parsed.text.contains("n° 48 <spécial>"))
        #expect(parsed.text.contains("<p>Édito</p>"))
        #expect(xml.contains("<updated>2026-11-23T00:00:00Z</updated>"))
        #expect(xml.contains("xmlns=\"http://www.w3.org/2005/Atom\""))
    }

    @Test func jsonFeedFollowsVersion1_1() throws {
        let json = JSONFeed.render(channel: channel, entries: entries)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.first?["url"] as? String == "https://l.example/2026/48/")
        #expect(items.first?["date_published"] as? String == "2026-11-23T00:00:00Z")
    }

    @Test func sitemapAndRobots() throws {
        let xml = Sitemap.render([.init(url: "https://l.example/b/", lastModified: nil),
                                  .init(url: "https://l.example/a/", lastModified: Date(timeIntervalSince1970: 1_795_392_000))])
        let parsed = try #require(parse(xml))
        #expect(parsed.elements.filter { $0 == "url" }.count == 2)
        #expect(xml.range(of: "/a/")!.lowerBound < xml.range(of: "/b/")!.lowerBound)
        #expect(xml.contains("<lastmod>2026-11-23</lastmod>"))
        #expect(Sitemap.robots(sitemapURL: "https://l.example/sitemap.xml").contains("Sitemap: https://l.example/sitemap.xml"))
    }
}
