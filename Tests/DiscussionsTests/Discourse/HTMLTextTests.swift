import Testing
@testable import Discussions

@Suite struct HTMLTextTests {
    private func text(_ html: String) -> String { HTMLText.text(fromHTML: html) }

    @Test func turnsBlocksBreaksAndListsIntoText() {
        #expect(text("<p>Un  paragraphe\nsur deux lignes.</p><p>Deux<br>lignes</p>") == "Un paragraphe sur deux lignes.\n\nDeux\nlignes")
        #expect(text("<ul><li>un</li><li><em>deux</em></li></ul><h2>Titre</h2>") == "- un\n- deux\n\nTitre")
        #expect(text("<pre><code>ligne 1\n  ligne 2</code></pre>") == "ligne 1\n  ligne 2")
    }

    @Test func dropsScriptsStylesAndQuotes() {
        #expect(text("<style>p{}</style>A<script>if (a < b) alert('x')</script>B<SCRIPT>c</SCRIPT>") == "AB")
        #expect(text("<aside class=\"quote\"><aside class=\"quote\">x</aside>y</aside><p>réponse</p>") == "réponse")
        #expect(text("<aside class=\"onebox\">aperçu</aside>") == "aperçu")
    }

    @Test func keepsLinkTextAndOnlySafeTargets() {
        #expect(text("<a href=\"https://ex.fr/a b(1)\">site</a>") == "[site](https://ex.fr/a%20b%281%29)")
        #expect(text("<a href=\"mailto:x@ex.fr\">écrire</a> ou <a href=\"javascript:alert(1)\">pas</a>") == "[écrire](mailto:x@ex.fr) ou pas")
        #expect(text("<a href=\"/t/1842\">sujet</a>") == "sujet")
        #expect(text("<a href=\"https://ex.fr/?a=1&amp;b=2\"></a>") == "[https://ex.fr/?a=1&b=2](https://ex.fr/?a=1&b=2)")
    }

    @Test func decodesEntities() {
        #expect(text("&eacute;t&eacute; &amp; &#233;&#xE9; &laquo;&nbsp;oui&nbsp;&raquo; &#0; &bogus; & fin") == "été & éé «\u{A0}oui\u{A0}» \u{FFFD} &bogus; & fin")
    }

    /// Whether every `<` is escaped: preceded by an odd number of backslashes.
    private func hasNoTag(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.allSatisfy { index in
            guard scalars[index] == "<" else { return true }
            var backslashes = 0
            while index - backslashes > 0, scalars[index - backslashes - 1] == "\\" { backslashes += 1 }
            return backslashes % 2 == 1
        }
    }

    @Test func escapesBackslashesAndBracketsSoNoEscapeOrLinkCanBeForged() {
        #expect(text("\\&lt;b&gt;") == "\\\\\\<b>")
        #expect(text("<a href=\"https://ok.fr\">x](javascript:alert(1)</a>") == "[x\\](javascript:alert(1)](https://ok.fr)")
    }

    @Test func neverLetsATagThrough() {
        let hostile = [
            "&lt;script&gt;alert(1)&lt;/script&gt;", "<<script>x", "a < b", "<img src=x onerror=alert(1)>",
            "<a href=\"https://x.fr/<b>\">&lt;i&gt;</a>", "<!-- <b> -->c", "<p", "&#60;b&#62;", "</", "\\<b>", "\\&lt;b>",
        ]
        for html in hostile {
            let output = text(html)
            #expect(hasNoTag(output), "\(html) -> \(output)")
        }
        #expect(text("&lt;script&gt;alert(1)&lt;/script&gt;") == "\\<script>alert(1)\\</script>")
        #expect(text("a < b") == "a \\< b")
    }

    @Test func randomMarkupNeverProducesATag() {
        var generator = SplitMix64(seed: 42)
        let pieces = ["<", ">", "/", "a", "p", "script", "aside class=\"quote\"", "&lt;", "&#60;", "&", ";", " ", "\"", "=", "!--", "href=", "https://x", "é"]
        for _ in 0..<300 {
            let html = (0..<40).map { _ in pieces[generator.next(below: pieces.count)] }.joined()
            #expect(hasNoTag(HTMLText.text(fromHTML: html)), "\(html)")
        }
    }
}

/// A deterministic pseudo-random generator (SplitMix64), so a failing input can be replayed.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }
}
