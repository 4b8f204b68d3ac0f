import Site
import Testing

/// The tokenizer works on UTF-8 bytes with its own tables; these pin its terms, byte for byte, on the inputs where a
/// table and Unicode's rules could disagree.
@Suite struct SearchTokenizerTests {
    private func bytes(_ terms: [String]) -> [[UInt8]] { terms.map { Array($0.utf8) } }

    @Test func frenchApostrophesLigaturesAndAccents() {
        #expect(bytes(SearchTokenizer.terms("L’été de l'œuvre : Cœur, ÆGIS, sœur"))
            == bytes(["ete", "oeuvre", "coeur", "aegis", "soeur"]))
        // A ligature alone folds to two letters, enough to be a term; single letters are not.
        #expect(SearchTokenizer.terms("a œ æ y x2 24h/24 C++ l’ ’") == ["oe", "ae", "x2", "24h", "24"])
        #expect(bytes(SearchTokenizer.terms("DROIT—déontologie…«test»\u{A0}nbsp\u{202F}fin"))
            == bytes(["droit", "deontologie", "test", "nbsp", "fin"]))
    }

    @Test func combiningMarksAreSkippedInsideWords() {
        #expect(bytes(SearchTokenizer.terms("e\u{301}te\u{301} naïve n\u{303}o")) == bytes(["ete", "naive", "no"]))
    }

    @Test func otherScriptsAreLowercasedAndDecomposed() {
        #expect(bytes(SearchTokenizer.terms("Ωμέγα Ёж 日本語 한국 שלום मराठी")) == [
            Array("ωμεγα".utf8), Array("\u{435}\u{436}".utf8), Array("日本語".utf8),
            Array("\u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8}".utf8), Array("שלום".utf8),
            Array("\u{92E}\u{930}\u{93E}\u{920}\u{940}".utf8),
        ])
        #expect(bytes(SearchTokenizer.terms("ß ßa ı İstanbul ǅemal Ⅻ ① ²x 𝐀b ﬁn"))
            == bytes(["ßa", "istanbul", "\u{1C6}emal", "𝐀b", "ﬁn"]))
    }

    @Test func emojiAndControlCharactersSeparateTerms() {
        #expect(SearchTokenizer.terms("😀emoji👩‍⚕️soins🇫🇷 ok") == ["emoji", "soins", "ok"])
        #expect(SearchTokenizer.terms("tab\there\u{0}nul\u{1F}unit") == ["tab", "here", "nul", "unit"])
    }
}
