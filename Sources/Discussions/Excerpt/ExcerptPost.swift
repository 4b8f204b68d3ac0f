import Foundation

/// One post as an excerpt quotes it: its text already cut to fit.
public struct ExcerptPost: Hashable, Sendable {
    /// The id of the post in the export.
    public var postID: String
    /// The author's member id; the anonymizer maps it to a pseudonym.
    public var authorID: String
    /// When the post was written.
    public var createdAt: Date
    /// The post's Markdown with whitespace collapsed, cut at a sentence (or word) boundary.
    public var text: String
    /// The post's likes.
    public var likes: Int

    /// An excerpt post from its parts.
    public init(postID: String, authorID: String, createdAt: Date, text: String, likes: Int) {
        self.postID = postID
        self.authorID = authorID
        self.createdAt = createdAt
        self.text = text
        self.likes = likes
    }
}
