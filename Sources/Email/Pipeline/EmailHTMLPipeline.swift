/// Takes an email's HTML through CSS inlining, finishing and checks on one parsed document: the same result
/// as `CSSInliner.inline(_:)`, then `EmailHTMLFinisher.finish(_:)` on its HTML, then `EmailChecks.run(on:)` on
/// the finished HTML, without writing out and parsing back the document between the steps.
///
/// Make the pipeline (or at least its inliner, which parses its extra CSS once) once per build and run it for
/// every email, from as many threads as needed:
///
/// ```swift
/// let inliner = CSSInliner(options: .init(extraCSS: emailCSS))
/// let processed = try EmailHTMLPipeline(inliner: inliner, finisher: finisher, checks: checks).run(rawHTML)
/// processed.finished.html  // what the separate steps would have produced
/// ```
public struct EmailHTMLPipeline: Sendable {
    public var inliner: CSSInliner
    public var finisher: EmailHTMLFinisher
    public var checks: EmailChecks

    public init(inliner: CSSInliner, finisher: EmailHTMLFinisher, checks: EmailChecks) {
        self.inliner = inliner
        self.finisher = finisher
        self.checks = checks
    }

    /// Inlines, finishes and checks `html` (a whole document, as the template renders it).
    public func run(_ html: String) throws(EmailHTMLError) -> ProcessedEmailHTML {
        var document = try HTMLDocument(parsing: html)
        _ = inliner.inline(in: document)
        // The separate steps parse each other's output; where that could read differently from the document in
        // hand, do exactly that.
        if !document.isStableUnderReparsing { document = try HTMLDocument(parsing: document.serialized()) }
        let facts = finisher.finish(in: document)
        let (output, isStable) = document.serialization()
        if !isStable { document = try HTMLDocument(parsing: output) }
        let finished = FinishedEmailHTML(
            html: output, links: facts.links, imagesWithoutAlt: facts.imagesWithoutAlt, byteCount: output.utf8.count)
        return ProcessedEmailHTML(finished: finished, checks: checks.run(on: document, byteCount: finished.byteCount))
    }
}

/// What `EmailHTMLPipeline.run(_:)` produced.
public struct ProcessedEmailHTML: Sendable, Hashable {
    /// The finished HTML and its facts, as `EmailHTMLFinisher.finish(_:)` gives them.
    public var finished: FinishedEmailHTML
    /// The checks of the finished HTML, as `EmailChecks.run(on:)` gives them.
    public var checks: [EmailCheck]
}
