import Foundation
import Testing

@testable import Email

/// The one-document pipeline must give exactly what the separate steps give, each parsing the previous one's
/// output: the documents below include the constructs that a round trip through libxml2 changes.
@Suite("Email HTML pipeline")
struct EmailHTMLPipelineTests {
    static let css = """
        body { margin: 0; background-color: #f4f1ea }
        .preheader { display: none }
        .wrapper { width: 600px; margin: 0 auto; font-family: "Helvetica Neue",\r\n  Arial }
        .wrapper td { color: #222; background: url(images/fond.png) }
        a { color: #0b5d75 } a:hover { text-decoration: none }
        p + p, p.lead { margin-top: 8px }
        @media (max-width: 600px) { .wrapper { width: 100% !important } }
        """

    static func document(head: String = "<meta charset=\"utf-8\">", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="fr"><head>\(head)<title>N° 48</title></head>
        <body><div class="preheader">Aperçu</div>
        <table class="wrapper" role="presentation"><tr><td>
        \(body)
        <p><a href="{{ UnsubscribeURL }}">Se désinscrire</a></p>
        </td></tr></table>
        </body></html>
        """
    }

    static let documents: [String] = [
        EmailPipelineTests.template,
        document(body: #"<p class="lead">Lire <a href="https://e.org/a?x=1#haut">l’article</a></p><p>Suite</p>"#),
        document(body: #"<a href="articles/été/">relatif</a><img src="images/une.jpg"><a href=" https://e.org/ ">espaces</a>"#),
        document(body: #"<a href="https://e.org/a b">espace</a><a name="ancre x">nom</a><img src="https://e.org/é.png" alt="">"#),
        document(body: #"<a href="*|UNSUB|*" data-no-utm>tag</a><a href="https://e.org/&amp;x" data-no-utm>amp</a>"#),
        document(body: #"<td style="background: url('img/a.png')">x</td><P CLASS="Lead">Majuscules</P>"#),
        document(body: #"<style>p { color: red } </style><p>style dans body</p><style data-inline="false">.k{}</style>"#),
        document(head: "<style>\r\np { color: blue }\r\n@media print { p { color: black } }\r\n</style>", body: "<p>CR</p>"),
        document(head: #"<meta charset="iso-8859-1">"#, body: "<p>Latin</p>"),
        document(head: "<style>p::after { content: \"</b>\" }</style>", body: "<p>fin</p>"),
        "<p>Sans html ni head : <a href=\"https://e.org\">lien</a></p>",
        "<html><body><table><tr><th>Données</th></tr></table><img src=\"https://e.org/p.gif\" width=\"1\" height=\"1\"></body></html>",
    ]

    static func finisher() -> EmailHTMLFinisher {
        EmailHTMLFinisher(options: .init(
            baseURL: URL(string: "https://lettre.example.org/numeros/48/")!,
            utm: UTMParameters(source: "infolettre", campaign: "n° 48"), unsubscribeURL: "{{ UnsubscribeURL }}"))
    }

    static let checks = EmailChecks(options: .init(sizeBudget: 1024, unsubscribeURL: "{{ UnsubscribeURL }}"))

    /// What the builder did before the pipeline: each step on the previous one's HTML, a new inliner each time.
    static func separateSteps(_ html: String) throws -> ProcessedEmailHTML {
        let inlined = try CSSInliner(options: .init(extraCSS: css)).inline(html)
        let finished = try finisher().finish(inlined.html)
        return ProcessedEmailHTML(finished: finished, checks: try checks.run(on: finished.html))
    }

    static let pipeline = EmailHTMLPipeline(
        inliner: CSSInliner(options: .init(extraCSS: css)), finisher: finisher(), checks: checks)

    @Test(arguments: documents.indices)
    func givesWhatTheSeparateStepsGive(index: Int) throws {
        let expected = try Self.separateSteps(Self.documents[index])
        let processed = try Self.pipeline.run(Self.documents[index])
        #expect(processed.finished == expected.finished)
        #expect(processed.checks == expected.checks)
    }

    @Test func reusedInlinerGivesWhatAFreshOneGives() throws {
        let inliner = CSSInliner(options: .init(extraCSS: Self.css))
        for html in Self.documents + Self.documents {
            #expect(try inliner.inline(html) == CSSInliner(options: .init(extraCSS: Self.css)).inline(html))
        }
    }

    @Test func changedExtraCSSIsPlannedAgain() throws {
        var inliner = CSSInliner(options: .init(extraCSS: "p { color: red }"))
        inliner.options.extraCSS = "p { color: blue }"
        #expect(try inliner.inline("<p>x</p>").html.contains(#"<p style="color:blue">"#))
    }

    @Test func concurrentRunsGiveTheSameResults() async throws {
        let expected = try Self.documents.map { try Self.pipeline.run($0) }
        let pipeline = Self.pipeline
        let results = try await withThrowingTaskGroup(of: (Int, ProcessedEmailHTML).self) { group in
            for round in 0..<8 {
                for index in Self.documents.indices {
                    group.addTask { (index, try pipeline.run(Self.documents[(index + round) % Self.documents.count])) }
                }
            }
            var results: [(Int, ProcessedEmailHTML)] = []
            for try await result in group { results.append(result) }
            return results
        }
        #expect(results.count == 8 * Self.documents.count)
        for (index, result) in results {
            #expect(expected.contains(result), "result of document \(index) differs from every sequential run")
        }
    }

    @Test func documentsNeedingARoundTripAreDetected() throws {
        func isStable(_ body: String, head: String = "") throws -> Bool {
            try HTMLDocument(parsing: "<html><head>\(head)</head><body>\(body)</body></html>").isStableUnderReparsing
        }
        #expect(try isStable(#"<a href="https://e.org/a?b=1&c=2#d">x</a><a href="{{ Unsub }}">u</a>"#))
        #expect(try !isStable(#"<a href="https://e.org/a b">x</a>"#))
        #expect(try !isStable(#"<img src="é.png">"#))
        #expect(try !isStable(#"<a name="a b">x</a>"#))
        #expect(try !isStable("", head: #"<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">"#))
    }
}
