import Dispatch
import Foundation
import Templates
import Testing

@Suite struct TemplateEngineTests {
    @Test func rendersNamedTemplatesWithPartialsAndInheritance() throws {
        let source = DictionaryTemplateSource([
            "layout": "<title>{{$title}}Infolettre{{/title}}</title>\n<main>\n  {{$body}}\n  {{/body}}\n</main>\n",
            "issue": """
                {{<layout}}
                {{$title}}Numéro {{number}}{{/title}}
                {{$body}}
                {{#articles}}
                {{>article}}
                {{/articles}}
                {{/body}}
                {{/layout}}

                """,
            "article": "<h2>{{title}}</h2>\n",
        ])
        let engine = TemplateEngine(source: source)
        let html = try engine.render(
            "issue", ["number": 12, "articles": [["title": "Soins"], ["title": "Paie & primes"]]])
        #expect(html == "<title>Numéro 12</title>\n<main>\n  <h2>Soins</h2>\n  <h2>Paie &amp; primes</h2>\n</main>\n")
    }

    @Test func missingTemplateIsAnError() {
        let engine = TemplateEngine(source: DictionaryTemplateSource([:]))
        #expect(throws: TemplateError.templateNotFound(name: "issue")) { try engine.render("issue", nil) }
    }

    @Test func missingPartialIsAnErrorByDefault() {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["page": "a\n  {{> footer }}\n"]))
        #expect(throws: TemplateError.missingPartial(name: "footer", path: "page", location: .init(line: 2, column: 3)))
        {
            try engine.render("page", nil)
        }
    }

    @Test func missingPartialMayRenderNothing() throws {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["page": "a{{>footer}}b"]), missingPartials: .empty)
        #expect(try engine.render("page", nil) == "ab")
    }

    @Test func missingParentIsAnErrorToo() {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["page": "{{<base}}{{/base}}"]))
        #expect(throws: TemplateError.missingPartial(name: "base", path: "page", location: .init(line: 1, column: 1))) {
            try engine.render("page", nil)
        }
    }

    @Test func unboundedPartialRecursionStops() {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["loop": "x{{>loop}}"]))
        #expect(
            throws: TemplateError.partialRecursionTooDeep(
                name: "loop", depth: TemplateEngine.maximumPartialDepth, path: "loop",
                location: .init(line: 1, column: 2))
        ) { try engine.render("loop", nil) }
    }

    @Test func blockOverridingItselfDoesNotLoop() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["base": "[{{$a}}base{{/a}}]"]))
        #expect(try engine.render(template: "{{<base}}{{$a}}<{{$a}}inner{{/a}}>{{/a}}{{/base}}", nil) == "[<inner>]")
    }

    @Test func partialErrorsNameThePartial() {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["page": "{{>card}}", "card": "é{{#x}}"]))
        #expect(throws: TemplateError.unclosedSection(name: "x", path: "card", location: .init(line: 1, column: 2))) {
            try engine.render("page", nil)
        }
    }

    @Test func validateCompilesWithoutRendering() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["ok": "{{a}}", "broken": "{{/a}}"]))
        #expect(try engine.validate("ok"))
        #expect(try !engine.validate("absent"))
        #expect(throws: TemplateError.self) { try engine.validate("broken") }
    }

    @Test func concurrentRendersShareTheEngine() throws {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["row": "{{#.}}<{{.}}>{{/.}}", "page": "{{>row}}"]))
        let results = ResultBox(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { index in
            results.set(index, try? engine.render("page", [.int(index), .int(index + 1)]))
        }
        #expect(results.values == (0..<64).map { "<\($0)><\($0 + 1)>" })
    }
}

/// Collects results written from concurrent iterations.
private final class ResultBox: @unchecked Sendable {
    // `@unchecked`: `storage` is only touched under `lock`.
    private let lock = NSLock()
    private var storage: [String?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String?) { lock.withLock { storage[index] = value } }

    var values: [String?] { lock.withLock { storage } }
}
