import Foundation
import Site
import Templates
import Typography

/// Builds the values templates receive, exactly as docs/themes.md lists them. A class: each of a site's thousands
/// of pages holds it until it is made, and copying the config with it showed.
final class ViewModelBuilder: Sendable {
    enum Audience: String, Sendable {
        /// The public archive site: no members-only articles, discussions only when the config allows.
        case `public`
        /// The members' site variant and every email.
        case members
    }

    /// Where URLs point: absolute in emails, site-relative paths on the site.
    enum Medium: Sendable { case site, email, text }

    let config: SiteConfig
    let strings: [String: String]
    let audience: Audience
    let medium: Medium
    let newestYear: String
    /// Values already built: a site shows each article and issue on many pages, and building their values
    /// dominated large builds.
    private let memo: ValueMemo?

    init(config: SiteConfig, strings: [String: String], audience: Audience, medium: Medium, newestYear: String,
         memoizing: Bool = false) {
        self.config = config
        self.strings = strings
        self.audience = audience
        self.medium = medium
        self.newestYear = newestYear
        memo = memoizing ? ValueMemo() : nil
    }

    /// A builder like this one, computing each article's and issue's values once, when first asked for (from any
    /// thread).
    func memoizing() -> ViewModelBuilder {
        ViewModelBuilder(config: config, strings: strings, audience: audience, medium: medium, newestYear: newestYear,
                         memoizing: true)
    }

    var dates: DateFormatting { DateFormatting(language: config.language) }

    /// Titles, summaries and subjects written in front matter, typeset like the bodies they head.
    func typeset(_ text: String, _ language: ContentLanguage? = nil) -> String {
        Typographer(language: (language ?? config.language) == .en ? .en : .fr).apply(to: text)
    }

    func absolute(_ path: String) -> String { SitePaths.absolute(path, base: config.baseURL) }

