import Foundation

/// One post as an excerpt quotes it: its text already cut to fit.
public struct ExcerptPost: Hashable, Sendable {
    public var postID: String
    /// The author's member id; the anonymizer maps it to a pseudonym.
    public var authorID: String
    public var createdAt: Date
    /// The post's Markdown with whitespace collapsed, cut at a sentence (or word) boundary.
    public var text: String
    public var likes: Int

    public init(postID: String, authorID: String, createdAt: Date, text: String, likes: Int) {
        self.postID = postID
        self.authorID = authorID
        self.createdAt = createdAt
        self.text = text
        self.likes = likes
    }
}
