import Foundation

/// A discussion thread: its opening post is `posts.first`.
public struct DiscussionThread: Hashable, Sendable {
    public var id: String
    public var title: String
    public var category: String
    public var tags: [String]
    public var createdAt: Date
    public var views: Int
    /// The thread's address on the network (members only), when the export gives it.
    public var url: String?
    public var posts: [Post]

    public init(
        id: String, title: String, category: String, tags: [String] = [], createdAt: Date,
        views: Int = 0, url: String? = nil, posts: [Post] = []
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.tags = tags
        self.createdAt = createdAt
        self.views = views
        self.url = url
        self.posts = posts
    }
}
