import Foundation

/// An article: `content/articles/<slug>.md`, YAML front matter then a Markdown body.
///
/// The front matter's fields live in one shared, immutable storage: a build copies thousands of articles (loaded,
/// validated, sorted, rendered), and copying a dozen strings and lists for each showed. Setting a field copies the
/// storage once.
public struct Article: Sendable, Hashable {
    public enum Visibility: String, Sendable, Hashable, CaseIterable {
        /// On the public site and in every email.
        case `public`
        /// Only in emails and in the members' site variant.
        case members
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

    public var slug: String {
        get { storage.fields.slug }
        set { update { $0.slug = newValue } }
    }
    /// The file's path relative to the project root, as diagnostics print it.
    public var path: String {
        get { storage.fields.path }
        set { update { $0.path = newValue } }
    }
    public var title: String {
        get { storage.fields.title }
        set { update { $0.title = newValue } }
    }
    public var date: Date {
        get { storage.fields.date }
        set { update { $0.date = newValue } }
    }
    public var tags: [String] {
        get { storage.fields.tags }
        set { update { $0.tags = newValue } }
    }
    public var summary: String? {
        get { storage.fields.summary }
        set { update { $0.summary = newValue } }
    }
    public var authors: [String] {
        get { storage.fields.authors }
        set { update { $0.authors = newValue } }
    }
    public var draft: Bool {
        get { storage.fields.draft }
        set { update { $0.draft = newValue } }
    }
    public var visibility: Visibility {
        get { storage.fields.visibility }
        set { update { $0.visibility = newValue } }
    }
    /// The sponsor's name: the article is labelled as sponsored content.
    public var partner: String? {
        get { storage.fields.partner }
        set { update { $0.partner = newValue } }
    }
    /// The audience (e.g. "infirmier libéral"); empty means everyone.
    public var professions: [String] {
        get { storage.fields.professions }
        set { update { $0.professions = newValue } }
    }
    /// The article's language when it differs from the site's.
    public var language: ContentLanguage? {
        get { storage.fields.language }
        set { update { $0.language = newValue } }
    }
    /// The line of the file where the body starts, to locate Markdown diagnostics.
    public var bodyStartLine: Int {
        get { storage.fields.bodyStartLine }
        set { update { $0.bodyStartLine = newValue } }
    }
    /// The digest of the whole file and its path: what every output showing the article depends on.
    var fingerprint: Fingerprint {
        get { storage.fields.fingerprint }
        set { update { $0.fingerprint = newValue } }
    }
    /// The digest of the path and front matter, without the body: what a listing of the article shows, with its
    /// reading time.
    var metadataFingerprint: Fingerprint {
        get { storage.fields.metadataFingerprint }
        set { update { $0.metadataFingerprint = newValue } }
    }

    public static func == (lhs: Article, rhs: Article) -> Bool {
        lhs.body == rhs.body && (lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
        hasher.combine(body)
    }

    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = storage.fields
        change(&fields)
        storage = Storage(fields)
    }

    private struct Fields: Sendable, Hashable {
        var slug, path, title: String
        var date: Date
        var tags: [String]
        var summary: String?
        var authors: [String]
        var draft: Bool
        var visibility: Visibility
        var partner: String?
        var professions: [String]
        var language: ContentLanguage?
        var bodyStartLine: Int
        var fingerprint, metadataFingerprint: Fingerprint
    }

    private final class Storage: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }
}
