import Diagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func headlineHasTheCompilerFormat() {
        let diagnostic = Diagnostic.error("unknown key 'titel'", file: "infolettre.yml", at: SourceLocation(line: 3, column: 1),
                                          hint: "did you mean 'title'?")
        #expect(diagnostic.headline == "infolettre.yml:3:1: error: unknown key 'titel'")
        #expect(diagnostic.description == "infolettre.yml:3:1: error: unknown key 'titel'\n  hint: did you mean 'title'?")
    }

    @Test func unknownPartsAreLeftOut() {
        #expect(Diagnostic.warning("size", file: "email.html").headline == "email.html: warning: size")
        #expect(Diagnostic.error("boom").headline == "error: boom")
    }

    @Test func locationsAndSeveritiesOrder() {
        #expect(SourceLocation(line: 2, column: 9) < SourceLocation(line: 3, column: 1))
        #expect(SourceLocation(line: 3, column: 1) < SourceLocation(line: 3, column: 2))
        #expect(Severity.error < Severity.warning)
        #expect(Severity.warning < Severity.note)
    }

    @Test func manyDiagnosticsPrintOnePerLine() {
        let error = DiagnosticsError([.error("a", file: "x"), .warning("b", file: "y")])
        #expect(error.description == "x: error: a\ny: warning: b")
    }
}
