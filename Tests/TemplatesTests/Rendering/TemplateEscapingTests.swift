import Templates
import Testing

@Suite struct TemplateEscapingTests {
    @Test func htmlEscapesMarkupCharacters() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource([:]))
        let context: TemplateValue = ["v": "<a href=\"x\">Tom & Jerry's</a> é"]
        #expect(
            try engine.render(template: "{{v}}|{{{v}}}|{{&v}}", context)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt; é"
                + "|<a href=\"x\">Tom & Jerry's</a> é|<a href=\"x\">Tom & Jerry's</a> é"
        )
    }

    @Test func noneWritesValuesAsTheyAre() throws {
        let engine = TemplateEngine(source: DictionaryTemplateSource([:]), escape: .none)
        #expect(try engine.render(template: "{{v}}", ["v": "a < b & c"]) == "a < b & c")
    }
}
