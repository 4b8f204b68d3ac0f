import Foundation

/// A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newsletter's issues.
public enum JSONFeed {
    /// Pretty-printed with sorted keys and unescaped slashes, as the feed has always been served; written directly
    /// because boxing every issue's HTML for `JSONSerialization` cost more than writing it.
    public static func render(channel: FeedChannel, entries: [FeedEntry]) -> String {
        var json = PrettyJSONWriter(
            capacity: entries.reduce(4_096) { $0 + $1.contentHTML.utf8.count * 17 / 16 + $1.summary.utf8.count + 512 })
        json.openObject()
        json.key("authors")
        json.openArray()
        json.element()
        json.openObject()
        json.key("name")
        json.string(channel.author)
        json.closeObject()
        json.closeArray()
        json.key("description")
        json.string(channel.description)
        json.key("feed_url")
        json.string(channel.feedURL)
        json.key("home_page_url")
        json.string(channel.homeURL)
        json.key("items")
        json.openArray()
        for entry in entries {
            json.element()
            json.openObject()
            json.key("content_html")
            json.string(entry.contentHTML)
            json.key("date_modified")
            json.string(rfc3339: entry.updated)
            json.key("date_published")
            json.string(rfc3339: entry.published)
            json.key("id")
            json.string(entry.url)
            json.key("summary")
            json.string(entry.summary)
            json.key("tags")
            json.openArray()
            for tag in entry.tags {
                json.element()
                json.string(tag)
            }
            json.closeArray()
            json.key("title")
            json.string(entry.title)
            json.key("url")
            json.string(entry.url)
            json.closeObject()
        }
        json.closeArray()
        json.key("language")
        json.string(channel.language)
        json.key("title")
        json.string(channel.title)
        json.key("version")
        json.string("https://jsonfeed.org/version/1.1")
        json.closeObject()
        json.output.append(UInt8(ascii: "\n"))
        return json.output.string()
    }
}

private extension PrettyJSONWriter {
    mutating func string(rfc3339 date: Date) {
        // Digits, dashes, colons, `T` and `Z`: nothing to escape.
        string(unescaped: { $0.append(rfc3339: date) })
    }
}
