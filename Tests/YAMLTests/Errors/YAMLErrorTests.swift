import Diagnostics
import Testing
import YAML

@Suite("Error diagnostics")
struct YAMLErrorTests {
    private func diagnostic(_ text: String) -> String? {
        parseError(text)?.diagnostic(file: "infolettre.yml").description
    }

    @Test func messagesAndHintsReadLikeCompilerErrors() {
        #expect(diagnostic("site:\n\ttitre: x\n") == """
            infolettre.yml:2:1: error: tab character in indentation
              hint: indent with spaces
            """)
        #expect(diagnostic("titre: \"Soins : bilan\nautre: x\n") == """
            infolettre.yml:1:8: error: unterminated quoted string
              hint: add the closing quote; a string continued on the next lines must be indented more than its key
            """)
        #expect(diagnostic("base: &commun x\n") == """
            infolettre.yml:1:7: error: unsupported YAML: anchors ('&name')
              hint: repeat the value instead of sharing it
            """)
        #expect(diagnostic("titre: Soins: bilan\n") == """
            infolettre.yml:1:13: error: unexpected ':' (a mapping cannot start here)
              hint: quote the value if it contains ': '
            """)
        #expect(diagnostic("date: 2026-02-30\n") == """
            infolettre.yml:1:7: error: invalid date '2026-02-30'
              hint: write a real date as YYYY-MM-DD, or quote the value to keep it as text
            """)
        #expect(diagnostic("a: \u{1}") == """
            infolettre.yml:1:4: error: control character U+0001 is not allowed
              hint: remove the invisible character
            """)
    }

    @Test func everyErrorExposesItsLocation() {
        let error = YAMLError.expectedFlowSeparator(closing: "]", location: at(4, 2))
        #expect(error.location == at(4, 2))
        #expect(error.message == "expected ',' or ']'")
        #expect(error.diagnostic(file: nil).location == at(4, 2))
    }
}
