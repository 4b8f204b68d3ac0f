import Diagnostics
import Foundation
import Site
import Templates

/// Renders the archive site: every page through the theme's templates, then feeds, sitemap, search index
/// and assets. Pages are keyed by their file path under `site/`.
struct SiteGenerator {
    let config: SiteConfig
    let theme: Theme
    let engine: TemplateEngine
    let model: ViewModelBuilder
    let issues: [RenderedIssue]
    /// Every article that has a page (published, visible to the audience), newest first.
    let articles: [RenderedArticle]

    struct Page: Sendable {
        var path: String
        var template: String
        var value: TemplateValue
    }

    func generate(into tree: inout OutputTree, prefix: String) throws -> (pages: Int, htmlPages: [(path: String, html: String)]) {
        var htmlPages: [(path: String, html: String)] = []
        let pages = pages()
        let engine = self.engine
        let renders = try pages.concurrentMap { try engine.render($0.template, $0.value) }
        for (page, html) in zip(pages, renders) {
            let file = SitePaths.file(for: page.path)
            tree.add(prefix + file, html)
            htmlPages.append((file, html))
        }
        for (path, data) in theme.assets() where path != "email.css" {
            tree.add(prefix + "assets/" + path, data)
        }
        tree.add(prefix + "feed.xml", AtomFeed.render(channel: channel(SitePaths.atomFeed), entries: feedEntries))
        tree.add(prefix + "feed.json", JSONFeed.render(channel: channel(SitePaths.jsonFeed), entries: feedEntries))
        tree.add(prefix + "sitemap.xml", Sitemap.render(sitemapEntries))
        tree.add(prefix + "robots.txt", Sitemap.robots(sitemapURL: model.absolute(SitePaths.sitemap)))
        tree.add(prefix + "search-index.json", searchIndex().json())
        return (htmlPages.count, htmlPages)
    }

    private var showDiscussions: Bool { model.audience == .members || config.site.showDiscussions }

    private func title(_ key: String) -> String { model.strings[key] ?? key }

    func pages() -> [Page] {
        var pages: [Page] = [home()]
        for (index, issue) in issues.enumerated() {
            pages.append(issuePage(issue, previous: issues[safe: index + 1], next: issues[safe: index - 1]))
        }
        pages += articles.map(articlePage)
        pages += tagPages()
        pages += archivePages()
        pages.append(Page(path: SitePaths.search, template: "search", value: model.root([
            "page": model.page(title: title("search_title"), path: SitePaths.search, description: "",
                               extra: ["index_path": .string(SitePaths.searchIndex)]),
        ])))
        pages.append(Page(path: SitePaths.notFound, template: "404", value: model.root([
            "page": model.page(title: title("not_found_title"), path: SitePaths.notFound, description: ""),
        ])))
        return pages
    }

    private func home() -> Page {
        let latest = issues.first.map { model.issue($0, showDiscussions: showDiscussions) }
        let recent = issues.dropFirst().prefix(5).map { model.issue($0, showDiscussions: false) }
        var extra: [String: TemplateValue] = ["recent": .array(Array(recent)), "has_recent": .bool(!recent.isEmpty)]
        if let latest { extra["latest"] = latest }
        return Page(path: SitePaths.home, template: "home", value: model.root([
            "page": model.page(title: config.title, path: SitePaths.home, description: config.description, extra: extra),
        ]))
    }

    private func issuePage(_ issue: RenderedIssue, previous: RenderedIssue?, next: RenderedIssue?) -> Page {
        let value = model.issue(issue, showDiscussions: showDiscussions)
        let path = value["path"].flatMap { if case .string(let s) = $0 { s } else { nil } } ?? "/"
        var extra: [String: TemplateValue] = ["issue": value]
        if let previous { extra["previous"] = model.issue(previous, showDiscussions: false) }
        if let next { extra["next"] = model.issue(next, showDiscussions: false) }
        return Page(path: path, template: "issue", value: model.root([
            "page": model.page(title: issue.issue.title, path: path, description: issue.issue.preheader, extra: extra),
            "issue": value,
        ]))
    }

    private func articlePage(_ article: RenderedArticle) -> Page {
        let path = SitePaths.article(article.article.slug)
        var extra: [String: TemplateValue] = ["article": model.article(article)]
        if let issueID = article.issueID, let issue = issues.first(where: { $0.issue.id == issueID }) {
            extra["issue"] = model.issue(issue, showDiscussions: false)
        }
        return Page(path: path, template: "article", value: model.root([
            "page": model.page(title: article.article.title, path: path, description: article.article.summary ?? "",
                               ogType: "article", language: article.article.language, extra: extra),
        ], language: article.article.language))
    }

