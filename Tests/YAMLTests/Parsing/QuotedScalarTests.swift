import Testing
import YAML

@Suite("Quoted scalars")
struct QuotedScalarTests {
    @Test func singleQuotedDoublesTheQuoteAndKeepsBackslashes() throws {
        #expect(try parse(#"t: 'l''équipe de nuit \n'"#).required("t").string() == #"l'équipe de nuit \n"#)
    }

    @Test func quotedScalarsAreAlwaysStrings() throws {
        let node = try parse("a: \"12\"\nb: 'true'\nc: \"2026-11-23\"\nd: ''\ne: \"null\"")
        #expect(render(node) == #"{a: "12", b: "true", c: "2026-11-23", d: "", e: "null"}"#)
    }

    @Test(arguments: [
        (#"\""#, "\""), (#"\\"#, "\\"), (#"\/"#, "/"), (#"\n"#, "\n"), (#"\t"#, "\t"), (#"\r"#, "\r"),
        (#"\0"#, "\u{0}"), (#"\e"#, "\u{1B}"), (#"\ "#, " "), (#"\a"#, "\u{7}"), (#"\b"#, "\u{8}"),
        (#"\v"#, "\u{B}"), (#"\f"#, "\u{C}"), (#"\N"#, "\u{85}"), (#"\_"#, "\u{A0}"), (#"\L"#, "\u{2028}"),
        (#"\P"#, "\u{2029}"), (#"\x41"#, "A"), (#"\u00e9"#, "é"), (#"\u00E9"#, "é"), (#"\U0001F600"#, "😀"),
        ("\\\t", "\t"),
    ])
    func doubleQuotedEscapes(escape: String, expected: String) throws {
        #expect(try parse("t: \"<\(escape)>\"").required("t").string() == "<\(expected)>")
    }

    @Test func multiLineQuotedScalarsFold() throws {
        let node = try parse("""
            titre: "Soins : bilan
              de l'année   

              et perspectives"
            note: 'une
              deux'
            """)
        #expect(try node.required("titre").string() == "Soins : bilan de l'année\net perspectives")
        #expect(try node.required("note").string() == "une deux")
    }

    @Test func escapedLineBreakJoinsWithoutSpace() throws {
        let node = try parse("t: \"infir\\\n    mière\"")
        #expect(try node.required("t").string() == "infirmière")
    }

    @Test func escapedSpaceBeforeLineBreakIsKept() throws {
        let node = try parse("t: \"a\\ \n  b\"")
        #expect(try node.required("t").string() == "a  b")
    }

    @Test func quotedValueLocationIsItsOpeningQuote() throws {
        let node = try parse("titre: « x »\nsous-titre: \"Soins\"")
        #expect(try node.required("sous-titre").location == at(2, 13))
    }
}