    /// The root object every template receives, merged with `extra` keys.
    func root(_ extra: [String: TemplateValue], language: ContentLanguage? = nil) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "site": site,
            "i18n": .object(strings.mapValues { .string($0) }),
            "lang": .string((language ?? config.language).tag),
            "generator": .string("Infolettre \(InfolettreVersion.current)"),
        ]
        for (key, value) in extra { object[key] = value }
        return .object(object)
    }

    var site: TemplateValue {
        [
            "title": .string(config.title),
            "description": .string(config.description),
            "url": .string(absolute("/")),
            "language": .string(config.language.tag),
            "year": .string(newestYear),
            "atom_url": .string(absolute(SitePaths.atomFeed)),
            "json_feed_url": .string(absolute(SitePaths.jsonFeed)),
            "search_url": .string(link(SitePaths.search)),
            "archive_url": .string(link(SitePaths.archive)),
            "tags_url": .string(link(SitePaths.tags)),
            "home_url": .string(link(SitePaths.home)),
            "assets_url": .string(link(SitePaths.assets)),
        ]
    }

    /// A link in the current medium: absolute in emails, site-relative on the site.
    func link(_ path: String) -> String { medium == .site ? path : absolute(path) }

    func isVisible(_ article: Article) -> Bool { audience == .members || article.visibility == .public }

    func article(_ rendered: RenderedArticle, position: Int = 0, count: Int = 1) -> TemplateValue {
        guard let memo else { return .object(articleObject(rendered, position: position, count: count)) }
        var object = memo.article(rendered.article.slug) { articleObject(rendered, position: 0, count: 1) }
        object["first"] = .bool(position == 0)
        object["last"] = .bool(position == count - 1)
        return .object(object)
    }

    private func articleObject(_ rendered: RenderedArticle, position: Int, count: Int) -> [String: TemplateValue] {
        let article = rendered.article
        // A members-only article has a page only on the members' site, never behind a link in an email.
        let hasPage = article.visibility == .public || (audience == .members && medium == .site)
        let path = hasPage ? SitePaths.article(article.slug) : ""
        let minutes = rendered.readingMinutes
        var object: [String: TemplateValue] = [
            "slug": .string(article.slug),
            "title": .string(typeset(article.title, article.language)),
            "summary": .string(typeset(article.summary ?? "", article.language)),
            "date": .string(dates.long(article.date)),
            "date_iso": .string(DateFormatting.iso(article.date)),
            "path": .string(path),
            "url": .string(path.isEmpty ? "" : link(path)),
            "tags": .array(article.tags.map(tag)),
            "authors": .string(joined(article.authors)),
            "sponsored": .bool(article.partner != nil),
            "partner": .string(article.partner ?? ""),
            "members_only": .bool(article.visibility == .members),
            "lang": .string((article.language ?? config.language).tag),
            "reading_minutes": .int(minutes),
            "reading_time": .string(format("reading_time", ["minutes": String(minutes)])),
            "first": .bool(position == 0),
            "last": .bool(position == count - 1),
        ]
        // The body is made only when a template shows it; a page doing so depends on the whole file.
        let body = rendered.body
        if medium == .text {
            object["content_markdown"] = .deferred(DeferredValue(dependency: article.fingerprint.value) { .string(body.markdown) })
        } else {
            object["content_html"] = .deferred(DeferredValue(dependency: article.fingerprint.value) { .string(body.html) })
        }
        return object
    }

    func tag(_ name: String) -> TemplateValue {
        let slug = Slug.make(name)
        return ["name": .string(name), "slug": .string(slug), "path": .string(SitePaths.tag(slug)),
                "url": .string(link(SitePaths.tag(slug)))]
    }

    func issue(_ rendered: RenderedIssue, showDiscussions: Bool) -> TemplateValue {
        guard let memo else { return issueValue(rendered, showDiscussions: showDiscussions) }
        return memo.issue(rendered.issue.id, showDiscussions) { issueValue(rendered, showDiscussions: showDiscussions) }
    }

    private func issueValue(_ rendered: RenderedIssue, showDiscussions: Bool) -> TemplateValue {
        let issue = rendered.issue
        let (year, week) = issue.urlComponents
        let path = SitePaths.issue(year: year, week: week)
        let articles = rendered.articles.filter { isVisible($0.article) }
        var object: [String: TemplateValue] = [
            "id": .string(issue.id),
            "number": .int(issue.number),
            "title": .string(typeset(issue.title)),
            "subject": .string(typeset(issue.subject)),
            "preheader": .string(typeset(issue.preheader)),
            "date": .string(dates.long(issue.date)),
            "date_iso": .string(DateFormatting.iso(issue.date)),
            "path": .string(path),
            "url": .string(link(path)),
            "articles": .array(articles.enumerated().map { article($0.element, position: $0.offset, count: articles.count) }),
            "has_articles": .bool(!articles.isEmpty),
        ]
        // The editorial and the discussions too are made only when a template shows them, as an article's body.
        let editorial = rendered.editorial
        if medium == .text {
            object["editorial_markdown"] = .deferred(DeferredValue(dependency: issue.fingerprint.value) { .string(editorial.markdown) })
        } else {
            object["editorial_html"] = .deferred(DeferredValue(dependency: issue.fingerprint.value) { .string(editorial.html) })
        }
        if showDiscussions, let digest = rendered.digest, let digestFingerprint = rendered.digestFingerprint,
           !digest.threads.isEmpty {
            object["discussions"] = .deferred(DeferredValue(dependency: digestFingerprint.value) { self.discussions(digest) })
        }
        return .object(object)
    }

    func discussions(_ digest: DiscussionDigest) -> TemplateValue {
        [
            "threads": .array(digest.threads.map(thread)),
            "summary": .string(format("discussions_summary", [
                "threads": String(digest.threads.count), "posts": String(digest.postCount),
                "participants": String(digest.participantCount),
            ])),
        ]
    }

    private func thread(_ thread: DiscussionDigest.Thread) -> TemplateValue {
        [
            "rank": .int(thread.rank),
            "title": .string(typeset(thread.title)),
            "category": .string(thread.category),
            "tags": .array(thread.tags.map { .string($0) }),
            "posts": .array(thread.posts.map { post in
                var object: [String: TemplateValue] = [
                    "author": .string(post.author), "attribution": .string(post.attribution),
                    "likes": .int(post.likes), "is_opening": .bool(post.isOpening),
                ]
                object[medium == .text ? "excerpt_markdown" : "excerpt_html"] = .string(medium == .text ? post.markdown : post.html)
                return .object(object)
            }),
            "replies": .int(thread.replies),
            "participants": .int(thread.participants),
            "likes": .int(thread.likes),
            "views": .int(thread.views),
        ]
    }

    /// An i18n string with `{name}` placeholders filled; unknown placeholders stay as written.
    func format(_ key: String, _ values: [String: String]) -> String {
        let template = Substring(strings[key] ?? key)
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            text += values[name] ?? "{\(name)}"
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// "Anne, Paul et Marie" / "Anne, Paul and Marie".
    func joined(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        let conjunction = config.language == .fr ? " et " : " and "
        return names.dropLast().joined(separator: ", ") + conjunction + last
    }

    /// Standard page fields (docs/themes.md "Site pages").
    func page(title: String, path: String, description: String, ogType: String = "website",
              language: ContentLanguage? = nil, extra: [String: TemplateValue] = [:]) -> TemplateValue {
        var object: [String: TemplateValue] = [
            "title": .string(title),
            "path": .string(path),
            "canonical_url": .string(absolute(path == SitePaths.notFound ? "/" : path)),
            "description": .string(description.isEmpty ? config.description : description),
            "og_type": .string(ogType),
            "lang": .string((language ?? config.language).tag),
            "og_locale": .string((language ?? config.language).localeIdentifier),
        ]
        for (key, value) in extra { object[key] = value }
        return .object(object)
    }
}

/// The values a memoizing `ViewModelBuilder` built, shared by the threads rendering pages. Values are
/// deterministic, so two threads building the same one at once only duplicate work.
private final class ValueMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var articles: [String: [String: TemplateValue]] = [:]
    private var issues: [String: TemplateValue] = [:]

    func article(_ slug: String, orBuild build: () -> [String: TemplateValue]) -> [String: TemplateValue] {
        if let value = lock.withLock({ articles[slug] }) { return value }
        let value = build()
        lock.withLock { articles[slug] = value }
        return value
    }

    func issue(_ id: String, _ showDiscussions: Bool, orBuild build: () -> TemplateValue) -> TemplateValue {
        let key = showDiscussions ? id + "+discussions" : id
        if let value = lock.withLock({ issues[key] }) { return value }
        let value = build()
        lock.withLock { issues[key] = value }
        return value
    }
}
