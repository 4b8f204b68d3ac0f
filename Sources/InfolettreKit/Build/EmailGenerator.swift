import Diagnostics
import Email
import Foundation
import Markdown
import Site
import Templates

/// Builds one issue's email bundle: HTML with CSS inlined and URLs absolute, the plain-text twin, the `.eml`
/// and `manifest.json`. A segment gets its own bundle with only the articles meant for it.
struct EmailGenerator: Sendable {
    let config: SiteConfig
    let theme: Theme
    let htmlEngine: TemplateEngine
    let textEngine: TemplateEngine
    /// What every bundle depends on besides its issue: the tool's version, the config, the theme.
    let globals: Fingerprint
    let model: ViewModelBuilder
    let textModel: ViewModelBuilder
    /// Built once per build: it parses the theme's email CSS, and is shared by the threads building bundles.
    let inliner: CSSInliner

    struct Bundle: Sendable {
        var files: [String: Data]
        var checks: [EmailCheck]
        var byteCount: Int
    }

    /// The files of every bundle.
    static let fileNames = ["email.html", "email.txt", "message.eml", "manifest.json"]

    /// The bundle's inputs: the issue with its articles and digest, and the segment.
    func fingerprint(_ issue: RenderedIssue, segment: SiteConfig.Segment?) -> Fingerprint {
        var fingerprint = globals
        fingerprint.combine(issue.fingerprint)
        fingerprint.combine(segment != nil)
        if let segment {
            for text in [segment.id, segment.name] + segment.professions { fingerprint.combine(text) }
            fingerprint.combine(segment.professions.count)
        }
        return fingerprint
    }

    func bundle(for issue: RenderedIssue, segment: SiteConfig.Segment?) throws -> Bundle {
        let rendered = segment.map { restrict(issue, to: $0) } ?? issue
        let (year, week) = issue.issue.urlComponents
        let browserURL = model.absolute(SitePaths.issue(year: year, week: week))
        let emailFields: TemplateValue = [
            "browser_url": .string(browserURL),
            "unsubscribe_url": .string(config.unsubscribe.url),
            "unsubscribe_mailto": .string("mailto:" + config.unsubscribe.mailto),
            "segment": .string(segment?.name ?? ""),
            "sender_name": .string(config.sender.name),
        ]
        let htmlValue = model.root(["issue": model.issue(rendered, showDiscussions: true), "email": emailFields])
        let textValue = MarkdownEscaping.escapeValues(
            textModel.root(["issue": textModel.issue(rendered, showDiscussions: true), "email": emailFields]))
        return try build(rendered, segment: segment, html: htmlValue, text: textValue)
    }

    private func build(_ rendered: RenderedIssue, segment: SiteConfig.Segment?, html htmlValue: TemplateValue,
                       text textValue: TemplateValue) throws -> Bundle {
        let rawHTML = try htmlEngine.render("email.html", htmlValue)
        // Inlining, finishing and checks share one parse of the document.
        let processed = try located(in: rendered.issue) { try EmailHTMLPipeline(
            inliner: inliner,
            finisher: EmailHTMLFinisher(options: .init(
                baseURL: URL(string: config.baseURL + "/") ?? URL(fileURLWithPath: "/"),
                utm: utm(for: rendered.issue), unsubscribeURL: config.unsubscribe.url)),
            checks: EmailChecks(options: .init(
                sizeBudget: config.email.sizeBudgetKB * 1024, unsubscribeURL: config.unsubscribe.url))
        ).run(rawHTML) }
        let finished = processed.finished
        let checks = processed.checks

        let text = try plainText(textValue)
        let eml = try message(for: rendered.issue, segment: segment, text: text, html: finished.html).serialize()

        var files: [String: Data] = [
            "email.html": Data(finished.html.utf8),
            "email.txt": Data(text.utf8),
            "message.eml": Data(eml),
        ]
        files["manifest.json"] = try manifest(
            rendered, segment: segment, files: files, links: finished.links, checks: checks)
        return Bundle(files: files, checks: checks, byteCount: finished.byteCount)
    }

    /// Email HTML errors come from the content of the issue: they name its file, with what to do.
    private func located<T>(in issue: Issue, _ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as EmailHTMLError {
            let hint: String? = switch error {
            case .nestingTooDeep:
                "an article or the editorial of this issue nests block quotes, lists or emphasis more deeply than mail clients allow; flatten it"
            default: nil
            }
            throw DiagnosticsError([.error("cannot build the email of issue \(issue.id): \(error.description)",
                                           file: issue.path, hint: hint)])
        }
    }

