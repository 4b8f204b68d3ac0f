import Testing

@testable import Email

@Suite("CSS selectors")
struct CSSSelectorTests {
    @Test(arguments: [
        ("*", CSSSpecificity(ids: 0, classes: 0, types: 0)),
        ("li", CSSSpecificity(ids: 0, classes: 0, types: 1)),
        ("ul li", CSSSpecificity(ids: 0, classes: 0, types: 2)),
        ("ul ol+li", CSSSpecificity(ids: 0, classes: 0, types: 3)),
        ("h1 + *[rel=up]", CSSSpecificity(ids: 0, classes: 1, types: 1)),
        ("ul ol li.red", CSSSpecificity(ids: 0, classes: 1, types: 3)),
        ("li.red.level", CSSSpecificity(ids: 0, classes: 2, types: 1)),
        ("#x34y", CSSSpecificity(ids: 1, classes: 0, types: 0)),
        ("#s12:not(FOO)", CSSSpecificity(ids: 1, classes: 0, types: 1)),
        ("a:not(.b, #c)", CSSSpecificity(ids: 1, classes: 0, types: 1)),
        ("td:nth-child(2n+1)", CSSSpecificity(ids: 0, classes: 1, types: 1)),
        ("a:hover", CSSSpecificity(ids: 0, classes: 1, types: 1)),
        ("p::before", CSSSpecificity(ids: 0, classes: 0, types: 2)),
    ])
    func specificity(selector: String, expected: CSSSpecificity) throws {
        #expect(try #require(CSSSelector(parsing: selector)).specificity == expected)
    }

    @Test func parsesCombinatorsAndSimpleSelectors() throws {
        let selector = try #require(CSSSelector(parsing: "table.main>tr  td ~ td + th#x[data-a='1 2' i]"))
        #expect(selector.components.map(\.combinator) == [nil, .child, .descendant, .subsequentSibling, .nextSibling])
        #expect(selector.components[4].compound.simpleSelectors == [
            .type("th"), .id("x"),
            .attribute(CSSAttributeSelector(name: "data-a", comparison: .equals("1 2"), ignoresCase: true)),
        ])
    }

    @Test func decodesEscapes() throws {
        let selector = try #require(CSSSelector(parsing: #".\31 0\25 .a\:b"#))
        #expect(selector.components[0].compound.simpleSelectors == [.class("10%"), .class("a:b")])
    }

    @Test func dynamicPseudoClassesAndElementsAreNotStatic() throws {
        for text in ["a:hover", "a:visited", "input:focus", "p::before", "p:after", "a:is(.x)", "li:first-of-type"] {
            #expect(try #require(CSSSelector(parsing: text)).isStatic == false, "\(text)")
        }
        for text in ["li:first-child", "li:last-child", "tr:nth-child(odd)", "p:not(.x)", "[href^=http]"] {
            #expect(try #require(CSSSelector(parsing: text)).isStatic, "\(text)")
        }
    }

    @Test func rejectsWhatItDoesNotUnderstand() {
        for text in ["", "a >", "> a", "a > > b", "svg|rect", ".1x", "a[", "a[b=]", "a:not(:not(b))", "a:not(b c)",
            "td:nth-child(foo)", "a!", "[a~~b]"]
        {
            #expect(CSSSelector(parsing: text) == nil, "\(text)")
        }
        let long = Array(repeating: "div", count: CSSSelectorParser.maximumCompounds + 1).joined(separator: " ")
        #expect(CSSSelector(parsing: long) == nil)
    }

    @Test func splitsSelectorListsKeepingUnknownParts() {
        let parts = CSSSelectorParser.parseList("a, a:hover , [data-x=\"a,b\"], svg|a")
        #expect(parts.map(\.text) == ["a", "a:hover", "[data-x=\"a,b\"]", "svg|a"])
        #expect(parts.map { $0.selector != nil } == [true, true, true, false])
    }

    @Test(arguments: [
        ("odd", [1, 3, 5]), ("even", [2, 4, 6]), ("3", [3]), ("-n+3", [1, 2, 3]), ("2n + 1", [1, 3, 5]),
        ("+n", [1, 2, 3, 4, 5, 6]), ("3n-1", [2, 5]), ("-2n", []),
    ])
    func nthExpressions(text: String, positions: [Int]) throws {
        let expression = try #require(CSSNthExpression(parsing: text))
        #expect((1...6).filter(expression.matches(position:)) == positions)
    }

    @Test func nthExpressionRejectsHugeValues() {
        #expect(CSSNthExpression(parsing: "9223372036854775807n") == nil)
        #expect(CSSNthExpression(parsing: "-9223372036854775808") == nil)
        #expect(CSSNthExpression(parsing: "2n1") == nil)
    }
}
