import Diagnostics
import Foundation
import Site
import Templates

/// Renders the archive site: every page through the theme's templates, then feeds, sitemap, search index
/// and assets. Pages are keyed by their file path under `site/`.
///
/// Every file gets a fingerprint of what it shows (see `Fingerprint`): a file the previous build made with
/// the same fingerprint is kept as it is, neither rendered nor checked again.
struct SiteGenerator: Sendable {
    let config: SiteConfig
    let theme: Theme
    let engine: TemplateEngine
    let model: ViewModelBuilder
    let issues: [RenderedIssue]
    /// Every article that has a page (published, visible to the audience), newest first.
    let articles: [RenderedArticle]
    /// What every file depends on: the tool's version, the config, the theme, the audience, the newest year.
    let globals: Fingerprint
    /// The folder holding the previous build's search index tokenization, one snapshot per part: only documents
    /// whose inputs changed are tokenized. Nil when nothing may be reused.
    var previousSearchFolder: String?

    /// Where the search index parts' snapshots are kept, in the output folder and outside the published site.
    static let searchSnapshotFolder = ".infolettre-search-parts"

    struct Page: Sendable {
        var path: String
        var template: String
        /// The fingerprint of everything the page's value holds.
        var fingerprint: Fingerprint
        /// What the page shows if its template reads none of the deferred values it holds but those `outline`
        /// covers; nil for a page holding none.
        var outline: Outline?
        /// Built only when the page must be rendered.
        var value: @Sendable () -> TemplateValue
    }

    /// The fingerprint of a page's value without its deferred values (`DeferredValue`: the bodies, editorials
    /// and discussions of what it lists) but those whose dependencies `covers` lists. A page whose rendering
    /// read no other deferred value is recorded with this fingerprint, and stays current while it is unchanged:
    /// a tag page that shows its articles' titles is not made again when one of their bodies is edited.
    struct Outline: Sendable {
        var fingerprint: Fingerprint
        /// One or two dependencies: an array, as a page has no use for a set's hashing.
        var covers: [UInt64] = []
    }

    /// What `generate` produced.
    struct Generated {
        var pageCount: Int
        /// The pages rendered by this build; the others were kept.
        var renderedCount: Int
    }

    /// One text file of the site to make: a page through its template, or another file from its maker.
    private struct Job: Sendable {
        var path: String
        var fingerprint: Fingerprint
        /// The page's outline fingerprint, which the file may have been recorded with instead (see `Outline`).
        var outlineFingerprint: Fingerprint?
        var isPage = false
        /// A file outside the site that `make` stages too, with the same fingerprint: current only together.
        var companion: String?
        /// The file's text, and the fingerprint to record it with.
        var make: @Sendable () throws -> (text: String, fingerprint: Fingerprint)

        init(path: String, fingerprint: Fingerprint, companion: String? = nil, make: @escaping @Sendable () throws -> String) {
            (self.path, self.fingerprint, self.companion) = (path, fingerprint, companion)
            self.make = { (try make(), fingerprint) }
        }

        /// Renders `page`, recorded with its outline's fingerprint when the template read no deferred value that
        /// the outline does not cover.
        init(page: Page, engine: TemplateEngine) {
            (path, fingerprint, outlineFingerprint, isPage) = (SitePaths.file(for: page.path), page.fingerprint,
                                                                page.outline?.fingerprint, true)
            make = {
                var dependencies: Set<UInt64> = []
                let text = try engine.render(page.template, page.value(), dependencies: &dependencies)
                guard let outline = page.outline, dependencies.allSatisfy(outline.covers.contains) else {
                    return (text, page.fingerprint)
                }
                return (text, outline.fingerprint)
            }
        }
    }

    /// Makes every file whose inputs changed on every core, staging each as it comes; the others are kept.
    func generate(into stager: OutputStager, prefix: String) throws -> Generated {
        for (path, data) in theme.assets() where path != "email.css" {
            let fingerprint = fingerprint("asset", path)
            if !stager.keepIfCurrent(prefix + "assets/" + path, fingerprint: fingerprint) {
                try stager.put(prefix + "assets/" + path, data, fingerprint: fingerprint)
            }
        }
        let engine = self.engine
        let tags = tagGroups
        // The search index's parts first: in a full build they are the longest jobs.
        let jobs = searchJobs(stager: stager) + otherFiles(tags: tags) + pages(tags: tags).map { Job(page: $0, engine: engine) }
        let made = try Self.make(jobs, into: stager, prefix: prefix)
        return Generated(pageCount: jobs.filter(\.isPage).count, renderedCount: made.filter(\.isPage).count)
    }

