import Testing
import YAML

@Suite("Front matter")
struct FrontMatterTests {
    @Test func splitsYAMLAndBodyWithFileLineNumbers() throws {
        let (yaml, body, bodyStartLine) = try FrontMatter.split("""
            ---
            titre: "Soins : bilan"
            date: 2026-11-23
            tags: [santé, soins]
            ---
            # Bilan de l'année

            Texte.
            """)
        let node = try #require(yaml)
        #expect(try node.required("titre").string() == "Soins : bilan")
        #expect(try node.required("tags").location == at(4, 7))
        #expect(body == "# Bilan de l'année\n\nTexte.")
        #expect(bodyStartLine == 6)
    }

    @Test func noFrontMatterKeepsTheWholeText() throws {
        let text = "# Titre\n\n---\n\ntexte\n"
        let (yaml, body, bodyStartLine) = try FrontMatter.split(text)
        #expect(yaml == nil)
        #expect(body == text)
        #expect(bodyStartLine == 1)
        #expect(try FrontMatter.split("").body == "")
        #expect(try FrontMatter.split("--- pas un marqueur\n").yaml == nil)
    }

    @Test func emptyFrontMatterIsAnEmptyMapping() throws {
        let (yaml, body, bodyStartLine) = try FrontMatter.split("---\n---\nCorps\n")
        #expect(try yaml?.mapping().isEmpty == true)
        #expect(body == "Corps\n")
        #expect(bodyStartLine == 3)
        #expect(try FrontMatter.split("---\n# rien\n\n---\n").yaml?.mapping().isEmpty == true)
    }

    @Test func onlyTheFirstClosingMarkerCounts() throws {
        let (yaml, body, _) = try FrontMatter.split("---\na: 1\n---\nIntro\n\n---\n\nSuite\n")
        #expect(try yaml?.required("a").int() == 1)
        #expect(body == "Intro\n\n---\n\nSuite\n")
    }

    @Test func dotsCloseAndMarkersMayHaveTrailingSpaces() throws {
        let (yaml, body, line) = try FrontMatter.split("---  \na: 1\n...\t\nCorps")
        #expect(try yaml?.required("a").int() == 1)
        #expect(body == "Corps")
        #expect(line == 4)
    }

    @Test func crlfLineEndings() throws {
        let (yaml, body, bodyStartLine) = try FrontMatter.split("---\r\ntitre: Été\r\nauteur: Zoé\r\n---\r\nCorps\r\n")
        #expect(try yaml?.required("auteur").string() == "Zoé")
        #expect(try yaml?.required("auteur").location == at(3, 9))
        #expect(body == "Corps\r\n")
        #expect(bodyStartLine == 5)
    }

    @Test func byteOrderMarkBeforeTheOpeningMarker() throws {
        let (yaml, body, _) = try FrontMatter.split("\u{FEFF}---\na: 1\n---\nb")
        #expect(try yaml?.required("a").int() == 1)
        #expect(body == "b")
    }

    @Test func errorsUseFileLines() {
        #expect(throws: YAMLError.duplicateKey("titre", location: at(3, 1), firstLocation: at(2, 1))) {
            try FrontMatter.split("---\ntitre: a\ntitre: b\n---\ncorps\n")
        }
        #expect(throws: YAMLError.unterminatedFlowCollection(location: at(3, 7))) {
            try FrontMatter.split("---\ntitre: Soins\ntags: [santé\n---\ncorps\n")
        }
    }

    @Test func unclosedFrontMatterAndTOMLAreErrors() {
        #expect(throws: YAMLError.unterminatedFrontMatter(location: at(1, 1))) {
            try FrontMatter.split("---\ntitre: a\n\nCorps sans fermeture\n")
        }
        #expect(throws: YAMLError.unsupported(feature: .tomlFrontMatter, location: at(1, 1))) {
            try FrontMatter.split("+++\ntitle = \"x\"\n+++\n")
        }
    }
}
