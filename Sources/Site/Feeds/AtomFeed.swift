import Foundation

/// An Atom 1.0 feed (RFC 4287) of the newsletter's issues.
public enum AtomFeed {
    public static func render(channel: FeedChannel, entries: [FeedEntry]) -> String {
        let updated = entries.map(\.updated).max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(channel.language))">
          <title>\(XMLText.escape(channel.title))</title>
          <subtitle>\(XMLText.escape(channel.description))</subtitle>
          <id>\(XMLText.escape(channel.homeURL))</id>
          <link rel="alternate" type="text/html" href="\(XMLText.escape(channel.homeURL))"/>
          <link rel="self" type="application/atom+xml" href="\(XMLText.escape(channel.feedURL))"/>
          <updated>\(FeedDate.rfc3339(updated))</updated>
          <author><name>\(XMLText.escape(channel.author))</name></author>
          <generator>Infolettre</generator>

        """
        for entry in entries {
            xml += """
              <entry>
                <title>\(XMLText.escape(entry.title))</title>
                <id>\(XMLText.escape(entry.url))</id>
                <link rel="alternate" type="text/html" href="\(XMLText.escape(entry.url))"/>
                <published>\(FeedDate.rfc3339(entry.published))</published>
                <updated>\(FeedDate.rfc3339(entry.updated))</updated>
                <summary>\(XMLText.escape(entry.summary))</summary>
                <content type="html">\(XMLText.escape(entry.contentHTML))</content>

            """
            for tag in entry.tags { xml += "    <category term=\"\(XMLText.escape(tag))\"/>\n" }
            xml += "  </entry>\n"
        }
        xml += "</feed>\n"
        return xml
    }
}
