/// What the score is computed from, also shown next to an excerpt.
public struct ThreadStats: Hashable, Sendable {
    /// Posts, the opening one included.
    public var posts: Int
    /// Distinct authors.
    public var participants: Int
    /// Likes on all posts.
    public var likes: Int
    /// Views of the thread, as the export counts them.
    public var views: Int

    /// Every post but the opening one.
    public var replies: Int { max(0, posts - 1) }

    /// Statistics from their counts.
    public init(posts: Int, participants: Int, likes: Int, views: Int) {
        self.posts = posts
        self.participants = participants
        self.likes = likes
        self.views = views
    }

    /// The statistics of `thread` counting all its posts.
    public init(_ thread: DiscussionThread) {
        self.init(
            posts: thread.posts.count, participants: Set(thread.posts.map(\.author)).count,
            likes: thread.posts.reduce(0) { $0 + $1.likes }, views: thread.views)
    }
}
