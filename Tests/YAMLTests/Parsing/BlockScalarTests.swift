import Testing
import YAML

@Suite("Literal and folded block scalars")
struct BlockScalarTests {
    @Test func literalKeepsLinesAndClipsToOneFinalBreak() throws {
        let node = try parse("""
            texte: |
              Première ligne
                indentée

              Après une ligne vide


            suite: 1
            """)
        #expect(try node.required("texte").string() == "Première ligne\n  indentée\n\nAprès une ligne vide\n")
        #expect(try node.required("suite").int() == 1)
    }

    @Test func chompingIndicators() throws {
        let text = "a: |-\n  x\n\n\nb: |+\n  y\n\n\nc: >-\n  z\n\nd: |\n  w"
        let node = try parse(text)
        #expect(try node.required("a").string() == "x")
        #expect(try node.required("b").string() == "y\n\n\n")
        #expect(try node.required("c").string() == "z")
        #expect(try node.required("d").string() == "w")
    }

    @Test func foldedJoinsLinesAndKeepsMoreIndentedOnes() throws {
        let node = try parse("""
            résumé: >
              Les soins
              à domicile

              progressent.
                • code gardé
              fin

            """)
        let résumé = try node.required("résumé").string()
        #expect(résumé == "Les soins à domicile\nprogressent.\n  • code gardé\nfin\n", "\(résumé.debugDescription)")
    }

    @Test func explicitIndentationIndicatorKeepsLeadingSpaces() throws {
        let node = try parse("a: |2\n    quatre espaces\n  deux\nb: >1-\n  x\n")
        #expect(try node.required("a").string() == "  quatre espaces\ndeux\n")
        #expect(try node.required("b").string() == " x")
    }

    @Test func headerMayHaveIndicatorsInEitherOrderAndAComment() throws {
        let node = try parse("a: |-2 # commentaire\n   x\nb: |2-\n   y\n")
        #expect(try node.required("a").string() == " x")
        #expect(try node.required("b").string() == " y")
    }

    @Test func emptyBlockScalar() throws {
        let node = try parse("a: |\nb: >+\n\n\nc: x\n")
        #expect(try node.required("a").string() == "")
        #expect(try node.required("b").string() == "\n\n")
    }

    @Test func blockScalarInSequenceAndHashInContent() throws {
        let node = try parse("- |\n  # pas un commentaire\n  ligne\n- b\n")
        #expect(node.value == .sequence([
            YAMLNode(.string("# pas un commentaire\nligne\n"), at: at(1, 3), scalarText: "# pas un commentaire\nligne\n"),
            YAMLNode(.string("b"), at: at(4, 3), scalarText: "b"),
        ]))
    }

    @Test func blockScalarLocationIsItsIndicator() throws {
        #expect(try parse("texte: >\n  x\n").required("texte").location == at(1, 8))
    }
}
