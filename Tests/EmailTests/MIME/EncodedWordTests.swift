import Testing

@testable import Email

@Suite("RFC 2047 encoded words")
struct EncodedWordTests {
    @Test func encodesFrenchSubjects() {
        #expect(EncodedWord.encode("Infolettre n°12 : été") == ["=?UTF-8?Q?Infolettre_n=C2=B012_=3A_=C3=A9t=C3=A9?="])
    }

    @Test(arguments: [
        "Infolettre n°48 — soins palliatifs, « bonnes pratiques » et nouveautés de l’été 2026 🌿",
        String(repeating: "é", count: 100),
        "👩🏽‍⚕️👩🏽‍⚕️👩🏽‍⚕️ équipe de nuit 👩🏽‍⚕️👩🏽‍⚕️",
        "_=?= tricky ?= _",
    ])
    func splitsIntoShortWordsWithoutCuttingCharacters(subject: String) {
        let words = EncodedWord.encode(subject)
        for word in words {
            #expect(word.count <= 75, "\(word)")
            let decoded = EncodedWord.decode(word)
            #expect(!decoded.contains("\u{FFFD}"), "\(word)")
        }
        #expect(EncodedWord.decode(words.joined(separator: "\r\n ")) == subject)
    }

    @Test func splitsAClusterTooLongForOneWordBetweenScalars() {
        let cluster = "e" + String(repeating: "\u{301}", count: 30)  // One grapheme, 61 UTF-8 bytes.
        let words = EncodedWord.encode(cluster)
        #expect(words.count > 1)
        #expect(words.allSatisfy { $0.count <= 75 && !EncodedWord.decode($0).contains("\u{FFFD}") })
        #expect(EncodedWord.decode(words.joined(separator: " ")) == cluster)
    }

    @Test func decodesMixedHeaders() {
        #expect(EncodedWord.decode("=?utf-8?b?w6l0w6k=?= =?UTF-8?Q?_=C3=A0?= Lyon") == "été à Lyon")
        #expect(EncodedWord.decode("Re: =?ISO-8859-1?Q?caf=E9?=") == "Re: café")
        #expect(EncodedWord.decode("plain  text") == "plain  text")
        #expect(EncodedWord.decode("=?x-unknown?Q?a?=") == "=?x-unknown?Q?a?=")
    }
}
