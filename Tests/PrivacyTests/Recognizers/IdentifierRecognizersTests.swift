import Testing
@testable import Privacy

@Suite struct IdentifierRecognizersTests {
    @Test func listsEveryRecognizerInAStableOrder() {
        let names = IdentifierRecognizers.all().map { String(describing: type(of: $0)) }
        #expect(
            names == [
                "EmailRecognizer", "ProfileURLRecognizer", "IBANRecognizer", "SocialSecurityNumberRecognizer",
                "ProfessionalIDRecognizer", "PhoneRecognizer", "DateOfBirthRecognizer", "PostalAddressRecognizer",
                "PatientRecognizer", "TitledNameRecognizer",
            ])
    }

    @Test func findsEveryPlantedIdentifierOfAMessage() {
        let message = """
            Bonjour, je suis joignable au 06 12 34 56 78 ou à marie.dupont@exemple.fr. Mon RPPS : 10001234565,
            NIR 1 85 05 78 006 084 91, IBAN FR76 3000 6000 0112 3456 7890 189. Née le 12/03/1958, j'habite
            12 rue de la Paix, 35000 Rennes. Profil : https://cercle.example/u/marie. Mme X, 82 ans, chambre 12,
            a vu le Dr Lefèvre. La pierre angulaire, un ciel clair, Rose des sables.
            """
        var copy = message
        let findings = copy.withUTF8 {
            IdentifierRecognizers.findings(in: $0, memberProfilePrefixes: ["https://cercle.example/u/"])
        }
        let bytes = Array(message.utf8)
        let flagged = findings.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(
            Set(findings.map(\.category)) == [
                .phone, .email, .professionalID, .socialSecurityNumber, .iban, .dateOfBirth, .postalAddress,
                .profileURL, .patient, .name,
            ])
        for planted in [
            "06 12 34 56 78", "marie.dupont@exemple.fr", "10001234565", "1 85 05 78 006 084 91",
            "FR76 3000 6000 0112 3456 7890 189", "12/03/1958", "12 rue de la Paix, 35000 Rennes",
            "https://cercle.example/u/marie", "Mme X, 82 ans, chambre 12", "Lefèvre",
        ] {
            #expect(flagged.contains(planted), "\(planted) not flagged")
        }
        #expect(!flagged.contains { $0.contains("pierre") || $0.contains("ciel") || $0.contains("Rose") })
        #expect(findings.map(\.range.lowerBound) == findings.map(\.range.lowerBound).sorted())
    }

    @Test func keepsOrdinaryProse() {
        let prose = """
            La pierre angulaire du soin, c'est l'écoute : un ciel clair après la garde, Rose des sables au jardin.
            Le 23/11/2026 à 14h30, réunion en salle 3 ; la formation coûte 12,50 € (TVA 20 %) et dure 2 h.
            Posologie : 500 mg matin et soir, 1/2 comprimé si besoin, 3 x par jour pendant 10 jours en 2026.
            Madame la Ministre et Monsieur le Maire ont visité la rue principale ; le docteur en pharmacie aussi.
            Une chambre double, 2 cours de yoga, 3 places de parking, 150 000 soignants, 35 % des IDE, né en 1958.
            Voir https://www.has-sante.fr/jcms/recommandations et le groupe facebook.com/groups/infirmiers.
            Merci Docteur. Bonjour Madame, je vous écris au sujet du planning 2026-2027 du service n° 4.
            """
        let spans = IdentifierRecognizers.all().flatMap { recognizedSpans($0, in: prose) }
        #expect(spans.isEmpty, "flagged: \(spans)")
    }

    @Test func survivesArbitraryBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        let alphabet = Array("0123456789 +@.()/-:,néÉrueMmeDr chambre ans FR76 at [at] https://x.com/u/\n\u{00A0}".utf8)
        for _ in 0..<100_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let pick = Int(state >> 33)
            bytes.append(pick % 5 == 0 ? UInt8(truncatingIfNeeded: pick >> 8) : alphabet[pick % alphabet.count])
        }
        let findings = bytes.withUnsafeBufferPointer { IdentifierRecognizers.findings(in: $0) }
        #expect(
            findings.allSatisfy { !$0.range.isEmpty && $0.range.lowerBound >= 0 && $0.range.upperBound <= bytes.count })
    }

    /// Inputs that would make a quadratic scanner take minutes: each repeats a prefix that starts a match
    /// attempt without completing it.
    @Test(arguments: [
        "1 ", "@", "a.", "Mme ", "12 rue ", "né le ", "+33 ", "FR76 ", "chambre ", "https://x/", "Dr Jean ",
        "x [at] ", "0", "Marie, ",
    ])
    func staysLinearOnAdversarialRepetitions(unit: String) {
        let text = String(repeating: unit, count: 60_000 / unit.utf8.count)
        var copy = text
        let findings = copy.withUTF8 { IdentifierRecognizers.findings(in: $0) }
        #expect(findings.allSatisfy { $0.range.upperBound <= text.utf8.count })
    }
}
