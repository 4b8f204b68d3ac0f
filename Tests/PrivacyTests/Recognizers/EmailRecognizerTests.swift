import Testing
@testable import Privacy

@Suite struct EmailRecognizerTests {
    let recognizer = EmailRecognizer()

    @Test(arguments: [
        "marie.dupont@exemple.fr", "jean+newsletter@mail.chu-rennes.fr", "a_b-c%d@sub.domain.example.com",
        "hélène.léger@exemple.fr", "prenom.nom [at] exemple.fr", "prenom.nom(at)exemple.fr",
        "prenom.nom {at} exemple.fr", "prenom.nom arobase exemple.fr", "prenom.nom [arobase] exemple.fr",
        "prenom.nom at exemple.fr", "prenom.nom [at] exemple [dot] fr", "prenom.nom (at) exemple (point) fr",
        "Marie.Dupont@Exemple.FR", "prenom.nom [ at ] exemple.fr", "prenom (dot) nom (at) exemple (dot) fr",
        "prenom[point]nom[arobase]exemple[point]fr", "MARIE@EXEMPLE.FR",
        "prenom.nom at exemple point fr", "marie arobase exemple dot com",
    ])
    func flagsAddressesAndObfuscations(address: String) {
        #expect(recognizedSpans(recognizer, in: "Écrivez à \(address).") == [address])
        #expect(recognizedSpans(recognizer, in: "<\(address)>") == [address])
    }

    @Test func findsSeveralAddresses() {
        let text = "a@b.fr, c.d@e.com; et x@y.org"
        #expect(recognizedSpans(recognizer, in: text) == ["a@b.fr", "c.d@e.com", "x@y.org"])
    }

    @Test func readsBareDotWordsOnlyAfterAnObfuscatedAt() {
        #expect(recognizedSpans(recognizer, in: "marie@exemple.fr point barre") == ["marie@exemple.fr"])
        #expect(recognizedSpans(recognizer, in: "marie at exemple point fr") == ["marie at exemple point fr"])
    }

    @Test func trimsLeadingPunctuationOfTheLocalPart() {
        #expect(recognizedSpans(recognizer, in: "(.marie@exemple.fr)") == ["marie@exemple.fr"])
    }

    @Test(arguments: [
        "@marie merci !", "rendez-vous à 14h @ l'hôpital", "marie@localhost", "marie@exemple.f",
        "le patient est at home", "regarde ça (at) la maison", "prix : 3 @ 12,50 €", "marie@-exemple.fr",
        "marie@exemple.123", "jean chez lui",
    ])
    func ignoresOtherText(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
