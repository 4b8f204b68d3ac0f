import Testing
@testable import Privacy

@Suite struct PatientRecognizerTests {
    let recognizer = PatientRecognizer()

    @Test(arguments: [
        ("J'ai vu Mme X, 82 ans, chambre 12 ce matin", "Mme X, 82 ans, chambre 12"),
        ("M. Martin (45 ans) est sorti", "M. Martin (45 ans)"), ("Marie, 82 ans, a chuté", "Marie, 82 ans"),
        ("Jean Dupont (82 ans) ch. 12", "Jean Dupont (82 ans) ch. 12"),
        ("le patient de la chambre 12 sonne", "patient de la chambre 12"),
        ("la patiente du lit 4 dort", "patiente du lit 4"), ("en chambre 214B depuis hier", "chambre 214B"),
        ("au box 3", "box 3"), ("lit n° 4", "lit n° 4"), ("Mme Durand, chambre 5", "Mme Durand, chambre 5"),
        ("Mme D. 90 ans", "Mme D. 90 ans"), ("Mr Y., 77 ans, ch 8", "Mr Y., 77 ans, ch 8"),
        ("chambre n°12 : RAS", "chambre n°12"), ("Mme Martin, âgée de 82 ans, va mieux", "Mme Martin, âgée de 82 ans"),
        ("IPP 12345678, sortie", "IPP 12345678"), ("séjour NDA : 2024001234", "NDA : 2024001234"),
        ("n° de dossier : 2024-00123", "n° de dossier : 2024-00123"),
        ("M. Durand (IPP 1234567)", "M. Durand (IPP 1234567)"), ("in room 12B today", "room 12B"),
        ("Léa (3 ans)", "Léa (3 ans)"), ("M. Bernard du lit 4, 87 ans, déambule", "M. Bernard du lit 4, 87 ans"),
        ("Mme Roy de la chambre 8 dort", "Mme Roy de la chambre 8"),
    ])
    func flagsPatientDescriptions(text: String, patient: String) {
        #expect(recognizedSpans(recognizer, in: text) == [patient])
    }

    @Test(arguments: [
        "Mme Dupont est partie", "une chambre double", "il a 82 ans", "depuis 12 ans", "lit de camp", "en 2026",
        "500 mg", "chambre 12345", "une patiente de 82 ans", "la boxe 3 fois", "le 23/11/2026",
        "Il y a 150 ans", "Rose des sables", "J'ai 35 ans d'expérience", "Depuis 12 ans", "Elle, 40 ans",
        "Patiente, 82 ans", "le dossier 12 est clos", "IPP manquant", "Mme Roy de la région",
    ])
    func ignoresOtherText(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
