import Testing
@testable import Privacy

@Suite struct TitledNameRecognizerTests {
    let recognizer = TitledNameRecognizer()

    @Test(arguments: [
        ("J'ai vu M. Martin hier.", "Martin"), ("Mme Dupont est partie", "Dupont"),
        ("avec Mlle Léa Durand, ce matin", "Léa Durand"), ("le Dr. House", "House"), ("le Dr House", "House"),
        ("Pr Jean-Pierre de La Tour a dit", "Jean-Pierre de La Tour"), ("Me Durand plaide", "Durand"),
        ("le docteur Martin", "Martin"), ("Mme D. est venue", "D."), ("Monsieur DUPONT", "DUPONT"),
        ("Madame Élise Côté", "Élise Côté"), ("Mme d'Artagnan", "d'Artagnan"), ("Docteur Van der Berg", "Van der Berg"),
        ("Professeur O'Neil", "O'Neil"), ("Mademoiselle Rose", "Rose"), ("Mme Le Goff", "Le Goff"),
        ("Madame du Pont", "du Pont"), ("MME Martin", "Martin"), ("Mme\u{00A0}Martin", "Martin"),
        ("Melle Durand", "Durand"),
    ])
    func flagsTheNameAfterATitle(text: String, name: String) {
        #expect(recognizedSpans(recognizer, in: text) == [name])
    }

    @Test(arguments: [
        "Madame la Ministre", "Monsieur le Maire", "Monsieur Le Maire", "docteur en pharmacie",
        "Merci Madame. Bonne journée",
        "Bonjour Madame, Je vous écris", "Merci Madame Je vous", "il me Dit", "la rue Pasteur", "Dr 12",
        "MM. les députés", "Madame", "Mr.", "un Mmeblabla Martin", "Prochaine réunion", "Docteur, j'ai mal",
    ])
    func ignoresTitlesWithoutName(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }

    @Test func findsSeveralNames() {
        #expect(recognizedSpans(recognizer, in: "Mme Martin et M. Durand-Petit") == ["Martin", "Durand-Petit"])
    }
}