    /// Makes the stale `jobs` on every core and keeps the others; returns the jobs made.
    private static func make(_ jobs: [Job], into stager: OutputStager, prefix: String) throws -> [Job] {
        // Looking each file up on disk is most of an incremental build's work here: on every core too.
        let isStale = jobs.concurrentMap { job in
            let files = [prefix + job.path] + (job.companion.map { [$0] } ?? [])
            let recorded = [job.outlineFingerprint, job.fingerprint].lazy.compactMap { $0 }.first { fingerprint in
                files.allSatisfy { stager.isCurrent($0, fingerprint: fingerprint) }
            }
            guard let recorded else { return true }
            for file in files { stager.keep(file, fingerprint: recorded) }
            return false
        }
        let stale = zip(jobs, isStale).filter(\.1).map(\.0)
        _ = try stale.concurrentMap { job in
            let (text, fingerprint) = try job.make()
            try stager.put(prefix + job.path, text, fingerprint: fingerprint)
        }
        return stale
    }

    /// The search index in parts (`SearchPartition`), each with its tokenization's snapshot for the next build,
    /// and the manifest listing them: editing one article makes one part again, not the whole index.
    private func searchJobs(stager: OutputStager) -> [Job] {
        let documents = searchDocuments()
        let partition = SearchPartition(documentCount: documents.count)
        var members = [[SearchDocument]](repeating: [], count: partition.partCount)
        for document in documents { members[partition.part(ofDocumentAt: document.path)].append(document) }
        let previousFolder = previousSearchFolder
        let parts = members.enumerated().map { number, documents in
            let partFingerprint = fingerprint("search-part", "\(number)/\(partition.partCount)", documents.map(\.key))
            let snapshotPath = Self.searchSnapshotFolder + "/\(number)"
            return Job(path: SitePaths.file(for: SearchPartition.partPath(number)), fingerprint: partFingerprint,
                       companion: snapshotPath) {
                let previous = previousFolder.flatMap { MappedFile(path: $0 + "/\(number)") }
                    .flatMap { SearchIndex.Snapshot(decoding: Data($0.bytes)) }
                var index = SearchIndex()
                for document in documents {
                    index.add(document.document(), key: document.key.value, reusing: previous, text: document.text)
                }
                try stager.put(snapshotPath, index.snapshot(), fingerprint: partFingerprint)
                return index.json()
            }
        }
        let versions = parts.map { String($0.fingerprint.value, radix: 16) }
        let manifest = Job(path: SitePaths.file(for: SitePaths.searchIndex),
                           fingerprint: fingerprint("search-manifest", parts.map(\.fingerprint))) {
            SearchPartition.manifest(partVersions: versions)
        }
        return parts + [manifest]
    }

    /// Feeds, sitemap and robots.txt.
    private func otherFiles(tags: [TagGroup]) -> [Job] {
        let feedIssues = issues.prefix(config.site.feedLimit).map(\.fingerprint)
        let sitemap = sitemapEntries(tags: tags)
        return [
            Job(path: "feed.xml", fingerprint: fingerprint("atom", feedIssues)) {
                AtomFeed.render(channel: channel(SitePaths.atomFeed), entries: feedEntries)
            },
            Job(path: "feed.json", fingerprint: fingerprint("json-feed", feedIssues)) {
                JSONFeed.render(channel: channel(SitePaths.jsonFeed), entries: feedEntries)
            },
            Job(path: "sitemap.xml", fingerprint: sitemapFingerprint(entries: sitemap)) {
                Sitemap.render(sitemap)
            },
            Job(path: "robots.txt", fingerprint: fingerprint("robots")) {
                Sitemap.robots(sitemapURL: model.absolute(SitePaths.sitemap))
            },
        ]
    }

    /// The fingerprint of a file of kind `kind` showing the content fingerprinted by `parts`, in order.
    private func fingerprint(_ kind: String, _ parts: [Fingerprint?] = []) -> Fingerprint {
        var fingerprint = globals
        fingerprint.combine(kind)
        fingerprint.combine(parts.count)
        for part in parts { fingerprint.combine(part) }
        return fingerprint
    }

    private func fingerprint(_ kind: String, _ name: String, _ parts: [Fingerprint?] = []) -> Fingerprint {
        fingerprint(kind + "/" + name, parts)
    }

