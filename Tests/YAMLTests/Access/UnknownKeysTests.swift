import Diagnostics
import Testing
import YAML

@Suite("Unknown keys and suggestions")
struct UnknownKeysTests {
    private let allowed: Set<String> = ["title", "date", "tags", "description", "author", "draft", "résumé"]

    @Test func unknownKeysComeWithTheClosestValidKey() throws {
        let mapping = try parse("""
            titel: Soins
            date: 2026-11-23
            tgas: [a]
            desc: court
            resume: x
            couleur: bleu
            Draft: true
            """).mapping()
        let unknown = mapping.unknownKeys(allowed: allowed)
        #expect(unknown.map(\.key) == ["titel", "tgas", "desc", "resume", "couleur", "Draft"])
        #expect(unknown.map(\.suggestion) == ["title", "tags", "description", "résumé", nil, "draft"])
        #expect(unknown.map(\.location) == [at(1, 1), at(3, 1), at(4, 1), at(5, 1), at(6, 1), at(7, 1)])
    }

    @Test func warningsReadLikeCompilerDiagnostics() throws {
        let mapping = try parse("date: 2026-11-23\ntitel: Soins\n").mapping()
        let warnings = mapping.unknownKeyWarnings(allowed: allowed, file: "a.md")
        #expect(warnings.map(\.description) == ["a.md:2:1: warning: unknown key 'titel'\n  hint: did you mean 'title'?"])
    }

    @Test func farKeysHaveNoSuggestionAndShortPrefixesDoNotCount() throws {
        let unknown = try parse("xyz: 1\nau: 2\n").mapping().unknownKeys(allowed: ["author", "description"])
        #expect(unknown.map(\.suggestion) == [nil, nil])
    }

    @Test func allKnownKeysGiveNoWarning() throws {
        #expect(try parse("title: a\ntags: b\n").mapping().unknownKeys(allowed: allowed).isEmpty)
    }
}
