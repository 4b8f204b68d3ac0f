import Diagnostics
import Discussions
import Foundation
import Markdown
import Privacy
import Typography

/// What an issue's discussions export becomes: the anonymized digest templates show, the privacy report
/// and aggregated figures, and the leak scanner that knows every personal value of the export.
struct DiscussionsOutcome: Sendable {
    var digest: DiscussionDigest
    var reportJSON: Data
    var statsJSON: Data
    var scanner: LeakScanner
    var summary: String
    var removalCount: Int
}

/// Import → anonymize (every thread of the week, before any renderer) → charter → rank → excerpt → render.
struct DiscussionsStage {
    let project: Project
    /// Read once per build: the medicines database can hold thousands of names.
    let anonymizerOptions: AnonymizerOptions

    init(project: Project) throws(DiagnosticsError) {
        self.project = project
        anonymizerOptions = try project.config.anonymizerOptions(root: project.layout)
    }

    var config: SiteConfig { project.config }

    func run(for issue: Issue) throws -> DiscussionsOutcome? {
        guard let path = issue.discussionsPath else { return nil }
        let url = project.layout.url(forProjectPath: path)
        let imported: ImportedExport
        do { imported = try ImportedExport(contentsOf: url) } catch let error as any DiagnosticConvertible {
            var diagnostic = error.diagnostic(file: path)
            if diagnostic.file == url.path { diagnostic.file = path }
            throw DiagnosticsError([diagnostic])
        }
        let export = imported.export
        var anonymizer = Anonymizer(members: export.members, options: anonymizerOptions)
        let window = Self.window(for: issue)
        let inWindow = export.threads.filter { $0.createdAt >= window.start && $0.createdAt < window.end }
        let anonymized = inWindow.map { anonymizer.anonymize(thread: $0) }
        let accepted = anonymized.filter { !$0.verdict.isExcluded }

        let ranked = ThreadRanker(weights: weights, limit: config.discussions.top)
            .rank(accepted.map(Self.thread), in: window)
        let excerpts = ranked.map { ExcerptBuilder(budget: config.discussions.excerptLength).excerpt(of: $0) }
        let attributions = Dictionary(
            accepted.flatMap(\.posts).map { ($0.author, $0.attribution) }, uniquingKeysWith: { first, _ in first })
        let digest = self.digest(excerpts, attributions: attributions)

        let report = anonymizer.report
        let stats = AggregateStats(threads: inWindow, members: export.members, k: config.privacy.k)
        return DiscussionsOutcome(
            digest: digest, reportJSON: try report.jsonData(), statsJSON: try JSONOutput.encode(stats),
            scanner: anonymizer.leakScanner(), summary: report.summary(language: privacyLanguage),
            removalCount: report.totalRemovals)
    }

    /// The seven days before the issue's date: an issue sent on Monday quotes the week just ended.
    static func window(for issue: Issue) -> DateInterval {
        DateInterval(start: issue.date.addingTimeInterval(-7 * 86_400), end: issue.date)
    }

    private var privacyLanguage: PrivacyLanguage { config.privacyLanguage }

    private var weights: RankingWeights {
        let defaults = RankingWeights()
        let configured = config.discussions.weights
        return RankingWeights(
            likes: configured.likes ?? defaults.likes, replies: configured.replies ?? defaults.replies,
            participants: configured.participants ?? defaults.participants, views: configured.views ?? defaults.views,
            gravity: configured.gravity ?? defaults.gravity)
    }

    /// An anonymized thread in the shape the ranker reads; authors are pseudonyms from here on.
    private static func thread(_ anonymized: AnonymizedThread) -> DiscussionThread {
        DiscussionThread(
            id: anonymized.id, title: anonymized.title, category: anonymized.category, tags: anonymized.tags,
            createdAt: anonymized.createdAt, views: anonymized.views, url: anonymized.url,
            posts: anonymized.posts.map {
                Post(id: $0.id, author: $0.author, createdAt: $0.createdAt, body: $0.body, likes: $0.likes, replyTo: $0.replyTo)
            })
    }

    private func digest(_ excerpts: [ThreadExcerpt], attributions: [String: String]) -> DiscussionDigest {
        let renderer = ExcerptRenderer(language: config.language)
        let threads = excerpts.enumerated().map { index, excerpt in
            DiscussionDigest.Thread(
                rank: index + 1, title: excerpt.title, category: excerpt.category, tags: excerpt.tags,
                posts: excerpt.posts.enumerated().map { position, post in
                    DiscussionDigest.Post(
                        author: post.authorID, attribution: attributions[post.authorID] ?? "",
                        markdown: renderer.typesetMarkdown(post.text), html: renderer.html(post.text), likes: post.likes,
                        isOpening: position == 0)
                },
                replies: excerpt.stats.replies, participants: excerpt.stats.participants,
                likes: excerpt.stats.likes, views: excerpt.stats.views)
        }
        return DiscussionDigest(
            threads: threads, postCount: excerpts.reduce(0) { $0 + $1.stats.posts },
            participantCount: Set(excerpts.flatMap { $0.posts.map(\.authorID) }).count)
    }
}
