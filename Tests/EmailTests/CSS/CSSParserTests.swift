import Testing

@testable import Email

@Suite("CSS parser")
struct CSSParserTests {
    private func rules(_ css: String) -> [CSSRule] {
        CSSStyleSheet(parsing: css).items.compactMap { if case .rule(let rule) = $0 { rule } else { nil } }
    }

    private func atRules(_ css: String) -> [CSSAtRule] {
        CSSStyleSheet(parsing: css).items.compactMap { if case .atRule(let atRule) = $0 { atRule } else { nil } }
    }

    @Test func parsesRulesSelectorListsAndDeclarations() {
        let parsed = rules("h1, h2 > a { color: #333; Font-Size : 20px }\n.x{margin:0}")
        #expect(parsed.count == 2)
        #expect(parsed[0].selectorText == "h1, h2 > a")
        #expect(parsed[0].declarations == [
            CSSDeclaration(property: "color", value: "#333"), CSSDeclaration(property: "font-size", value: "20px"),
        ])
        #expect(parsed[1].declarations == [CSSDeclaration(property: "margin", value: "0")])
    }

    @Test func readsImportantInAnyCaseAndSpacing() {
        let declarations = rules("p { color: red !important; margin: 0 ! IMPORTANT; padding: 1px }")[0].declarations
        #expect(declarations.map(\.important) == [true, true, false])
        #expect(declarations.map(\.value) == ["red", "0", "1px"])
    }

    @Test func removesCommentsButNotInsideStrings() {
        let parsed = rules("/* head */ p /* x */ { content: \"/* kept */\"; color: /* gone */ blue }")
        #expect(parsed.count == 1)
        #expect(parsed[0].declarations.map(\.value) == ["\"/* kept */\"", "blue"])
    }

    @Test func semicolonsAndBracesInsideStringsAndURLsDoNotSplit() {
        let parsed = rules("a { content: \"a;b}\"; background: url(data:image/png;base64,AA==) no-repeat }")
        #expect(parsed.count == 1)
        #expect(parsed[0].declarations.map(\.value) == ["\"a;b}\"", "url(data:image/png;base64,AA==) no-repeat"])
    }

    @Test func customPropertiesKeepTheirCase() {
        #expect(rules(":root { --Brand-Color: #c00 }")[0].declarations[0].property == "--Brand-Color")
    }

    @Test func keepsAtRulesVerbatim() {
        let css = """
            @import url("fonts.css");
            @media (max-width: 600px) { .wrapper { width: 100% !important } td { display: block } }
            @font-face { font-family: "Marianne"; src: url(m.woff2) format("woff2") }
            @supports (display: grid) { .g { display: grid } }
            p { color: red }
            """
        let parsed = atRules(css)
        #expect(parsed.map(\.name) == ["import", "media", "font-face", "supports"])
        #expect(parsed[0].text == "@import url(\"fonts.css\");")
        #expect(parsed[1].text == "@media (max-width: 600px) { .wrapper { width: 100% !important } td { display: block } }")
        #expect(rules(css).map(\.selectorText) == ["p"])
    }

    @Test func skipsBadDeclarationsLikeBrowsers() {
        let declarations = rules("p { color red; : blue; 9x: 1; margin: ; padding: 2px; nested { a: b }; top: 0 }")[0]
            .declarations
        #expect(declarations == [
            CSSDeclaration(property: "padding", value: "2px"), CSSDeclaration(property: "top", value: "0"),
        ])
    }

    @Test func recoversFromBrokenRules() {
        let parsed = rules("} p { color: red } ; <!-- h1 { margin: 0 } --> div { color: blue")
        #expect(parsed.map(\.selectorText) == ["p", "h1", "div"])
        #expect(parsed[2].declarations == [CSSDeclaration(property: "color", value: "blue")])
        #expect(rules("p { color: red").count == 1)
        #expect(rules("a:hover").isEmpty)
        #expect(rules("p { content: \"unterminated\n color: red }").count == 1)
    }

    @Test func survivesHostileInput() {
        let deep = String(repeating: "{(", count: 20_000) + "p { color: red }"
        #expect(CSSStyleSheet(parsing: deep).items.count <= 1)
        let garbage = String(repeating: "\\\"'@{}();:!/*", count: 2_000)
        _ = CSSStyleSheet(parsing: garbage)
        #expect(atRules("@").isEmpty)
        #expect(atRules("@media screen { p { color: red }").first?.text == "@media screen { p { color: red }}")
    }

    @Test func parsesStyleAttributeDeclarationLists() {
        #expect(CSSDeclaration.parseList("color:red;;padding : 0 !important;") == [
            CSSDeclaration(property: "color", value: "red"),
            CSSDeclaration(property: "padding", value: "0", important: true),
        ])
    }
}
