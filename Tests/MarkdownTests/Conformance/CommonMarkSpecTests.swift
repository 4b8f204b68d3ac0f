import Testing
@testable import Markdown

@Suite("CommonMark specification")
struct CommonMarkSpecTests {
    @Test("The vendored specification holds all 655 examples")
    func exampleCount() {
        #expect(SpecExample.all.count == 655)
    }

    @Test("Spec example renders as expected", arguments: SpecExample.all)
    func example(_ example: SpecExample) {
        let options = MarkdownOptions(extensions: false, unsafeHTML: true)
        let html = HTMLRenderer(options: options).render(MarkdownParser.parse(example.markdown, options: options))
        // Exact equality holds today; the normalised comparison is the spec runner's contract.
        #expect(html == example.html || HTMLNormalizer.normalize(html) == HTMLNormalizer.normalize(example.html),
                "Example \(example.example) (\(example.section)):\n\(example.markdown)")
    }
}

extension SpecExample: CustomTestStringConvertible {}
