import Templates
import Testing

/// Random templates made of tag fragments must either render or throw a `TemplateError`: never crash,
/// hang or throw anything else.
@Suite struct RobustnessTests {
    static let fragments: [String] = [
        "{{", "}}", "{{{", "}}}", "#", "^", "/", "!", ">", "<", "$", "&", "=", "*", "a", "b", ".", "a.b", " ",
        "\n", "\r\n", "  ", "x", "é", "{{=| |=}}", "|", "{{#a}}", "{{/a}}", "{{>p}}", "{{<p}}", "{{$a}}", "{{.}}",
    ]

    @Test func randomTemplatesRenderOrThrowTemplateErrors() {
        let engine = TemplateEngine(
            source: DictionaryTemplateSource(["p": "[{{$a}}d{{/a}}{{>p}}]", "q": "{{a}}"]), missingPartials: .empty)
        let context: TemplateValue = ["a": [["b": "1"], ["b": ""]], "b": true, "p": "q"]
        var generator = SplitMix(seed: 11)
        var rendered = 0
        for _ in 0..<2000 {
            let template = (0..<Int(generator.next() % 16)).map { _ in
                Self.fragments[Int(generator.next() % UInt64(Self.fragments.count))]
            }.joined()
            do {
                _ = try engine.render(template: template, context)
                rendered += 1
            } catch is TemplateError {
                continue
            } catch {
                Issue.record("\(template.debugDescription) threw \(error)")
            }
        }
        #expect(rendered > 100)
    }
}

/// Reproducible pseudo-random numbers.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