    /// Tags in a stable order: by slug.
    private var tagGroups: [(slug: String, name: String, articles: [RenderedArticle])] {
        var groups: [String: (name: String, articles: [RenderedArticle])] = [:]
        for article in articles {
            for tag in article.article.tags {
                let slug = Slug.make(tag)
                groups[slug, default: (tag, [])].articles.append(article)
            }
        }
        return groups.keys.sorted().compactMap { slug in groups[slug].map { (slug, $0.name, $0.articles) } }
    }

    private func tagPages() -> [Page] {
        let groups = tagGroups
        var pages = groups.map { group in
            Page(path: SitePaths.tag(group.slug), template: "tag", value: model.root([
                "page": model.page(
                    title: group.name, path: SitePaths.tag(group.slug), description: "",
                    extra: ["tag": ["name": .string(group.name), "slug": .string(group.slug)],
                            "articles": .array(group.articles.map { model.article($0) })]),
            ]))
        }
        let index: [TemplateValue] = groups.map {
            ["name": .string($0.name), "slug": .string($0.slug), "path": .string(SitePaths.tag($0.slug)),
             "url": .string(SitePaths.tag($0.slug)), "count": .int($0.articles.count)]
        }
        pages.append(Page(path: SitePaths.tags, template: "tags", value: model.root([
            "page": model.page(title: title("tags_title"), path: SitePaths.tags, description: "",
                               extra: ["tags": .array(index)]),
        ])))
        return pages
    }

    /// The archive: issues newest first, grouped by year within each page.
    private func archivePages() -> [Page] {
        Pagination.pages(issues, perPage: config.site.perPage).map { pagination, slice in
            var years: [(String, [TemplateValue])] = []
            for issue in slice {
                let year = DateFormatting.year(issue.issue.date)
                let value = model.issue(issue, showDiscussions: false)
                if years.last?.0 == year { years[years.count - 1].1.append(value) } else { years.append((year, [value])) }
            }
            let path = SitePaths.archivePage(pagination.current)
            var paging: [String: TemplateValue] = [
                "current": .int(pagination.current), "total": .int(pagination.total),
                "has_pages": .bool(pagination.total > 1),
            ]
            if pagination.current > 1 { paging["previous_path"] = .string(SitePaths.archivePage(pagination.current - 1)) }
            if pagination.current < pagination.total { paging["next_path"] = .string(SitePaths.archivePage(pagination.current + 1)) }
            return Page(path: path, template: "archive", value: model.root([
                "page": model.page(
                    title: title("archive_title"), path: path, description: "",
                    extra: ["years": .array(years.map { ["year": .string($0.0), "issues": .array($0.1)] }),
                            "pagination": .object(paging)]),
            ]))
        }
    }

    private func channel(_ feedPath: String) -> FeedChannel {
        FeedChannel(title: config.title, description: config.description, homeURL: model.absolute("/"),
                    feedURL: model.absolute(feedPath), language: config.language.tag, author: config.sender.name)
    }

    private var feedEntries: [FeedEntry] {
        issues.map { rendered in
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

    private var sitemapEntries: [Sitemap.Entry] {
        var entries = [Sitemap.Entry(url: model.absolute("/"), lastModified: issues.first?.issue.date)]
        for issue in issues {
            let (year, week) = issue.issue.urlComponents
            entries.append(.init(url: model.absolute(SitePaths.issue(year: year, week: week)), lastModified: issue.issue.date))
        }
        entries += articles.map { .init(url: model.absolute(SitePaths.article($0.article.slug)), lastModified: $0.article.date) }
        entries += tagGroups.map { .init(url: model.absolute(SitePaths.tag($0.slug)), lastModified: nil) }
        entries += [SitePaths.archive, SitePaths.tags, SitePaths.search].map { .init(url: model.absolute($0), lastModified: nil) }
        return entries
    }

    private func searchIndex() -> SearchIndex {
        var index = SearchIndex()
        for issue in issues {
            let (year, week) = issue.issue.urlComponents
            var text = issue.editorial.plainText
            if showDiscussions, let digest = issue.digest {
                text += " " + digest.threads.flatMap { [$0.title] + $0.posts.map(\.markdown) }.joined(separator: " ")
            }
            index.add(.init(title: issue.issue.title, path: SitePaths.issue(year: year, week: week),
                            date: DateFormatting.iso(issue.issue.date), summary: issue.issue.preheader, kind: "issue"),
                      text: text)
        }
        for article in articles {
            index.add(.init(title: article.article.title, path: SitePaths.article(article.article.slug),
                            date: DateFormatting.iso(article.article.date), summary: article.article.summary ?? "",
                            kind: "article"),
                      text: article.body.plainText + " " + article.article.tags.joined(separator: " "))
        }
        return index
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