    private var showDiscussions: Bool { model.audience == .members || config.site.showDiscussions }

    private func title(_ key: String) -> String { model.strings[key] ?? key }

    func pages(tags: [TagGroup]) -> [Page] {
        var pages: [Page] = [home()]
        for (index, issue) in issues.enumerated() {
            pages.append(issuePage(issue, previous: issues[safe: index + 1], next: issues[safe: index - 1]))
        }
        let issuesByID = Dictionary(issues.map { ($0.issue.id, $0) }, uniquingKeysWith: { first, _ in first })
        pages += articles.map { articlePage($0, issue: $0.issueID.flatMap { issuesByID[$0] }) }
        pages += tagPages(tags)
        pages += archivePages()
        let model = self.model
        let searchTitle = title("search_title"), notFoundTitle = title("not_found_title")
        pages.append(Page(path: SitePaths.search, template: "search", fingerprint: fingerprint("search")) {
            model.root([
                "page": model.page(title: searchTitle, path: SitePaths.search, description: "",
                                   extra: ["index_path": .string(SitePaths.searchIndex)]),
            ])
        })
        pages.append(Page(path: SitePaths.notFound, template: "404", fingerprint: fingerprint("404")) {
            model.root(["page": model.page(title: notFoundTitle, path: SitePaths.notFound, description: "")])
        })
        return pages
    }

    private func home() -> Page {
        let latestIssue = issues.first
        let recentIssues = Array(issues.dropFirst().prefix(5))
        let (model, config, showDiscussions) = (self.model, self.config, self.showDiscussions)
        // The latest issue is shown in full: its editorial and discussions are in the outline.
        let latestShown = [latestIssue?.issue.fingerprint, showDiscussions ? latestIssue?.digestFingerprint : nil]
        let outline = Outline(
            fingerprint: fingerprint("home-outline", [latestIssue?.outlineFingerprint] + latestShown
                                     + recentIssues.map(\.outlineFingerprint)),
            covers: latestShown.compactMap { $0?.value })
        return Page(path: SitePaths.home, template: "home",
                    fingerprint: fingerprint("home", [latestIssue?.fingerprint] + recentIssues.map(\.fingerprint)),
                    outline: outline) {
            let recent = recentIssues.map { model.issue($0, showDiscussions: false) }
            var extra: [String: TemplateValue] = ["recent": .array(recent), "has_recent": .bool(!recent.isEmpty)]
            if let latestIssue { extra["latest"] = model.issue(latestIssue, showDiscussions: showDiscussions) }
            return model.root([
                "page": model.page(title: config.title, path: SitePaths.home, description: config.description, extra: extra),
            ])
        }
    }

    private func issuePage(_ issue: RenderedIssue, previous: RenderedIssue?, next: RenderedIssue?) -> Page {
        let (year, week) = issue.issue.urlComponents
        let path = SitePaths.issue(year: year, week: week)
        let (model, showDiscussions) = (self.model, self.showDiscussions)
        let shown = [issue.issue.fingerprint, showDiscussions ? issue.digestFingerprint : nil]
        let outline = Outline(
            fingerprint: fingerprint("issue-outline", path, [issue.outlineFingerprint] + shown
                                     + [previous?.outlineFingerprint, next?.outlineFingerprint]),
            covers: shown.compactMap { $0?.value })
        return Page(path: path, template: "issue",
                    fingerprint: fingerprint("issue", path, [issue.fingerprint, previous?.fingerprint, next?.fingerprint]),
                    outline: outline) {
            let value = model.issue(issue, showDiscussions: showDiscussions)
            var extra: [String: TemplateValue] = ["issue": value]
            if let previous { extra["previous"] = model.issue(previous, showDiscussions: false) }
            if let next { extra["next"] = model.issue(next, showDiscussions: false) }
            return model.root([
                "page": model.page(title: issue.issue.title, path: path, description: issue.issue.preheader, extra: extra),
                "issue": value,
            ])
        }
    }

    private func articlePage(_ article: RenderedArticle, issue: RenderedIssue?) -> Page {
        let path = SitePaths.article(article.article.slug)
        let model = self.model
        return Page(path: path, template: "article",
                    fingerprint: fingerprint("article", path, [article.fingerprint, issue?.fingerprint]),
                    outline: Outline(fingerprint: fingerprint("article-outline", path, [article.fingerprint, issue?.outlineFingerprint]),
                                     covers: [article.fingerprint.value])) {
            var extra: [String: TemplateValue] = ["article": model.article(article)]
            if let issue { extra["issue"] = model.issue(issue, showDiscussions: false) }
            return model.root([
                "page": model.page(title: article.article.title, path: path, description: article.article.summary ?? "",
                                   ogType: "article", language: article.article.language, extra: extra),
            ], language: article.article.language)
        }
    }

