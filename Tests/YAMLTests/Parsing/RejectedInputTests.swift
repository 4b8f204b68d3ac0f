import Testing
import YAML

/// Every construct outside the subset, and every malformed input, fails with its exact location.
@Suite("Rejected input")
struct RejectedInputTests {
    @Test func anchorsAliasesAndTags() {
        #expect(parseError("base: &commun\n  a: 1\n") == .unsupported(feature: .anchor, location: at(1, 7)))
        #expect(parseError("a: 1\nb: *commun\n") == .unsupported(feature: .alias, location: at(2, 4)))
        #expect(parseError("titre: !!str 2026\n") == .unsupported(feature: .tag, location: at(1, 8)))
        #expect(parseError("- !local x\n") == .unsupported(feature: .tag, location: at(1, 3)))
        #expect(parseError("a: [x, &y z]") == .unsupported(feature: .anchor, location: at(1, 8)))
        #expect(parseError("&a clé: v") == .unsupported(feature: .anchor, location: at(1, 1)))
    }

    @Test func complexKeys() {
        #expect(parseError("? clé complexe\n: valeur\n") == .unsupported(feature: .complexKey, location: at(1, 1)))
        #expect(parseError("a: 1\n[x, y]: 2\n") == .unsupported(feature: .complexKey, location: at(2, 1)))
        #expect(parseError("[x, y]: 2\n") == .unsupported(feature: .complexKey, location: at(1, 1)))
        #expect(parseError("{a: 1, [b]: 2}") == .unsupported(feature: .complexKey, location: at(1, 8)))
    }

    @Test func directivesAndMultipleDocuments() {
        #expect(parseError("%YAML 1.2\n---\na: 1\n") == .unsupported(feature: .directive, location: at(1, 1)))
        #expect(parseError("a: 1\n---\nb: 2\n") == .unsupported(feature: .multipleDocuments, location: at(2, 1)))
        #expect(parseError("---\na: 1\n...\n---\nb: 2\n") == .unsupported(feature: .multipleDocuments, location: at(4, 1)))
        #expect(parseError("a: 1\n...\nb: 2\n") == .unsupported(feature: .multipleDocuments, location: at(3, 1)))
    }

