import Testing
@testable import Markdown

@Suite("Slugger")
struct SluggerTests {
    @Test("Slugs fold accents, drop punctuation and hyphenate spaces", arguments: [
        ("Été 2026 : bilan", "ete-2026-bilan"),
        ("  Ça, c'est l'œuvre !  ", "ca-cest-lœuvre"),
        ("Hello World", "hello-world"),
        ("snake_case et tirets-ici", "snake_case-et-tirets-ici"),
        ("«\u{202F}Citation\u{202F}»", "citation"),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(Slugger.slug(input) == expected)
    }

    @Test("Repeated slugs get numbered suffixes")
    func uniqueness() {
        var slugger = Slugger()
        #expect(slugger.slug(for: "Bilan") == "bilan")
        #expect(slugger.slug(for: "Bilan") == "bilan-1")
        #expect(slugger.slug(for: "bilan-1") == "bilan-1-1")
        #expect(slugger.slug(for: "Bilan") == "bilan-2")
        #expect(slugger.slug(for: "!!!") == "section")
    }
}
