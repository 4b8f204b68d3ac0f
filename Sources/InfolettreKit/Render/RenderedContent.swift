/// An article with its body rendered.
struct RenderedArticle: Sendable {
    var article: Article
    var body: ContentRenderer.Rendered
    /// The issue the article appeared in, if any.
    var issueID: String?
}

/// An issue with its editorial, articles and discussions ready for templates.
struct RenderedIssue: Sendable {
    var issue: Issue
    var editorial: ContentRenderer.Rendered
    var articles: [RenderedArticle]
    var digest: DiscussionDigest?
}

/// The week's selected threads, anonymized and rendered: the only form in which discussions reach templates.
struct DiscussionDigest: Sendable {
    var threads: [Thread]
    var postCount: Int
    var participantCount: Int

    struct Thread: Sendable {
        var rank: Int
        var title: String
        var category: String
        var tags: [String]
        var posts: [Post]
        var replies: Int
        var participants: Int
        var likes: Int
        var views: Int
    }

    struct Post: Sendable {
        /// Pseudonym ("Membre A").
        var author: String
        /// Profession and region, profession, or "un membre", per k-anonymity.
        var attribution: String
        var markdown: String
        var html: String
        var likes: Int
        var isOpening: Bool
    }
}
