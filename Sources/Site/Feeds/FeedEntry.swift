import Foundation

/// One item of the site's feeds: an issue of the newsletter.
public struct FeedEntry: Sendable, Hashable {
    public var id: String
    public var title: String
    /// Absolute URL of the page.
    public var url: String
    public var published: Date
    public var updated: Date
    public var summary: String
    public var contentHTML: String
    public var tags: [String]

    public init(id: String, title: String, url: String, published: Date, updated: Date, summary: String,
                contentHTML: String, tags: [String] = []) {
        self.id = id
        self.title = title
        self.url = url
        self.published = published
        self.updated = updated
        self.summary = summary
        self.contentHTML = contentHTML
        self.tags = tags
    }
}

/// What both feeds say about the site itself.
public struct FeedChannel: Sendable, Hashable {
    public var title: String
    public var description: String
    /// Absolute home URL, with a trailing slash.
    public var homeURL: String
    public var feedURL: String
    public var language: String
    public var author: String

    public init(title: String, description: String, homeURL: String, feedURL: String, language: String, author: String) {
        self.title = title
        self.description = description
        self.homeURL = homeURL
        self.feedURL = feedURL
        self.language = language
        self.author = author
    }
}
