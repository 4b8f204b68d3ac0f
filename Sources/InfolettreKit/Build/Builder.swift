import Diagnostics
import Foundation
import Privacy
import Site
import Templates

/// The orchestrator: load → validate → theme → discussions → render → email → site → verify → write.
/// Each stage is a module of its own; this type only composes them and reports progress.
public struct Builder {
    public var options: BuildOptions
    public var console: Console
    /// Results of earlier builds in this process, for incremental rebuilds (the preview server).
    public var cache: BuildCache?

    public init(options: BuildOptions, console: Console, cache: BuildCache? = nil) {
        self.options = options
        self.console = console
        self.cache = cache
    }

    /// What a successful build produced.
    public struct Result: Sendable {
        public var output: URL
        public var fileCount: Int
        public var byteCount: Int
        public var warnings: [Diagnostic]
    }

    /// The site templates every theme must provide.
    static let requiredTemplates = [
        "email.html", "email.txt", "layout", "home", "issue", "article", "tag", "tags", "archive", "search", "404",
    ]

    /// Builds everything into memory, verifies it, then swaps it into the output folder.
    /// Throws every error found; the previous output is untouched on failure.
    public func build() throws(DiagnosticsError) -> Result {
        do {
            return try runStages()
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as any DiagnosticConvertible {
            throw DiagnosticsError([error.diagnostic(file: nil)])
        } catch {
            throw DiagnosticsError([.error("\(error)")])
        }
    }

    private func runStages() throws -> Result {
        var timer = StageTimer(console: console)
        let layout = ProjectLayout(root: options.root)
        var warnings: [Diagnostic] = []

        let project = try timer.run("load") {
            var loader = ContentLoader(layout: layout, includeDrafts: options.includeDrafts)
            loader.cache = cache
            let (project, loadWarnings) = try loader.load()
            warnings += loadWarnings
            console.report(loadWarnings)
            return (project, "\(counted(project.articles.count, "article")), \(counted(project.issues.count, "issue"))")
        }
        if let issueID = options.issueID, !project.issues.contains(where: { $0.id == issueID }) {
            throw DiagnosticsError([.error("no issue '\(issueID)'", file: "content/issues/\(issueID).md",
                                           hint: Suggestion.closest(to: issueID, among: project.issues.map(\.id)).map { "did you mean '\($0)'?" })])
        }
        let themeKit = try timer.run("theme") {
            let kit = try ThemeKit.load(project: project)
            return (kit, "\(kit.theme.chain.joined(separator: " → ")), \(counted(kit.theme.templateNames().count, "template"))")
        }
        let outcomes = try timer.run("discussions") {
            let stage = try DiscussionsStage(project: project)
            var outcomes: [String: DiscussionsOutcome] = [:]
            for issue in project.issues {
                if let outcome = try stage.run(for: issue) {
                    outcomes[issue.id] = outcome
                    console.progress("  \(issue.id) · \(outcome.summary)")
                }
            }
            let threads = outcomes.values.reduce(0) { $0 + $1.digest.threads.count }
            let removals = outcomes.values.reduce(0) { $0 + $1.removalCount }
            return (outcomes, "\(counted(outcomes.count, "export")), \(counted(threads, "thread")) selected, \(counted(removals, "removal")) of personal data")
        }
        let (issues, articles) = timer.run("render") {
            let rendered = render(project, digests: outcomes.mapValues(\.digest))
            return (rendered, "\(counted(rendered.1.count, "article")), \(counted(rendered.0.count, "editorial"))")
        }

        let output = options.output ?? layout.defaultOutputDirectory
        let previous = options.writesOutput ? cache?.previousBuild(for: output) : nil
        var tree = OutputTree()
        var emailWarnings: [Diagnostic] = []
        try timer.run("email") {
            let generator = themeKit.emailGenerator(config: project.config, newestYear: newestYear(project), cache: cache)
            let jobs = issues.filter { options.issueID == nil || options.issueID == $0.issue.id }.flatMap { issue in
                ([nil] + project.config.segments.map(Optional.some)).map { EmailJob(issue: issue, segment: $0) }
            }
            let bundles = try jobs.concurrentMap { try generator.bundle(for: $0.issue, segment: $0.segment) }
            for (job, bundle) in zip(jobs, bundles) {
                let folder = "email/\(job.issue.issue.id)/" + (job.segment.map { "\($0.id)/" } ?? "")
                let bundleFingerprint = generator.fingerprint(job.issue, segment: job.segment)
                for (name, data) in bundle.files {
                    var fingerprint = bundleFingerprint
                    fingerprint.combine(name)
                    if !tree.reuse(folder + name, fingerprint: fingerprint, from: previous?.tree) {
                        tree.add(folder + name, data, fingerprint: fingerprint)
                    }
                }
                emailWarnings += bundle.checks.filter { $0.status != .passed }.map {
                    .warning("\($0.name): \($0.message)", file: "output/\(folder)email.html")
                }
            }
            return ((), counted(bundles.count, "bundle"))
        }
        console.report(emailWarnings)
        warnings += emailWarnings

        let site = try timer.run("site") {
            let visible = articles.filter { options.audience == .members || $0.article.visibility == .public }
            let generator = themeKit.siteGenerator(
                config: project.config, audience: options.audience, issues: issues, articles: visible,
                newestYear: newestYear(project))
            let generated = try generator.generate(into: &tree, prefix: "site/", previous: previous?.tree)
            let reused = generated.pageCount - generated.renderedPages.count
            return (generated, "\(counted(generated.pageCount, "page")) (\(options.audience.rawValue))"
                + (reused > 0 ? ", \(reused) unchanged" : ""))
        }
        for (issueID, outcome) in outcomes {
            tree.add("reports/\(issueID)/privacy.json", outcome.reportJSON)
            tree.add("reports/\(issueID)/stats.json", outcome.statsJSON)
        }

        let leakScanner = LeakCheck.scanner(of: outcomes.sorted { $0.key < $1.key }.map(\.value))
        try timer.run("verify") {
            let checked = try verify(tree, renderedPages: site.renderedPages, project: project, leakScanner: leakScanner,
                                     previous: previous)
            return ((), "\(counted(checked, "file")) checked, no leak, no broken link")
        }
        guard options.writesOutput else {
            return Result(output: output, fileCount: tree.paths.count, byteCount: tree.totalBytes, warnings: warnings)
        }
        try timer.run("write") {
            let writer = AtomicOutputWriter(destination: output)
            try writer.write(tree, unchangedSince: previous?.tree)
            cache?.recordWrite(.init(tree: tree, leakScanner: leakScanner), to: writer.destination)
            cache?.finishBuild()
            return ((), "\(counted(tree.paths.count, "file")), \(tree.totalBytes / 1024) KB → \(layout.displayPath(output))/")
        }
        return Result(output: output, fileCount: tree.paths.count, byteCount: tree.totalBytes, warnings: warnings)
    }

    /// One email bundle to build: an issue, for everyone or for a segment.
    private struct EmailJob: Sendable {
        var issue: RenderedIssue
        var segment: SiteConfig.Segment?
    }

    private func newestYear(_ project: Project) -> String {
        project.issues.first.map { DateFormatting.year($0.date) } ?? ""
    }

    /// Renders every article and editorial once; issues list their articles in the editor's order.
    private func render(_ project: Project, digests: [String: DiscussionDigest]) -> ([RenderedIssue], [RenderedArticle]) {
        let renderer = ContentRenderer(language: project.config.language, textWidth: project.config.email.textWidth)
        var issueOf: [String: String] = [:]
        for issue in project.issues.reversed() {
            for reference in issue.articles where issueOf[reference.slug] == nil { issueOf[reference.slug] = issue.id }
        }
        let cache = self.cache
        let config = project.config.fingerprint
        // A source's file fingerprint covers its Markdown and language; the config covers the renderer's options.
        let rendered: @Sendable (String, ContentLanguage?, Fingerprint) -> ContentRenderer.Rendered = { markdown, language, source in
            guard let cache else { return renderer.render(markdown, language: language) }
            var key = source
            key.combine(config)
            return cache.rendered(key) { renderer.render(markdown, language: language) }
        }
        let bodies = project.articles.concurrentMap { rendered($0.body, $0.language, $0.fingerprint) }
        let articles = zip(project.articles, bodies).map { article, body in
            RenderedArticle(article: article, body: body, issueID: issueOf[article.slug])
        }
        let bySlug = Dictionary(articles.map { ($0.article.slug, $0) }, uniquingKeysWith: { first, _ in first })
        let issues = project.issues.map { issue in
            RenderedIssue(issue: issue, editorial: rendered(issue.editorial, nil, issue.fingerprint),
                          articles: issue.articles.compactMap { bySlug[$0.slug] }, digest: digests[issue.id])
        }
        return (issues, articles)
    }

    /// The last line of defence: no broken internal link, and no personal data from any export anywhere.
    /// Files reused from `previous` were checked by it: links when the site has the same files, leaks when
    /// the scanner is the same. Returns how many files were checked.
    private func verify(_ tree: OutputTree, renderedPages: [(path: String, html: String)], project: Project,
                        leakScanner: LeakScanner?, previous: BuildCache.PreviousBuild?) throws -> Int {
        var diagnostics: [Diagnostic] = []
        let siteFiles = Self.siteFiles(of: tree)
        var pages = renderedPages
        if previous.map({ siteFiles != Self.siteFiles(of: $0.tree) }) ?? true {
            pages += tree.reusedPaths.filter { $0.hasPrefix("site/") && $0.hasSuffix(".html") }.sorted().compactMap { path in
                tree[path].map { (String(path.dropFirst(5)), String(decoding: $0, as: UTF8.self)) }
            }
        }
        let broken = InternalLinkChecker(baseURL: project.config.baseURL).brokenLinks(pages: pages, files: siteFiles)
        diagnostics += broken.map {
            .error("broken internal link to '\($0.target)'", file: "output/site/\($0.page)",
                   hint: "a template or an article links to a page the site does not have")
        }
        let unchanged = previous != nil && previous?.leakScanner == leakScanner ? tree.reusedPaths : []
        let scanned = tree.paths.filter { !unchanged.contains($0) }
        diagnostics += LeakCheck(scanner: leakScanner).scan(tree, paths: scanned)
        if !diagnostics.isEmpty { throw DiagnosticsError(diagnostics) }
        return scanned.count
    }

    private static func siteFiles(of tree: OutputTree) -> Set<String> {
        Set(tree.files.keys.filter { $0.hasPrefix("site/") }.map { String($0.dropFirst(5)) })
    }
}
