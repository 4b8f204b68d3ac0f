import Diagnostics
import Foundation
import Privacy
import Site
import Templates

/// The orchestrator: load → validate → theme → discussions → render → email → site → write.
/// Each stage is a module of its own; this type only composes them and reports progress. Files are checked
/// (leaks) and staged as the stages make them; `write` checks the links and makes the output current.
public struct Builder: Sendable {
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

        let output = options.output ?? layout.defaultOutputDirectory
        let (project, sources, previousBodies) = try timer.run("load") {
            var loader = ContentLoader(layout: layout, includeDrafts: options.includeDrafts)
            loader.cache = cache
            // The previous build's bodies are read beside its snapshot, which the loader needs first.
            let (previousBodies, snapshot) = options.writesOutput
                ? concurrently({ RenderedBodyStore.read(from: output) }, { SourceSnapshot.read(from: output) })
                : (RenderedBodyStore(), SourceSnapshot())
            loader.snapshot = snapshot
            let (project, loadWarnings, sources) = try loader.loadWithSnapshot()
            warnings += loadWarnings
            console.report(loadWarnings)
            return ((project, sources, previousBodies),
                    "\(counted(project.articles.count, "article")), \(counted(project.issues.count, "issue"))")
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
        let (issues, articles, bodies) = timer.run("render") {
            let rendered = render(project, digests: outcomes.mapValues(\.digest), previous: previousBodies)
            return (rendered, "\(counted(rendered.1.count, "article")), \(counted(rendered.0.count, "editorial"))")
        }
        let leakScanner = LeakCheck.scanner(of: outcomes.sorted { $0.key < $1.key }.map(\.value))
        let stager = try OutputStager(destination: output, writes: options.writesOutput, scanner: leakScanner,
                                      scannerIdentity: leakScanner.map(LeakCheck.identity))
        do {
            // The emails, the site and the caches for the next build share nothing but the stager: each runs
            // on a thread of its own, so none waits for another's last job; the stages are reported in order.
            let makeEmails = { @Sendable in
                Swift.Result { () throws -> StageTimer.Measured<[Diagnostic]>? in
                    try options.parts.contains(.email) ? StageTimer.measure("email") {
                        try self.makeEmails(issues, project: project, themeKit: themeKit, stager: stager)
                    } : nil
                }
            }
            let stageCaches = { @Sendable in
                Swift.Result { if options.writesOutput { try self.stageCaches(sources: sources, bodies: bodies, stager: stager) } }
            }
            let (emails, (caches, site)) = try concurrently(makeEmails) {
                try concurrently(stageCaches) {
                    try options.parts.contains(.site) ? StageTimer.measure("site") {
                        try makeSite(issues: issues, articles: articles, project: project, themeKit: themeKit, stager: stager)
                    } : nil
                }
            }
            try caches.get()
            for part in [try emails.get(), site].compactMap({ $0 }) {
                timer.record(part)
                console.report(part.value)
                warnings += part.value
            }
            for (issueID, outcome) in outcomes.sorted(by: { $0.key < $1.key }) {
                try stager.put("reports/\(issueID)/privacy.json", outcome.reportJSON)
                try stager.put("reports/\(issueID)/stats.json", outcome.statsJSON)
            }
        } catch {
            stager.abandon()
            throw error
        }
        try timer.run(options.writesOutput ? "write" : "verify") {
            try stager.commit(baseURL: project.config.baseURL)
            cache?.finishBuild()
            let destination = options.writesOutput ? " → \(layout.displayPath(output))/" : ""
            return ((), "\(counted(stager.fileCount, "file")), \(stager.byteCount / 1024) KB, no leak, no broken link"
                + destination)
        }
        if options.leavesMemoryToExit { ProcessLifetime.keep((project, issues, articles, bodies, sources)) }
        return Result(output: output, fileCount: stager.fileCount, byteCount: stager.byteCount, warnings: warnings)
    }

    /// What the next build reuses: the content files' snapshot and the rendered bodies, each kept when unchanged.
    private func stageCaches(sources: SourceSnapshot, bodies: RenderedBodyStore, stager: OutputStager) throws {
        for shard in sources.shards where !stager.keepIfCurrent(shard.path, fingerprint: shard.fingerprint) {
            try stager.put(shard.path, shard.data(), fingerprint: shard.fingerprint)
        }
        for shard in bodies.shards where !stager.keepIfCurrent(shard.path, fingerprint: shard.fingerprint) {
            try stager.put(shard.path, shard.store.encoded(), fingerprint: shard.fingerprint)
        }
    }

    /// The archive site for the build's audience; pages whose inputs are unchanged are kept.
    private func makeSite(issues: [RenderedIssue], articles: [RenderedArticle], project: Project, themeKit: ThemeKit,
                          stager: OutputStager) throws -> ([Diagnostic], String) {
        let visible = articles.filter { options.audience == .members || $0.article.visibility == .public }
        var generator = themeKit.siteGenerator(
            config: project.config, audience: options.audience, issues: issues, articles: visible,
            newestYear: newestYear(project))
        if options.writesOutput {
            generator.previousSearchFolder = stager.destination.path + "/" + SiteGenerator.searchSnapshotFolder
        }
        let generated = try generator.generate(into: stager, prefix: "site/")
        let kept = generated.pageCount - generated.renderedCount
        return ([], "\(counted(generated.pageCount, "page")) (\(options.audience.rawValue))"
            + (kept > 0 ? ", \(kept) unchanged" : ""))
    }

