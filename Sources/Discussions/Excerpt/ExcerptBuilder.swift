/// Builds the excerpt of a ranked thread within a character budget: the opening post, then the replies
/// with the most likes (earlier first on ties) while budget remains, each cut by `SentenceCutter`,
/// and shown in thread order.
public struct ExcerptBuilder: Sendable {
    /// Characters for all the excerpt's texts together.
    public var budget: Int
    /// The opening post's share of the budget when the thread has replies (it takes all otherwise).
    public var openingPostShare: Double
    /// A reply is not quoted in less room than this: a few words out of context help nobody.
    public var minimumReplyLength: Int

    /// The defaults: 600 characters, half for the opening post, replies in no less than 40.
    public init(budget: Int = 600, openingPostShare: Double = 0.5, minimumReplyLength: Int = 40) {
        self.budget = budget
        self.openingPostShare = openingPostShare
        self.minimumReplyLength = minimumReplyLength
    }

    /// The excerpt of `ranked`, whose posts are those the ranking counted.
    public func excerpt(of ranked: RankedThread) -> ThreadExcerpt {
        let thread = ranked.thread
        var chosen: [(index: Int, post: ExcerptPost)] = []
        var remaining = budget
        if let opening = thread.posts.first {
            let hasReplies = thread.posts.count > 1
            let limit = hasReplies ? Int(Double(budget) * openingPostShare) : budget
            if let post = excerptPost(opening, limit: limit) {
                chosen.append((0, post))
                remaining -= post.text.count
            }
        }
        let replies = thread.posts.enumerated().dropFirst().sorted { left, right in
            if left.element.likes != right.element.likes { return left.element.likes > right.element.likes }
            if left.element.createdAt != right.element.createdAt { return left.element.createdAt < right.element.createdAt }
            return left.offset < right.offset
        }
        for (index, reply) in replies where remaining >= minimumReplyLength {
            guard let post = excerptPost(reply, limit: remaining) else { continue }
            chosen.append((index, post))
            remaining -= post.text.count
        }
        return ThreadExcerpt(
            threadID: thread.id, title: thread.title, category: thread.category, tags: thread.tags, url: thread.url,
            posts: chosen.sorted { $0.index < $1.index }.map(\.post), score: ranked.score, stats: ranked.stats)
    }

    private func excerptPost(_ post: Post, limit: Int) -> ExcerptPost? {
        guard let text = SentenceCutter.cut(Self.collapsingWhitespace(post.body), toAtMost: limit) else { return nil }
        return ExcerptPost(postID: post.id, authorID: post.author, createdAt: post.createdAt, text: text, likes: post.likes)
    }

    /// One line of text: runs of spaces and line breaks become one space.
    static func collapsingWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