    private func utm(for issue: Issue) -> UTMParameters? {
        config.email.utm.map {
            UTMParameters(source: $0.source, medium: $0.medium,
                          campaign: $0.campaign.replacingOccurrences(of: "{issue}", with: issue.id))
        }
    }

    /// The text part: the theme's text template writes Markdown, which the plain-text renderer wraps.
    /// Every value is already typeset in its own language (sources by `SourceTypesetter`, titles by the view
    /// model) and Markdown-escaped, so no typography runs on the whole.
    private func plainText(_ value: TemplateValue) throws -> String {
        let markdown = try textEngine.render("email.txt", value)
        let document = MarkdownParser.parse(markdown, options: ContentRenderer.editorOptions)
        return PlainTextRenderer(width: config.email.textWidth).render(document)
    }

    private func message(for issue: Issue, segment: SiteConfig.Segment?, text: String, html: String) -> EmailMessage {
        let seed = segment.map { "\(issue.id)/\($0.id)" } ?? issue.id
        return EmailMessage(
            from: Email.EmailAddress(name: config.sender.name, address: config.sender.email),
            to: recipients,
            replyTo: config.replyTo.map { Email.EmailAddress(address: $0) },
            subject: issue.subject, date: issue.date, messageIDSeed: seed,
            listUnsubscribe: ListUnsubscribe(url: config.unsubscribe.url, mailto: "mailto:" + config.unsubscribe.mailto),
            textBody: text, htmlBody: html)
    }

    /// The `To` of the config: an address, "Name <address>", or a group like `undisclosed-recipients:;`.
    private var recipients: [Email.EmailAddress] {
        let to = config.recipient
        if let open = to.firstIndex(of: "<"), let close = to.lastIndex(of: ">"), open < close {
            let name = to[..<open].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            return [Email.EmailAddress(name: name.isEmpty ? nil : name, address: String(to[to.index(after: open)..<close]))]
        }
        return [Email.EmailAddress(address: to)]
    }

    /// Only the articles meant for the segment: those without an audience, or sharing a profession with it.
    private func restrict(_ issue: RenderedIssue, to segment: SiteConfig.Segment) -> RenderedIssue {
        let wanted = Set(segment.professions.map { Slug.make($0) })
        let articles = issue.articles.filter { article in
            article.article.professions.isEmpty || !wanted.isDisjoint(with: article.article.professions.map { Slug.make($0) })
        }
        return RenderedIssue(issue: issue.issue, editorial: issue.editorial, articles: articles, digest: issue.digest)
    }

    private func manifest(
        _ issue: RenderedIssue, segment: SiteConfig.Segment?, files: [String: Data], links: [EmailLink],
        checks: [EmailCheck]
    ) throws -> Data {
        struct Manifest: Encodable {
            struct Issue: Encodable { var id: String; var number: Int; var date: String; var title: String }
            struct File: Encodable { var name: String; var bytes: Int }
            var generator: String
            var issue: Issue
            var segment: String?
            var subject: String
            var preheader: String
            var from: String
            var replyTo: String?
            var listUnsubscribe: [String]
            var files: [File]
            var links: [EmailLink]
            var checks: [EmailCheck]
            enum CodingKeys: String, CodingKey {
                case generator, issue, segment, subject, preheader, from, links, checks, files
                case replyTo = "reply_to"
                case listUnsubscribe = "list_unsubscribe"
            }
        }
        let manifest = Manifest(
            generator: "Infolettre \(InfolettreVersion.current)",
            issue: .init(id: issue.issue.id, number: issue.issue.number, date: DateFormatting.iso(issue.issue.date),
                         title: issue.issue.title),
            segment: segment?.id, subject: issue.issue.subject, preheader: issue.issue.preheader,
            from: "\(config.sender.name) <\(config.sender.email)>", replyTo: config.replyTo,
            listUnsubscribe: [config.unsubscribe.url, "mailto:" + config.unsubscribe.mailto],
            files: files.keys.sorted().map { Manifest.File(name: $0, bytes: files[$0]?.count ?? 0) },
            links: links, checks: checks)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(manifest) + Data("\n".utf8)
    }
}
