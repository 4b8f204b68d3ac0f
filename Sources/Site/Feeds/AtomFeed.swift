import Foundation

/// An Atom 1.0 feed (RFC 4287) of the newsletter's issues.
public enum AtomFeed {
    public static func render(channel: FeedChannel, entries: [FeedEntry]) -> String {
        let updated = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        // Escaping the issues' HTML adds about a tenth; each entry's markup adds a few hundred bytes.
        var xml = UTF8Buffer(capacity: entries.reduce(4_096) {
            $0 + $1.contentHTML.utf8.count * 9 / 8 + $1.summary.utf8.count + 512
        })
        xml.append(utf8: "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
        xml.append(xmlEscaping: channel.language)
        xml.append(utf8: "\">\n  <title>")
        xml.append(xmlEscaping: channel.title)
        xml.append(utf8: "</title>\n  <subtitle>")
        xml.append(xmlEscaping: channel.description)
        xml.append(utf8: "</subtitle>\n  <id>")
        xml.append(xmlEscaping: channel.homeURL)
        xml.append(utf8: "</id>\n  <link rel=\"alternate\" type=\"text/html\" href=\"")
        xml.append(xmlEscaping: channel.homeURL)
        xml.append(utf8: "\"/>\n  <link rel=\"self\" type=\"application/atom+xml\" href=\"")
        xml.append(xmlEscaping: channel.feedURL)
        xml.append(utf8: "\"/>\n  <updated>")
        xml.append(rfc3339: updated)
        xml.append(utf8: "</updated>\n  <author><name>")
        xml.append(xmlEscaping: channel.author)
        xml.append(utf8: "</name></author>\n  <generator>Infolettre</generator>\n")
        for entry in entries {
            xml.append(utf8: "  <entry>\n    <title>")
            xml.append(xmlEscaping: entry.title)
            xml.append(utf8: "</title>\n    <id>")
            xml.append(xmlEscaping: entry.url)
            xml.append(utf8: "</id>\n    <link rel=\"alternate\" type=\"text/html\" href=\"")
            xml.append(xmlEscaping: entry.url)
            xml.append(utf8: "\"/>\n    <published>")
            xml.append(rfc3339: entry.published)
            xml.append(utf8: "</published>\n    <updated>")
            xml.append(rfc3339: entry.updated)
            xml.append(utf8: "</updated>\n    <summary>")
            xml.append(xmlEscaping: entry.summary)
            xml.append(utf8: "</summary>\n    <content type=\"html\">")
            xml.append(xmlEscaping: entry.contentHTML)
            xml.append(utf8: "</content>\n")
            for tag in entry.tags {
                xml.append(utf8: "    <category term=\"")
                xml.append(xmlEscaping: tag)
                xml.append(utf8: "\"/>\n")
            }
            xml.append(utf8: "  </entry>\n")
        }
        xml.append(utf8: "</feed>\n")
        return xml.string()
    }
}
