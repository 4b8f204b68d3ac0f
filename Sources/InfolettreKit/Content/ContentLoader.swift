import Diagnostics
import Foundation
import YAML

/// Loads and validates a whole project: config, articles, issues and their cross references.
/// Every problem becomes a located diagnostic; loading fails only after collecting them all.
public struct ContentLoader: Sendable {
    public var layout: ProjectLayout
    /// Whether draft articles may be published (`build --drafts`).
    public var includeDrafts: Bool
    /// Files parsed by earlier builds in this process, reused when their bytes are the same.
    var cache: BuildCache?
    /// What the last build learnt of each file, reused for the files unchanged on disk since.
    var snapshot = SourceSnapshot()

    public init(layout: ProjectLayout, includeDrafts: Bool = false) {
        self.layout = layout
        self.includeDrafts = includeDrafts
    }

    static let articleKeys: Set<String> = [
        "title", "date", "tags", "summary", "authors", "draft", "visibility", "partner", "professions", "lang",
        // Aliases from Hugo and Jekyll, mapped onto the keys above.
        "author", "description", "excerpt", "published", "slug",
    ]
    /// Hugo and Jekyll keys with no meaning here: accepted silently so existing posts migrate as they are.
    static let foreignKeys: Set<String> = [
        "layout", "categories", "lastmod", "weight", "aliases", "images", "image", "keywords", "permalink", "type",
        "url", "toc", "comments", "publishDate", "expiryDate", "series", "featured_image", "sitemap", "menu", "math",
        "showToc", "cover", "translationKey", "isCJKLanguage", "linkTitle", "headless", "outputs", "resources",
    ]
    static let issueKeys: Set<String> = ["title", "number", "date", "articles", "discussions", "subject", "preheader"]

    /// Loads the project; warnings are returned with it, errors thrown together.
    public func load() throws(DiagnosticsError) -> (Project, [Diagnostic]) {
        let loaded = try loadWithSnapshot()
        return (loaded.project, loaded.warnings)
    }

