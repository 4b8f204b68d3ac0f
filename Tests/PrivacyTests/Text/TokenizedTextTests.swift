import Testing
@testable import Privacy

@Suite("Tokenizer, folding and phrase matching")
struct TokenizedTextTests {
    static func words(_ text: String) -> [String] { TokenizedText.foldedWords(of: text) }

    @Test("folds case, accents, ligatures and decomposed accents")
    func folding() {
        #expect(Self.words("Hélène HELENE he\u{301}le\u{300}ne") == ["helene", "helene", "helene"])
        #expect(Self.words("Œdème, cœur, Ægir, straße") == ["oedeme", "coeur", "aegir", "strasse"])
        #expect(Self.words("Jean-Pierre l'olivier aujourd’hui") == ["jean", "pierre", "l", "olivier", "aujourd", "hui"])
    }

    @Test("token shapes: capitalised, uppercase, sentence start, line")
    func shapes() {
        var text = "Bonjour CLAIRE. merci\nÉmile"
        text.withUTF8 { bytes in
            let tokens = TokenizedText(bytes).tokens
            #expect(tokens.map(\.isCapitalized) == [true, true, false, true])
            #expect(tokens.map(\.isUppercase) == [false, true, false, false])
            #expect(tokens.map(\.isSentenceInitial) == [true, false, true, true])
            #expect(tokens.map(\.line) == [0, 0, 0, 1])
            #expect(String(decoding: bytes[tokens[3].range], as: UTF8.self) == "Émile")
        }
    }

    @Test("phrases match longest first, only over joined words")
    func phrases() {
        var trie = PhraseTrie<Int>()
        trie.insert(phrase: "Lantus", value: 1)
        trie.insert(phrase: "insuline Lantus", value: 2)
        var text = "l'Insuline  lantus, insuline LANTUS. Insuline.\nLantus"
        text.withUTF8 { bytes in
            let tokenized = TokenizedText(bytes)
            #expect(trie.longestMatch(in: tokenized, from: 1)?.value == 2)  // two spaces still join
            #expect(trie.longestMatch(in: tokenized, from: 3)?.last == 4)
            #expect(trie.longestMatch(in: tokenized, from: 5) == nil)  // `Insuline.` then a new line
            #expect(trie.longestMatch(in: tokenized, from: 6)?.value == 1)
        }
    }

    @Test("malformed UTF-8 never traps and still advances")
    func malformed() {
        let bytes: [UInt8] = [0x43, 0x6C, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x41]
        bytes.withUnsafeBufferPointer { buffer in
            #expect(TokenizedText(buffer).tokens.count == 2)
        }
    }
}
