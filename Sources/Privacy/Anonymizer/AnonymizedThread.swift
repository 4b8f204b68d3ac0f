import Foundation

/// A thread ready for renderers: every text anonymized, authors replaced by pseudonyms and a k-anonymous
/// attribution. An excluded thread (charter) keeps only its id and anonymized title, and has no posts.
public struct AnonymizedThread: Hashable, Sendable {
    public var id: String
    public var title: String
    public var category: String
    public var tags: [String]
    public var createdAt: Date
    public var views: Int
    /// The thread's address on the network; nil when the export has none or when it holds personal data.
    public var url: String?
    public var posts: [AnonymizedPost]
    public var verdict: CharterVerdict

    public init(
        id: String, title: String, category: String, tags: [String], createdAt: Date, views: Int, url: String?,
        posts: [AnonymizedPost], verdict: CharterVerdict
    ) {
        self.id = id
        self.title = title
        self.category = category
        self.tags = tags
        self.createdAt = createdAt
        self.views = views
        self.url = url
        self.posts = posts
        self.verdict = verdict
    }
}

/// A post with its body anonymized and its author replaced by a pseudonym (`Membre A`) and an attribution
/// (`Infirmière, Bretagne`, `Infirmière` or `un membre`).
public struct AnonymizedPost: Hashable, Sendable {
    public var id: String
    public var author: String
    public var attribution: String
    public var createdAt: Date
    public var body: String
    public var likes: Int
    public var replyTo: String?

    public init(
        id: String, author: String, attribution: String, createdAt: Date, body: String, likes: Int, replyTo: String?
    ) {
        self.id = id
        self.author = author
        self.attribution = attribution
        self.createdAt = createdAt
        self.body = body
        self.likes = likes
        self.replyTo = replyTo
    }
}
