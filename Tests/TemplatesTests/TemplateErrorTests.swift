import Diagnostics
import Templates
import Testing

@Suite struct TemplateErrorTests {
    private let engine = TemplateEngine(source: DictionaryTemplateSource([:]))

    @Test(arguments: [
        (
            "a\n{{#items}}x",
            TemplateError.unclosedSection(name: "items", path: "t", location: .init(line: 2, column: 1))
        ),
        (
            "{{#a}}{{/b}}",
            .mismatchedClosingTag(expected: "a", found: "b", path: "t", location: .init(line: 1, column: 7))
        ),
        ("ok\n  {{/a}}", .unexpectedClosingTag(name: "a", path: "t", location: .init(line: 2, column: 3))),
        ("né {{name", .unclosedTag(path: "t", location: .init(line: 1, column: 4))),
        ("{{{name}}", .unclosedTag(path: "t", location: .init(line: 1, column: 1))),
        ("{{=<% =}}", .invalidDelimiters(content: "<%", path: "t", location: .init(line: 1, column: 1))),
        ("{{=a= b=}}", .invalidDelimiters(content: "a= b", path: "t", location: .init(line: 1, column: 1))),
        ("x {{ }}", .emptyTagName(path: "t", location: .init(line: 1, column: 3))),
        ("{{>*}}", .emptyTagName(path: "t", location: .init(line: 1, column: 1))),
        (
            "{{<p}}{{$b}}{{/p}}",
            .mismatchedClosingTag(expected: "b", found: "p", path: "t", location: .init(line: 1, column: 13))
        ),
    ])
    func syntaxErrorsAreLocated(template: String, error: TemplateError) {
        #expect(throws: error) { try engine.render(template: template, nil, path: "t") }
    }

    @Test func diagnosticsUseTheCompilerFormat() {
        let error = TemplateError.mismatchedClosingTag(
            expected: "a", found: "b", path: "theme/issue.mustache", location: .init(line: 3, column: 5))
        let diagnostic = error.diagnostic(file: nil)
        #expect(
            diagnostic.headline
                == "theme/issue.mustache:3:5: error: '{{/b}}' closes a section, but the open section is 'a'")
        #expect(diagnostic.hint == "close 'a' first with {{/a}}")
        #expect(
            TemplateError.templateNotFound(name: "x").diagnostic(file: "site").headline
                == "site: error: no template named 'x'")
    }
}
