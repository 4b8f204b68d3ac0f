import Foundation
import Testing
@testable import Privacy

@Suite("Charter: medicines, insults, advertising")
struct CharterTests {
    @Test("medicine names as whole words, any case or accents, multiword first", arguments: [
        ("J'ai donné du Doliprane et du paracetamol.", "J'ai donné du [médicament] et du [médicament]."),
        ("Passage à l'insuline Lantus ce soir", "Passage à l'[médicament] ce soir"),
        ("LOVENOX 4000 en sous-cut", "[médicament] 4000 en sous-cut"),
        ("sous Kardégic et Eliquis", "sous [médicament] et [médicament]"),
        ("un peu de morphine", "un peu de [médicament]"),
        ("la xanaxophobie n'existe pas", "la xanaxophobie n'existe pas"),
        ("l'enoxaparine", "l'[médicament]"),
    ])
    func medicines(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("the bundled lexicon has several hundred entries")
    func lexiconSize() {
        #expect(MedicineLexicon.names.count >= 500)
    }

    @Test("extra medicines from the configuration")
    func extraMedicines() {
        let options = AnonymizerOptions(charter: CharterOptions(extraMedicines: ["Zoltérix"]))
        #expect(Fixtures.anonymize("prise de ZOLTERIX le soir", options: options) == "prise de [médicament] le soir")
        #expect(Fixtures.anonymize("prise de Zoltérix le soir") == "prise de Zoltérix le soir")
    }

    @Test("BDPM sample in Windows-1252: brands, generics without their laboratory, no ordinary words")
    func bdpm() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/CIS_bdpm_sample.txt")
        let names = try BDPMReader.medicineNames(contentsOf: url)
        #expect(names.contains("DOLIPRANE"))
        #expect(names.contains("AMLODIPINE"))
        #expect(names.contains("METFORMINE"))
        #expect(names.contains("EFFERALGAN VITAMINE C"))
        #expect(names.contains("EFFERALGAN"))
        #expect(names.contains("PRÉVISCAN"))
        #expect(names.contains("ZOLTÉRIX"))
        #expect(!names.contains { $0.hasPrefix("EAU") })
        let options = AnonymizerOptions(charter: CharterOptions(extraMedicines: names))
        #expect(Fixtures.anonymize("du zolterix", options: options) == "du [médicament]")
    }

    @Test("a malformed database line is reported with its line")
    func bdpmMalformed() {
        #expect(throws: BDPMError.malformedLine(path: "x.txt", line: 2)) {
            try BDPMReader.medicineNames(in: Data("1\tDOLIPRANE 500 mg\nnot a bdpm line\n".utf8), path: "x.txt")
        }
    }

    @Test("insults, slurs and accusations exclude the thread", arguments: [
        ("Quel connard ce chef.", CharterViolation.insult),
        ("C'est une incompétente notoire.", .defamation),
        ("Ce type est un ESCROC", .defamation),
    ])
    func insults(text: String, violation: CharterViolation) {
        let anonymizer = TextAnonymizer(lexicon: MemberLexicon(members: []), options: AnonymizerOptions())
        #expect(anonymizer.anonymize(text).violations == [violation])
    }

    @Test("ordinary talk is no insult")
    func noInsult() {
        let anonymizer = TextAnonymizer(lexicon: MemberLexicon(members: []), options: AnonymizerOptions())
        #expect(anonymizer.anonymize("Le patient est confus, c'est compliqué, je suis épuisée.").violations.isEmpty)
    }

    @Test("advertising is removed, one marker per sentence", arguments: [
        ("Super gants ! Code PROMO20 pour -20 % sur monshop.fr", "Super gants ! [publicité]"),
        ("Achetez-les en vente sur https://www.boutique-soins.fr/gants?ref=claire maintenant.",
         "[publicité] maintenant."),
        ("Le tensiomètre est à 49,90 € seulement.", "Le tensiomètre est à [publicité] seulement."),
        ("Avec le code promo SOIGNANT tu as la livraison gratuite.", "Avec le [publicité]."),
    ])
    func advertising(input: String, expected: String) {
        #expect(Fixtures.anonymize(input) == expected)
    }

    @Test("amounts and links without a sales pitch stay", arguments: [
        "La prime est de 100 € par mois.",
        "Voir la recommandation sur https://www.has-sante.fr/jcms/c_123 pour les détails.",
        "Le code de la route, le code RPPS.",
        "Il reste 20 % des lits.",
    ])
    func notAdvertising(input: String) {
        #expect(Fixtures.anonymize(input) == input)
    }
}

@Suite("Charter: medicines no lexicon knows")
struct UnlistedMedicineTests {
    @Test("a word before a dosage or after `sous` / a galenic form is a medicine", arguments: [
        ("Elle prend du Kestrelix 20 mg le soir.", "Elle prend du [médicament] 20 mg le soir."),
        ("vitabrol 50 000 UI par mois", "[médicament] 50 000 UI par mois"),
        ("puis tramizoline 0,5 ml", "puis [médicament] 0,5 ml"),
        ("Elle est sous Xolarion depuis mars.", "Elle est sous [médicament] depuis mars."),
        ("un comprimé de Tavrolex", "un comprimé de [médicament]"),
    ])
    func context(input: String, expected: String) {
        #expect(Fixtures.anonymize(input, options: AnonymizerOptions(recognizers: [])) == expected)
    }

    @Test("ordinary words before a dosage or after `sous` stay", arguments: [
        "Il faut donner 500 mg toutes les six heures.",
        "Donner 500 mg. Passer 250 ml en une heure.",
        "La dose de 1 g est suffisante, puis 2 mg.",
        "Sous Paris il y a des catacombes. Il est sous Nathalie dans le planning.",
        "Elle pèse 12 kg.",
    ])
    func ordinary(input: String) {
        #expect(Fixtures.anonymize(input, options: AnonymizerOptions(recognizers: [])).contains("[médicament]") == false)
    }
}