    /// Loads the project, and the snapshot of its content files for the next build.
    func loadWithSnapshot() throws(DiagnosticsError) -> (project: Project, warnings: [Diagnostic], snapshot: SourceSnapshot) {
        guard FileManager.default.fileExists(atPath: layout.configFile.path) else {
            throw DiagnosticsError([.error(
                "no \(ConfigLoader.fileName) in \(layout.root.path)", file: ConfigLoader.fileName,
                hint: "run the command in a project folder, pass --root DIR, or create one with 'infolettre init'")])
        }
        var diagnostics: [Diagnostic] = []
        var config: SiteConfig?
        do {
            let (loaded, warnings) = try ConfigLoader.load(
                from: layout.configFile, displayPath: layout.displayPath(layout.configFile))
            config = loaded
            diagnostics += warnings
        } catch { diagnostics += error.diagnostics }

        // The last build's snapshot, updated where files changed: most entries stay as they are.
        var snapshot = self.snapshot
        var present: [String] = []
        let articles = loadAll(in: layout.articlesDirectory, diagnostics: &diagnostics, snapshot: &snapshot,
                               present: &present) { text, stem, path, reader in
            parseArticle(text, stem: stem, displayPath: path, reader: &reader).map(ParsedSource.article)
        }.compactMap { if case .article(let article) = $0 { article } else { nil } }
        // An issue without a `discussions` key takes the export found beside it: the files present key it too.
        let exports = discussionExports()
        let issues = loadAll(in: layout.issuesDirectory, diagnostics: &diagnostics, snapshot: &snapshot,
                             present: &present, context: { exports[$0] ?? "" }) { text, stem, path, reader in
            parseIssue(text, stem: stem, displayPath: path, defaultDiscussions: exports[stem], reader: &reader)
                .map(ParsedSource.issue)
        }.compactMap { if case .issue(let issue) = $0 { issue } else { nil } }
        // Entries of files that are gone: rare enough to be found by counting first.
        if snapshot.entries.count != present.count { snapshot.keepOnly(Set(present)) }
        diagnostics += CrossReferenceValidator(layout: layout, includeDrafts: includeDrafts)
            .validate(articles: articles, issues: issues)

        guard let config, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw DiagnosticsError(diagnostics)
        }
        let project = Project(
            layout: layout, config: config,
            articles: Self.sorted(articles.filter { includeDrafts || !$0.draft }) { ($0.date, $1.slug) > ($1.date, $0.slug) },
            issues: Self.sorted(issues) { ($0.date, $0.id) > ($1.date, $1.id) })
        return (project, diagnostics, snapshot)
    }

    /// Reads and parses every Markdown file of `directory` on every core; results and diagnostics come in
    /// file-name order. Files unchanged on disk since the last build come from its snapshot, unread; the
    /// files that parsed cleanly are recorded in `snapshot` for the next one, and their paths added to `present`.
    /// `context` gives what, besides the file's bytes, its parse depends on.
    private func loadAll(
        in directory: URL, diagnostics: inout [Diagnostic], snapshot: inout SourceSnapshot, present: inout [String],
        context: @escaping @Sendable (String) -> String = { _ in "" },
        parse: @escaping @Sendable (String, String, String, inout FieldReader) -> ParsedSource?
    ) -> [ParsedSource] {
        let cache = self.cache, previous = self.snapshot
        // Paths as strings: building a URL per file cost more than parsing its front matter.
        let folder = directory.path, displayFolder = layout.displayPath(directory)
        let names = markdownFiles(in: directory)
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if folderDescriptor >= 0 { close(folderDescriptor) } }
        let results = names.concurrentMap { name -> (ParsedFile, SourceSnapshot.Entry?, displayPath: String, isKept: Bool) in
            let displayPath = displayFolder + "/" + name, path = folder + "/" + name
            let stem = String(name.dropLast(3))
            let context = context(stem)
            // The identity is taken before reading: a file changing meanwhile is read again next time.
            let identity = FileIdentity(name: name, in: folderDescriptor)
            if let identity, let entry = previous[displayPath], entry.identity == identity, entry.context == context {
                let source = entry.source.withBody(MarkdownSource(deferredFrom: path, length: entry.bodyLength))
                return (ParsedFile(source: source, diagnostics: []), entry, displayPath, true)
            }
            let data: Data
            do throws(DiagnosticsError) { data = try SourceFile.readData(atPath: path, displayPath: displayPath) } catch {
                return (ParsedFile(source: nil, diagnostics: error.diagnostics), nil, displayPath, false)
            }
            let load = { () -> ParsedFile in
                do throws(DiagnosticsError) {
                    let text = try SourceFile.decode(data, displayPath: displayPath)
                    var reader = FieldReader(file: displayPath)
                    let source = parse(text, stem, displayPath, &reader)
                    return ParsedFile(source: source, diagnostics: reader.diagnostics)
                } catch {
                    return ParsedFile(source: nil, diagnostics: error.diagnostics)
                }
            }
            // The in-process cache is keyed by the file's bytes: hashed only when there is one.
            let parsed = cache.map { cache in
                var key = Fingerprint(displayPath, context)
                data.withUnsafeBytes { key.combine(bytes: $0) }
                return cache.parsed(key, orParse: load)
            } ?? load()
            guard let identity, let source = parsed.source, parsed.diagnostics.isEmpty else {
                return (parsed, nil, displayPath, false)
            }
            let entry = SourceSnapshot.Entry(identity: identity, context: context, source: source,
                                             bodyLength: source.body.text.utf8.count)
            return (parsed, entry, displayPath, false)
        }
        for result in results where !result.isKept { snapshot[result.displayPath] = result.1 }
        present += results.lazy.filter { $0.1 != nil }.map(\.displayPath)
        diagnostics += results.flatMap { $0.0.diagnostics }
        return results.compactMap { $0.0.source }
    }

    /// `values` sorted by `isBefore`, comparing them in place: sorting thousands of articles directly copied
    /// them, with their many strings, at every comparison.
    private static func sorted<Value>(_ values: [Value], by isBefore: (borrowing Value, borrowing Value) -> Bool) -> [Value] {
        values.indices.sorted { isBefore(values[$0], values[$1]) }.map { values[$0] }
    }

    /// The names of the `.md` files directly in `directory`, sorted so builds are deterministic. Read with
    /// `readdir`: listing thousands of files through `FileManager` showed in every build.
    private func markdownFiles(in directory: URL) -> [String] {
        guard let stream = opendir(directory.path) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
            if name.hasSuffix(".md") && !name.hasPrefix(".") && name != "README.md" { names.append(name) }
        }
        return names.sorted()
    }

    private func frontMatter(_ text: String, reader: inout FieldReader) -> (YAMLMapping, SourceLocation, String, Int)? {
        let split: (yaml: YAMLNode?, body: String, bodyStartLine: Int)
        do { split = try FrontMatter.split(text) } catch {
            reader.append(error)
            return nil
        }
        guard let yaml = split.yaml else {
            reader.error("missing front matter", at: SourceLocation(line: 1, column: 1),
                         hint: "start the file with a '---' line, the YAML keys, then another '---' line")
            return nil
        }
        guard let fields = reader.rootMapping(yaml, what: "the front matter") else { return nil }
        return (fields, yaml.location, split.body, split.bodyStartLine)
    }

    private func parseArticle(_ text: String, stem: String, displayPath: String, reader: inout FieldReader) -> Article? {
        guard let (fields, location, body, bodyStartLine) = frontMatter(text, reader: &reader) else { return nil }
        reader.checkKeys(fields, allowed: Self.articleKeys, ignored: Self.foreignKeys, context: "the front matter")
        let slug = reader.nonEmptyString(fields, "slug") ?? stem
        if !Slug.isValid(slug) {
            reader.error("'\(slug)' is not a valid slug", at: fields["slug"]?.location ?? location,
                         hint: "use lowercase letters, digits and hyphens, e.g. '\(Slug.make(slug))'")
        }
        let title = reader.nonEmptyString(fields, "title", required: true, at: location)
        let date = reader.date(fields, "date", required: true, at: location)
        let visibility = visibilityValue(fields, reader: &reader)
        let language = languageValue(fields, reader: &reader)
        let published = reader.bool(fields, "published") ?? true
        guard let title, let date else { return nil }
        return Article(
            slug: slug, path: displayPath, title: title, date: date,
            tags: uniqueTags(reader.strings(fields, "tags") ?? []),
            summary: reader.string(fields, "summary") ?? reader.string(fields, "description") ?? reader.string(fields, "excerpt"),
            authors: (reader.strings(fields, "authors") ?? []) + (reader.strings(fields, "author") ?? []),
            draft: (reader.bool(fields, "draft") ?? false) || !published,
            visibility: visibility ?? .public,
            partner: reader.nonEmptyString(fields, "partner"),
            professions: reader.strings(fields, "professions") ?? [],
            language: language, body: MarkdownSource(body), bodyStartLine: bodyStartLine,
            fingerprint: Fingerprint(displayPath, text),
            metadataFingerprint: Self.metadataFingerprint(of: text, body: body, displayPath: displayPath))
    }

    private func parseIssue(_ text: String, stem: String, displayPath: String, defaultDiscussions: String?,
                            reader: inout FieldReader) -> Issue? {
        guard let (fields, location, body, bodyStartLine) = frontMatter(text, reader: &reader) else { return nil }
        reader.checkKeys(fields, allowed: Self.issueKeys, context: "the front matter")
        guard Issue.isValidID(stem) else {
            reader.error("issue file name '\(stem)' is not an issue id", at: SourceLocation(line: 1, column: 1),
                         hint: "name issues by year and ISO week, e.g. content/issues/2026-48.md")
            return nil
        }
        let number = reader.int(fields, "number", in: 1...1_000_000)
        if fields["number"] == nil { reader.error("missing required key 'number'", at: location) }
        let date = reader.date(fields, "date", required: true, at: location)
        let articles = articleReferences(fields, reader: &reader)
        let discussions = reader.nonEmptyString(fields, "discussions")
        guard let number, let date else { return nil }
        let title = reader.nonEmptyString(fields, "title") ?? "n° \(number)"
        return Issue(
            id: stem, path: displayPath, title: title, number: number, date: date, articles: articles,
            discussionsPath: discussions ?? defaultDiscussions,
            subject: reader.nonEmptyString(fields, "subject") ?? title,
            preheader: reader.string(fields, "preheader") ?? "",
            editorial: MarkdownSource(body), bodyStartLine: bodyStartLine, fingerprint: Fingerprint(displayPath, text),
            metadataFingerprint: Self.metadataFingerprint(of: text, body: body, displayPath: displayPath))
    }

    /// The digest of the path and of the file's text before `body`, which ends it: its front matter.
    private static func metadataFingerprint(of text: String, body: String, displayPath: String) -> Fingerprint {
        Fingerprint(displayPath, String(Substring(text.utf8.dropLast(body.utf8.count))))
    }

    /// Issue id → its default export, `content/discussions/<id>.json` or, failing that, `<id>.jsonl`: one
    /// listing of the folder rather than two lookups per issue.
    private func discussionExports() -> [String: String] {
        let folder = layout.discussionsDirectory
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        let displayFolder = layout.displayPath(folder)
        var exports: [String: String] = [:]
        for fileExtension in ["jsonl", "json"] {
            for name in names where name.hasSuffix("." + fileExtension) {
                exports[String(name.dropLast(fileExtension.count + 1))] = displayFolder + "/" + name
            }
        }
        return exports
    }

    private func articleReferences(_ fields: YAMLMapping, reader: inout FieldReader) -> [Issue.ArticleReference] {
        guard let node = fields["articles"], !node.isNull else { return [] }
        guard case .sequence(let items) = node.value else {
            reader.error("'articles' must be a list of article slugs", at: node.location,
                         hint: "articles: [premier-article, second-article]")
            return []
        }
        return items.compactMap { item in
            guard let slug = try? item.string() else {
                reader.error("an article reference must be a slug", at: item.location)
                return nil
            }
            return Issue.ArticleReference(slug: slug, location: item.location)
        }
    }

    private func visibilityValue(_ fields: YAMLMapping, reader: inout FieldReader) -> Article.Visibility? {
        guard let raw = reader.string(fields, "visibility") else { return nil }
        guard let visibility = Article.Visibility(rawValue: raw) else {
            reader.error("unknown visibility '\(raw)'", at: fields["visibility"]?.location,
                         hint: "use 'public' or 'members'")
            return nil
        }
        return visibility
    }

    private func languageValue(_ fields: YAMLMapping, reader: inout FieldReader) -> ContentLanguage? {
        guard let raw = reader.string(fields, "lang") else { return nil }
        let primary = raw.lowercased().split(separator: "-").first.map(String.init) ?? raw
        guard let language = ContentLanguage(rawValue: primary) else {
            reader.error("unsupported language '\(raw)'", at: fields["lang"]?.location, hint: "use 'fr' or 'en'")
            return nil
        }
        return language
    }

    private func uniqueTags(_ tags: [String]) -> [String] {
        var seen: Set<String> = []
        return tags.map(\.trimmingSpaces)
            .filter { !$0.isEmpty && seen.insert(Slug.make($0)).inserted }
    }
}

/// A parsed content file.
enum ParsedSource: Sendable {
    case article(Article)
    case issue(Issue)

    /// The article's body or the issue's editorial.
    var body: MarkdownSource {
        switch self {
        case .article(let article): article.body
        case .issue(let issue): issue.editorial
        }
    }

    func withBody(_ body: MarkdownSource) -> ParsedSource {
        switch self {
        case .article(var article):
            article.body = body
            return .article(article)
        case .issue(var issue):
            issue.editorial = body
            return .issue(issue)
        }
    }
}

/// What reading one content file gave: its content when it parsed, and its diagnostics.
struct ParsedFile: Sendable {
    var source: ParsedSource?
    var diagnostics: [Diagnostic]
}
