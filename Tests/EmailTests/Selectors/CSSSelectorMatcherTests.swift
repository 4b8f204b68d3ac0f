import Foundation
import Testing

@testable import Email

@Suite("Selector matching")
struct CSSSelectorMatcherTests {
    private static let html = """
        <html><body>
        <table id="t" class="main wide" data-kind="news-fr"><tr id="r1"><td id="c1" lang="fr-CA">a</td>
        <td id="c2" class="x">b</td><td id="c3" title="Hello World">c</td><td id="c4">d</td></tr></table>
        <div id="d"><p id="p1" class="lead">x</p><span id="s1"></span><p id="p2"><a id="a1" href="https://e.org/x.pdf">l</a></p></div>
        </body></html>
        """

    private func select(_ selectorText: String) throws -> [String] {
        let document = try HTMLDocument(parsing: Self.html)
        let (tree, _) = document.elementTree()
        let selector = try #require(CSSSelector(parsing: selectorText))
        let matcher = CSSSelectorMatcher(tree: tree)
        return tree.elements.indices.filter { matcher.matches(selector, element: $0) }.compactMap {
            tree.elements[$0].attribute("id")
        }
    }

    @Test(arguments: [
        ("td", ["c1", "c2", "c3", "c4"]),
        ("table td.x", ["c2"]),
        // libxml2 does not insert the implied <tbody>, so tr stays a child of table.
        ("#t > tr > td", ["c1", "c2", "c3", "c4"]),
        ("tr > td:first-child", ["c1"]),
        ("td:last-child", ["c4"]),
        ("td:nth-child(even)", ["c2", "c4"]),
        ("td:nth-last-child(2)", ["c3"]),
        ("td + td", ["c2", "c3", "c4"]),
        (".x ~ td", ["c3", "c4"]),
        (".x + td", ["c3"]),
        ("p ~ p", ["p2"]),
        ("span + p a", ["a1"]),
        ("div p", ["p1", "p2"]),
        ("body > div > p:first-child", ["p1"]),
        ("span:only-child", []),
        ("td:not(.x):not(#c1)", ["c3", "c4"]),
        ("td:not(.x, #c4)", ["c1", "c3"]),
        ("[title]", ["c3"]),
        ("[title~=World]", ["c3"]),
        ("[title~=Wor]", []),
        ("[lang|=fr]", ["c1"]),
        ("[data-kind^=news]", ["t"]),
        ("[href$='.pdf']", ["a1"]),
        ("[title*='lo Wo']", ["c3"]),
        ("[title='hello world' i]", ["c3"]),
        ("[title='hello world']", []),
        (".main.wide", ["t"]),
        ("TABLE#t", ["t"]),
        ("*#d *", ["p1", "s1", "p2", "a1"]),
    ])
    func matches(selector: String, expected: [String]) throws {
        #expect(try select(selector) == expected)
    }

    @Test func backtracksOverChildCombinators() throws {
        // `div > p a`: the first ancestor p of the link is inside a div, so it matches.
        #expect(try select("div > p a") == ["a1"])
        #expect(try select("body > p a") == [])
    }

    /// Without remembering refuted (compound, element) pairs, this failing match would try every way of placing
    /// ten `div`s among 100 ancestors (about 10^13 ways).
    @Test(.timeLimit(.minutes(1))) func failsFastOnBacktrackingSelectors() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100) + "<span id=\"s\"></span></body></html>"
        let document = try HTMLDocument(parsing: html)
        let (tree, _) = document.elementTree()
        let selector = try #require(CSSSelector(parsing: "p " + Array(repeating: "div", count: 10).joined(separator: " ") + " span"))
        let span = try #require(tree.elements.indices.last)
        let clock = ContinuousClock()
        let elapsed = clock.measure { #expect(!CSSSelectorMatcher(tree: tree).matches(selector, element: span)) }
        #expect(elapsed < .seconds(2))
    }
}
