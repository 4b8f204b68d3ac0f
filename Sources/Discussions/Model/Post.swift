import Foundation

/// One message in a thread. `body` is Markdown written by a member: untrusted, full of personal data.
public struct Post: Hashable, Sendable {
    public var id: String
    /// The author's member id (see `Member.id`).
    public var author: String
    public var createdAt: Date
    public var body: String
    public var likes: Int
    /// The id of the post this one answers, if any.
    public var replyTo: String?

    public init(id: String, author: String, createdAt: Date, body: String, likes: Int = 0, replyTo: String? = nil) {
        self.id = id
        self.author = author
        self.createdAt = createdAt
        self.body = body
        self.likes = likes
        self.replyTo = replyTo
    }
}