    /// A tag, with its articles newest first.
    typealias TagGroup = (slug: String, name: String, articles: [RenderedArticle])

    /// Tags in a stable order: by slug.
    private var tagGroups: [TagGroup] {
        var groups: [String: (name: String, articles: [RenderedArticle])] = [:]
        // Thousands of articles share a few hundred tags: each tag's slug is made once.
        var slugs: [String: String] = [:]
        for article in articles {
            for tag in article.article.tags {
                let slug = slugs[tag] ?? {
                    let slug = Slug.make(tag)
                    slugs[tag] = slug
                    return slug
                }()
                groups[slug, default: (tag, [])].articles.append(article)
            }
        }
        return groups.keys.sorted().compactMap { slug in groups[slug].map { (slug, $0.name, $0.articles) } }
    }

    private func tagPages(_ groups: [TagGroup]) -> [Page] {
        let model = self.model
        var pages = groups.map { group in
            let path = SitePaths.tag(group.slug)
            let name = group.slug + "/" + group.name
            return Page(path: path, template: "tag", fingerprint: fingerprint("tag", name, group.articles.map(\.fingerprint)),
                        outline: Outline(fingerprint: fingerprint("tag-outline", name, group.articles.map(\.outlineFingerprint)))) {
                model.root([
                    "page": model.page(
                        title: group.name, path: path, description: "",
                        extra: ["tag": ["name": .string(group.name), "slug": .string(group.slug)],
                                "articles": .array(group.articles.map { model.article($0) })]),
                ])
            }
        }
        let index: [TemplateValue] = groups.map {
            ["name": .string($0.name), "slug": .string($0.slug), "path": .string(SitePaths.tag($0.slug)),
             "url": .string(SitePaths.tag($0.slug)), "count": .int($0.articles.count)]
        }
        var indexFingerprint = Fingerprint()
        for group in groups {
            indexFingerprint.combine(group.slug)
            indexFingerprint.combine(group.name)
            indexFingerprint.combine(group.articles.count)
        }
        let tagsTitle = title("tags_title")
        pages.append(Page(path: SitePaths.tags, template: "tags", fingerprint: fingerprint("tags", [indexFingerprint])) {
            model.root([
                "page": model.page(title: tagsTitle, path: SitePaths.tags, description: "", extra: ["tags": .array(index)]),
            ])
        })
        return pages
    }

    /// The archive: issues newest first, grouped by year within each page.
    private func archivePages() -> [Page] {
        let model = self.model
        let archiveTitle = title("archive_title")
        return Pagination.pages(issues, perPage: config.site.perPage).map { pagination, slice in
            let path = SitePaths.archivePage(pagination.current)
            let slice = Array(slice)
            var position = Fingerprint()
            position.combine(pagination.current)
            position.combine(pagination.total)
            return Page(path: path, template: "archive",
                        fingerprint: fingerprint("archive", path, [position] + slice.map(\.fingerprint)),
                        outline: Outline(fingerprint: fingerprint("archive-outline", path, [position] + slice.map(\.outlineFingerprint)))) {
                Self.archiveValue(model: model, title: archiveTitle, path: path, pagination: pagination, slice: slice)
            }
        }
    }

    private static func archiveValue(model: ViewModelBuilder, title: String, path: String, pagination: Pagination,
                                     slice: [RenderedIssue]) -> TemplateValue {
        var years: [(String, [TemplateValue])] = []
        for issue in slice {
            let year = DateFormatting.year(issue.issue.date)
            let value = model.issue(issue, showDiscussions: false)
            if years.last?.0 == year { years[years.count - 1].1.append(value) } else { years.append((year, [value])) }
        }
        var paging: [String: TemplateValue] = [
            "current": .int(pagination.current), "total": .int(pagination.total),
            "has_pages": .bool(pagination.total > 1),
        ]
        if pagination.current > 1 { paging["previous_path"] = .string(SitePaths.archivePage(pagination.current - 1)) }
        if pagination.current < pagination.total { paging["next_path"] = .string(SitePaths.archivePage(pagination.current + 1)) }
        return model.root([
            "page": model.page(
                title: title, path: path, description: "",
                extra: ["years": .array(years.map { ["year": .string($0.0), "issues": .array($0.1)] }),
                        "pagination": .object(paging)]),
        ])
    }

