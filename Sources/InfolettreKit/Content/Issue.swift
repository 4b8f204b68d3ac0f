import Diagnostics
import Foundation

/// A weekly issue: `content/issues/<id>.md`, front matter then the editorial in Markdown.
public struct Issue: Sendable, Hashable {
    /// `YYYY-WW`, e.g. `2026-48`.
    public var id: String
    public var path: String
    public var title: String
    public var number: Int
    public var date: Date
    /// The articles in reading order, with where each slug is written (for "unknown article" errors).
    public var articles: [ArticleReference]
    /// The discussions export, relative to the project root; nil when the issue has none.
    public var discussionsPath: String?
    public var subject: String
    public var preheader: String
    public var editorial: MarkdownSource
    public var bodyStartLine: Int
    /// The digest of the whole file and its path (the articles and discussions it lists are fingerprinted
    /// on their own).
    var fingerprint = Fingerprint()
    /// The digest of the path and front matter, without the editorial: what a listing of the issue shows, with
    /// its articles.
    var metadataFingerprint = Fingerprint()

    public struct ArticleReference: Sendable, Hashable {
        public var slug: String
        public var location: SourceLocation
    }

    /// The year and week parts of the id, which make the issue's URL (`/2026/48/`).
    public var urlComponents: (year: String, week: String) {
        let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
        return (parts.first ?? id, parts.count > 1 ? parts[1] : "")
    }

    /// Whether `text` is a valid issue id: four-digit year, hyphen, two-digit week 01–53.
    public static func isValidID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 7, bytes[4] == UInt8(ascii: "-"),
              bytes.enumerated().allSatisfy({ $0.offset == 4 || (48...57).contains($0.element) }),
              let week = Int(text.suffix(2))
        else { return false }
        return (1...53).contains(week)
    }
}