    @Test func duplicateKeysPointAtTheSecondAndNoteTheFirst() {
        let error = parseError("titre: a\nauteur: b\ntitre: c\n")
        #expect(error == .duplicateKey("titre", location: at(3, 1), firstLocation: at(1, 1)))
        #expect(error?.diagnostic(file: "content/articles/soins.md").description == """
            content/articles/soins.md:3:1: error: duplicate key 'titre'
              hint: first defined at line 1, column 1
            """)
        #expect(parseError("a:\n  x: 1\n  'x': 2\n") == .duplicateKey("x", location: at(3, 3), firstLocation: at(2, 3)))
        #expect(parseError("{a: 1, b: 2, a: 3}") == .duplicateKey("a", location: at(1, 14), firstLocation: at(1, 2)))
    }

    @Test func tabsInIndentation() {
        #expect(parseError("a:\n\tb: 1\n") == .tabIndentation(location: at(2, 1)))
        #expect(parseError("a:\n  \tb: 1\n") == .tabIndentation(location: at(2, 3)))
        #expect(parseError("- a\n\t- b\n") == .tabIndentation(location: at(2, 1)))
        #expect(parseError("a: x\n\tb\n") == .tabIndentation(location: at(2, 1)))
    }

    @Test func tabsAsSeparatorsAndOnBlankLinesAreAccepted() throws {
        #expect(render(try parse("a:\tb\n\t\nc:\td\n")) == #"{a: "b", c: "d"}"#)
        #expect(render(try parse("-\tx\n")) == #"["x"]"#)
    }

    @Test func inconsistentIndentation() {
        #expect(parseError("a:\n    b: 1\n  c: 2\n") == .inconsistentIndentation(location: at(3, 3)))
        #expect(parseError("a: 1\n  b: 2\n") == .unexpectedMappingValue(location: at(2, 4)))
        #expect(parseError("a:\n  b: \"1\"\n   c: 2\n") == .inconsistentIndentation(location: at(3, 4)))
        #expect(parseError("- [a]\n  - b\n") == .inconsistentIndentation(location: at(2, 3)))
        #expect(parseError("  a: 1\nb: 2\n") == .inconsistentIndentation(location: at(2, 1)))
    }

    @Test func unterminatedStringsPointAtTheOpeningQuote() {
        #expect(parseError("titre: \"Soins : bilan\n") == .unterminatedString(location: at(1, 8)))
        #expect(parseError("a: 'l''été\nb: 2\n") == .unterminatedString(location: at(1, 4)))
        #expect(parseError("a: \"x\\\"") == .unterminatedString(location: at(1, 4)))
        #expect(parseError("- [\"a, b]\n") == .unterminatedString(location: at(1, 4)))
    }

    @Test func unterminatedFlowCollectionsPointAtTheOpeningBracket() {
        #expect(parseError("tags: [santé, soins\nauteur: moi\n") == .unterminatedFlowCollection(location: at(1, 7)))
        #expect(parseError("a: {b: 1") == .unterminatedFlowCollection(location: at(1, 4)))
        #expect(parseError("a: [\n  1,\n  [2,\n") == .unterminatedFlowCollection(location: at(3, 3)))
    }

    @Test func flowSyntaxErrors() {
        #expect(parseError("a: [[1] 2]") == .expectedFlowSeparator(closing: "]", location: at(1, 9)))
        #expect(parseError("a: [1 2, }") == .unexpectedCharacter("}", location: at(1, 10)))
        #expect(parseError("a: {b: 1]") == .expectedFlowSeparator(closing: "}", location: at(1, 9)))
        #expect(parseError("a: [1,, 2]") == .unexpectedCharacter(",", location: at(1, 7)))
        #expect(parseError("a: [b: 1]") == .unsupported(feature: .flowPairInSequence, location: at(1, 5)))
        #expect(parseError("a: [x] y") == .trailingContent(location: at(1, 8)))
    }

    @Test func invalidEscapes() {
        #expect(parseError(#"a: "C:\Users\soins""#) == .invalidEscape(#"\Us"#, location: at(1, 7)))
        #expect(parseError(#"a: "\q""#) == .invalidEscape(#"\q"#, location: at(1, 5)))
        #expect(parseError(#"a: "x\u00g9""#) == .invalidEscape(#"\u00g"#, location: at(1, 6)))
        #expect(parseError(#"a: "\uD800""#) == .invalidEscape(#"\uD800"#, location: at(1, 5)))
        #expect(parseError(#"a: "\é""#) == .invalidEscape(#"\é"#, location: at(1, 5)))
    }

    @Test func valueWhereAKeyWasExpected() {
        #expect(parseError("titre: a\njuste du texte\n") == .expectedKey(location: at(2, 1)))
        #expect(parseError("titre: a\nclé:sans-espace\n") == .expectedKey(location: at(2, 1)))
        #expect(parseError("titre: a\n- b\n") == .expectedKey(location: at(2, 1)))
        #expect(parseError(": valeur\n") == .expectedKey(location: at(1, 1)))
        #expect(parseError("- a\nb: c\n") == .expectedSequenceEntry(location: at(2, 1)))
    }

    @Test func mappingsAndSequencesThatCannotStartHere() {
        #expect(parseError("a: b: c\n") == .unexpectedMappingValue(location: at(1, 5)))
        #expect(parseError("titre: Soins: bilan\n") == .unexpectedMappingValue(location: at(1, 13)))
        #expect(parseError("a: - b\n") == .sequenceOnKeyLine(location: at(1, 4)))
        #expect(parseError("a: |\n  x\n  y\n b: 1\n") == .inconsistentIndentation(location: at(4, 2)))
    }

    @Test func trailingContentAfterAValue() {
        #expect(parseError("a: \"Soins\" bilan\n") == .trailingContent(location: at(1, 12)))
        #expect(parseError("a: 'x'# commentaire collé\n") == .trailingContent(location: at(1, 7)))
        #expect(parseError("\"racine\"\nautre\n") == .trailingContent(location: at(2, 1)))
        #expect(parseError("a: 1\n... texte\n") == .trailingContent(location: at(2, 5)))
    }

    @Test func reservedAndMisplacedCharacters() {
        #expect(parseError("a: @moi\n") == .unexpectedCharacter("@", location: at(1, 4)))
        #expect(parseError("a: `code`\n") == .unexpectedCharacter("`", location: at(1, 4)))
        #expect(parseError("a: ]\n") == .unexpectedCharacter("]", location: at(1, 4)))
        #expect(parseError("a: 50%\nb: %x\n") == .unexpectedCharacter("%", location: at(2, 4)))
    }

    @Test func invalidBlockScalarHeaders() {
        #expect(parseError("a: | texte\n") == .invalidBlockScalarHeader(location: at(1, 6)))
        #expect(parseError("a: |0\n  x\n") == .invalidBlockScalarHeader(location: at(1, 5)))
        #expect(parseError("a: >--\n  x\n") == .invalidBlockScalarHeader(location: at(1, 6)))
        #expect(parseError("a: |#x\n  x\n") == .invalidBlockScalarHeader(location: at(1, 5)))
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deepFlow = String(repeating: "[", count: 50_000)
        #expect(parseError(deepFlow) == .nestingTooDeep(location: at(1, 101)))
        var deepBlock = ""
        for level in 0..<150 { deepBlock += String(repeating: " ", count: level) + "a:\n" }
        #expect(parseError(deepBlock) == .nestingTooDeep(location: at(101, 101)))
    }
}