    /// Every issue's email bundles (one per segment too), made on every core and staged as they come;
    /// bundles whose inputs are unchanged are kept. Returns the bundles' failing checks as warnings.
    private func makeEmails(_ issues: [RenderedIssue], project: Project, themeKit: ThemeKit,
                            stager: OutputStager) throws -> ([Diagnostic], String) {
        let generator = themeKit.emailGenerator(config: project.config, newestYear: newestYear(project))
        let jobs = issues.filter { options.issueID == nil || options.issueID == $0.issue.id }.flatMap { issue in
            ([nil] + project.config.segments.map(Optional.some)).map { EmailJob(issue: issue, segment: $0) }
        }
        let warnings = try jobs.concurrentMap { job -> [Diagnostic] in
            let folder = "email/\(job.issue.issue.id)/" + (job.segment.map { "\($0.id)/" } ?? "")
            let messages = try stageBundle(job, folder: folder, generator: generator, stager: stager)
            return messages.map { .warning($0, file: "output/\(folder)email.html") }
        }
        return (warnings.flatMap { $0 }, counted(jobs.count, "bundle"))
    }

    /// Stages one bundle, or keeps it when every file is current; returns its failing checks.
    private func stageBundle(_ job: EmailJob, folder: String, generator: EmailGenerator,
                             stager: OutputStager) throws -> [String] {
        let bundleFingerprint = generator.fingerprint(job.issue, segment: job.segment)
        let files = EmailGenerator.fileNames.map { name in
            var fingerprint = bundleFingerprint
            fingerprint.combine(name)
            return (path: folder + name, fingerprint: fingerprint)
        }
        if files.allSatisfy({ stager.isCurrent($0.path, fingerprint: $0.fingerprint) }) {
            for file in files { stager.keep(file.path, fingerprint: file.fingerprint) }
            let messages = stager.previousEmailWarnings(folder: folder)
            stager.recordEmailWarnings(messages, folder: folder)
            return messages
        }
        let bundle = try generator.bundle(for: job.issue, segment: job.segment)
        for file in files {
            try stager.put(file.path, bundle.files[String(file.path.dropFirst(folder.count))] ?? Data(), fingerprint: file.fingerprint)
        }
        let messages = bundle.checks.filter { $0.status != .passed }.map { "\($0.name): \($0.message)" }
        stager.recordEmailWarnings(messages, folder: folder)
        return messages
    }

    /// One email bundle to build: an issue, for everyone or for a segment.
    private struct EmailJob: Sendable {
        var issue: RenderedIssue
        var segment: SiteConfig.Segment?
    }

    private func newestYear(_ project: Project) -> String {
        project.issues.first.map { DateFormatting.year($0.date) } ?? ""
    }

    /// Renders every article and editorial once; issues list their articles in the editor's order. Bodies
    /// come from this process's cache or the previous build's store when their inputs are unchanged.
    private func render(_ project: Project, digests: [String: DiscussionDigest],
                        previous: RenderedBodyStore) -> ([RenderedIssue], [RenderedArticle], RenderedBodyStore) {
        let renderer = ContentRenderer(language: project.config.language, textWidth: project.config.email.textWidth)
        var issueOf: [String: String] = [:]
        for issue in project.issues.reversed() {
            for reference in issue.articles where issueOf[reference.slug] == nil { issueOf[reference.slug] = issue.id }
        }
        let cache = self.cache
        let config = project.config.fingerprint
        // A source's file fingerprint covers its Markdown and language; the config covers the renderer's options.
        let key: @Sendable (Fingerprint) -> Fingerprint = { source in
            var key = source
            key.combine(config)
            return key
        }
        // The typeset Markdown source only serves the emails' text part.
        let needsMarkdown = options.parts.contains(.email)
        let rendered: @Sendable (MarkdownSource, ContentLanguage?, Fingerprint) -> ContentRenderer.Rendered = { markdown, language, source in
            let key = key(source)
            let make = { () -> ContentRenderer.Rendered in
                if let stored = previous.bodies[key], stored.hasMarkdown || !needsMarkdown { return stored }
                return renderer.render(markdown.text, language: language, typesettingSource: needsMarkdown)
            }
            var cacheKey = key
            cacheKey.combine(needsMarkdown)
            return cache?.rendered(cacheKey, orRender: make) ?? make()
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
        var store: [Fingerprint: ContentRenderer.Rendered] = [:]
        for article in articles { store[key(article.article.fingerprint)] = article.body }
        for issue in issues { store[key(issue.issue.fingerprint)] = issue.editorial }
        return (issues, articles, RenderedBodyStore(bodies: store))
    }
}
