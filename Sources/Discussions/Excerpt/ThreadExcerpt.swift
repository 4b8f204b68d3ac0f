/// What an issue shows of a selected thread: the opening post and the best replies, in thread order.
public struct ThreadExcerpt: Hashable, Sendable {
    /// The id of the thread in the export.
    public var threadID: String
    /// The thread's title, as written by its author (untrusted).
    public var title: String
    /// The thread's category name.
    public var category: String
    /// The thread's tags.
    public var tags: [String]
    /// The thread's address on the network, when the export gives it.
    public var url: String?
    /// The opening post first, then the chosen replies in the order they were written.
    public var posts: [ExcerptPost]
    /// The ranking score (see `ThreadRanker`).
    public var score: Double
    /// The counts the score was computed from.
    public var stats: ThreadStats

    /// An excerpt from its parts.
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
