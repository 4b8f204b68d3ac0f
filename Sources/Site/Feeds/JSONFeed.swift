import Foundation

/// A JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newsletter's issues.
public enum JSONFeed {
    public static func render(channel: FeedChannel, entries: [FeedEntry]) -> String {
        let items: [[String: Any]] = entries.map { entry in
            [
                "id": entry.url,
                "url": entry.url,
                "title": entry.title,
                "summary": entry.summary,
                "content_html": entry.contentHTML,
                "date_published": FeedDate.rfc3339(entry.published),
                "date_modified": FeedDate.rfc3339(entry.updated),
                "tags": entry.tags,
            ]
        }
        let feed: [String: Any] = [
            "version": "https://jsonfeed.org/version/1.1",
            "title": channel.title,
            "description": channel.description,
            "home_page_url": channel.homeURL,
            "feed_url": channel.feedURL,
            "language": channel.language,
            "authors": [["name": channel.author]],
            "items": items,
        ]
        let data = (try? JSONSerialization.data(
            withJSONObject: feed, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
