/// What an issue shows of a selected thread: the opening post and the best replies, in thread order.
public struct ThreadExcerpt: Hashable, Sendable {
    public var threadID: String
    public var title: String
    public var category: String
    public var tags: [String]
    public var url: String?
    /// The opening post first, then the chosen replies in the order they were written.
    public var posts: [ExcerptPost]
    public var score: Double
    public var stats: ThreadStats

    public init(
        threadID: String, title: String, category: String, tags: [String], url: String?,
        posts: [ExcerptPost], score: Double, stats: ThreadStats
    ) {
        self.threadID = threadID
        self.title = title
        self.category = category
        self.tags = tags
        self.url = url
        self.posts = posts
        self.score = score
        self.stats = stats
    }
}
