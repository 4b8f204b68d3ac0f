import Templates
import Testing

/// Indentation choices the spec leaves open, and combinations it does not test.
@Suite struct IndentationTests {
    @Test func standalonePartialsDoNotIndentEmptyLines() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["p": "x\n\ny\n"]))
        #expect(try engine.render(template: "a\n  {{>p}}\nb", nil) == "a\n  x\n\n  y\nb")
    }

    @Test func nestedStandalonePartialsAddTheirIndentation() throws {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["outer": "<ul>\n  {{>inner}}\n</ul>\n", "inner": "<li>{{.}}</li>\n"]))
        #expect(
            try engine.render(template: "<nav>\n  {{>outer}}\n</nav>\n", "x")
                == "<nav>\n  <ul>\n    <li>x</li>\n  </ul>\n</nav>\n")
    }

    @Test func interpolatedTextIsNotIndented() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource(["p": "<pre>{{{code}}}</pre>\n"]))
        #expect(try engine.render(template: "  {{>p}}", ["code": "a\nb"]) == "  <pre>a\nb</pre>\n")
    }

    @Test func overridingBlocksTakeTheIndentationOfTheBlockTheyReplace() throws {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["layout": "<main>\n    {{$content}}\n    {{/content}}\n</main>\n"]))
        let page = "{{<layout}}\n{{$content}}\n<p>\n  {{text}}\n</p>\n{{/content}}\n{{/layout}}\n"
        #expect(
            try engine.render(template: page, ["text": "Bonjour"])
                == "<main>\n    <p>\n      Bonjour\n    </p>\n</main>\n")
    }

    @Test func blocksInsideSectionsOfTheParentAreOverriddenEachTime() throws {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["list": "{{#items}}<{{$item}}{{.}}{{/item}}>{{/items}}"]))
        #expect(
            try engine.render(template: "{{<list}}{{$item}}[{{.}}]{{/item}}{{/list}}", ["items": [1, 2]])
                == "<[1]><[2]>")
    }
}
