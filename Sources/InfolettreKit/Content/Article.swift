import Foundation

/// An article: `content/articles/<slug>.md`, YAML front matter then a Markdown body.
public struct Article: Sendable, Hashable {
    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        /// On the public site and in every email.
        case `public`
        /// Only in emails and in the members' site variant.
        case members
    }

    public var slug: String
    /// The file's path relative to the project root, as diagnostics print it.
    public var path: String
    public var title: String
    public var date: Date
    public var tags: [String]
    public var summary: String?
    public var authors: [String]
    public var draft: Bool
    public var visibility: Visibility
    /// The sponsor's name: the article is labelled as sponsored content.
    public var partner: String?
    /// The audience (e.g. "infirmier libéral"); empty means everyone.
    public var professions: [String]
    /// The article's language when it differs from the site's.
    public var language: ContentLanguage?
    public var body: MarkdownSource
    /// The line of the file where the body starts, to locate Markdown diagnostics.
    public var bodyStartLine: Int
    /// The digest of the whole file and its path: what every output showing the article depends on.
    var fingerprint = Fingerprint()
    /// The digest of the path and front matter, without the body: what a listing of the article shows, with its
    /// reading time.
    var metadataFingerprint = Fingerprint()
}
