import Foundation

/// An article: `content/articles/<slug>.md`, YAML front matter then a Markdown body.
///
/// The front matter's fields (`Fields`, read and set as the article's own: `article.title`) live in one shared,
/// immutable storage: a build copies thousands of articles (loaded, validated, sorted, rendered), and copying a
/// dozen strings and lists for each showed. Setting a field copies the storage once.
@dynamicMemberLookup
public struct Article: Sendable, Hashable {
    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        /// On the public site and in every email.
        case `public`
        /// Only in emails and in the members' site variant.
        case members
    }

    /// The front matter's fields, and what is digested of the file.
    public struct Fields: Sendable, Hashable {
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
        /// The line of the file where the body starts, to locate Markdown diagnostics.
        public var bodyStartLine: Int
        /// The digest of the whole file and its path: what every output showing the article depends on.
        var fingerprint: Fingerprint
        /// The digest of the path and front matter, without the body: what a listing of the article shows, with
        /// its reading time.
        var metadataFingerprint: Fingerprint
    }

    private var storage: Storage
    public var body: MarkdownSource

    init(slug: String, path: String, title: String, date: Date, tags: [String], summary: String?, authors: [String],
         draft: Bool, visibility: Visibility, partner: String?, professions: [String], language: ContentLanguage?,
         body: MarkdownSource, bodyStartLine: Int, fingerprint: Fingerprint = Fingerprint(),
         metadataFingerprint: Fingerprint = Fingerprint()) {
        storage = Storage(Fields(
            slug: slug, path: path, title: title, date: date, tags: tags, summary: summary, authors: authors,
            draft: draft, visibility: visibility, partner: partner, professions: professions, language: language,
            bodyStartLine: bodyStartLine, fingerprint: fingerprint, metadataFingerprint: metadataFingerprint))
        self.body = body
    }

    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set {
            var fields = storage.fields
            fields[keyPath: field] = newValue
            storage = Storage(fields)
        }
    }

    public static func == (lhs: Article, rhs: Article) -> Bool {
        lhs.body == rhs.body && (lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
        hasher.combine(body)
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
