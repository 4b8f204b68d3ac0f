import Testing
import YAML

@Suite("Plain scalars")
struct PlainScalarTests {
    @Test func multiLinePlainScalarsFoldLineBreaksIntoSpaces() throws {
        let node = try parse("""
            résumé: Les infirmières libérales
              partagent leurs pratiques

              sur les plaies chroniques.
            suite: oui
            """)
        #expect(try node.required("résumé").string()
            == "Les infirmières libérales partagent leurs pratiques\nsur les plaies chroniques.")
        #expect(try node.required("suite").string() == "oui")
    }

    @Test func trailingSpacesAndCommentsAreNotPartOfTheValue() throws {
        let node = try parse("titre: Soins à domicile   # brouillon\nautre: « guillemets »  \n")
        #expect(try node.required("titre").string() == "Soins à domicile")
        #expect(try node.required("autre").string() == "« guillemets »")
    }

    @Test func plainScalarInSequenceContinuesOnMoreIndentedLines() throws {
        let node = try parse("""
            - première ligne
              suite de l'entrée
            - seconde
            """)
        #expect(render(node) == #"["première ligne suite de l'entrée", "seconde"]"#)
    }

    @Test func moreIndentedDashLineContinuesAPlainEntry() throws {
        #expect(render(try parse("- a\n  - b\n")) == #"["a - b"]"#)
    }

    @Test func aCommentLineEndsAPlainScalar() throws {
        let node = try parse("a: un\n# note\nb: deux\n")
        #expect(render(node) == #"{a: "un", b: "deux"}"#)
    }

    @Test func scalarTextKeepsTheWrittenForm() throws {
        let node = try parse("téléphone: 0612345678\nversion: 1.10\n")
        #expect(try node.required("téléphone").value == .int(612_345_678))
        #expect(try node.required("téléphone").string() == "0612345678")
        #expect(try node.required("version").string() == "1.10")
    }
}