    private func channel(_ feedPath: String) -> FeedChannel {
        FeedChannel(title: config.title, description: config.description, homeURL: model.absolute("/"),
                    feedURL: model.absolute(feedPath), language: config.language.tag, author: config.sender.name)
    }

    /// The newest issues, with their full content.
    private var feedEntries: [FeedEntry] {
        issues.prefix(config.site.feedLimit).map { rendered in
            let issue = rendered.issue
            let (year, week) = issue.urlComponents
            let visible = rendered.articles.filter { model.isVisible($0.article) }
            let content = rendered.editorial.html + visible.map {
                "<h2>\(XMLText.escape($0.article.title))</h2>\n" + $0.body.html
            }.joined(separator: "\n")
            return FeedEntry(
                id: issue.id, title: issue.title, url: model.absolute(SitePaths.issue(year: year, week: week)),
                published: issue.date, updated: issue.date, summary: issue.preheader, contentHTML: content,
                tags: Array(Set(visible.flatMap(\.article.tags))).sorted())
        }
    }

    /// The sitemap shows URLs and dates only: editing an article's text leaves it as it is.
    private func sitemapFingerprint(entries: [Sitemap.Entry]) -> Fingerprint {
        var fingerprint = fingerprint("sitemap")
        fingerprint.combine(entries.count)
        for entry in entries {
            fingerprint.combine(entry.url)
            fingerprint.combine(entry.lastModified != nil)
            if let date = entry.lastModified {
                fingerprint.combine(Int(truncatingIfNeeded: date.timeIntervalSinceReferenceDate.bitPattern))
            }
        }
        return fingerprint
    }

    private func sitemapEntries(tags: [TagGroup]) -> [Sitemap.Entry] {
        var entries = [Sitemap.Entry(url: model.absolute("/"), lastModified: issues.first?.issue.date)]
        for issue in issues {
            let (year, week) = issue.issue.urlComponents
            entries.append(.init(url: model.absolute(SitePaths.issue(year: year, week: week)), lastModified: issue.issue.date))
        }
        entries += articles.map { .init(url: model.absolute(SitePaths.article($0.article.slug)), lastModified: $0.article.date) }
        entries += tags.map { .init(url: model.absolute(SitePaths.tag($0.slug)), lastModified: nil) }
        entries += [SitePaths.archive, SitePaths.tags, SitePaths.search].map { .init(url: model.absolute($0), lastModified: nil) }
        return entries
    }

    /// A document of the search index, made only when its part is.
    private struct SearchDocument: Sendable {
        var path: String
        /// The fingerprint of everything indexed for it: the previous build's terms of a document with the same
        /// key are reused, untokenized, its text undecoded.
        var key: Fingerprint
        var document: @Sendable () -> SearchIndex.Document
        var text: @Sendable () -> String
    }

    /// Every issue, then every article.
    private func searchDocuments() -> [SearchDocument] {
        let showDiscussions = self.showDiscussions
        let issueDocuments = issues.map { issue in
            let (year, week) = issue.issue.urlComponents
            let path = SitePaths.issue(year: year, week: week)
            // Indexed: the issue's file (front matter and editorial) and the discussions, not its articles' files.
            let indexed = [issue.issue.fingerprint, showDiscussions ? issue.digestFingerprint : nil]
            return SearchDocument(path: path, key: fingerprint("search/issue", indexed)) {
                .init(title: issue.issue.title, path: path, date: DateFormatting.iso(issue.issue.date),
                      summary: issue.issue.preheader, kind: "issue")
            } text: {
                var text = issue.editorial.plainText
                if showDiscussions, let digest = issue.digest {
                    text += " " + digest.threads.flatMap { [$0.title] + $0.posts.map(\.markdown) }.joined(separator: " ")
                }
                return text
            }
        }
        return issueDocuments + articles.map { article in
            let path = SitePaths.article(article.article.slug)
            return SearchDocument(path: path, key: fingerprint("search/article", [article.fingerprint])) {
                .init(title: article.article.title, path: path, date: DateFormatting.iso(article.article.date),
                      summary: article.article.summary ?? "", kind: "article")
            } text: {
                article.body.plainText + " " + article.article.tags.joined(separator: " ")
            }
        }
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
