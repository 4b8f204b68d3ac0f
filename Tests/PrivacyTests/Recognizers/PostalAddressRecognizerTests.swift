import Testing
@testable import Privacy

@Suite struct PostalAddressRecognizerTests {
    let recognizer = PostalAddressRecognizer()

    @Test(arguments: [
        "12 rue de la Paix", "12 bis rue de la Paix", "12bis, rue Pasteur", "12B avenue Jean Jaurès",
        "3 av. Foch", "15 bd Voltaire", "7 BOULEVARD DE LA LIBERTÉ", "2 place de la République",
        "4 allée des Tilleuls", "9 impasse du Moulin", "10 chemin de la Croix", "1 route de Lorient",
        "5 quai Duguay-Trouin", "8 cours Kennedy", "6 square Dumas", "3 résidence Les Mimosas",
        "14 lotissement Le Clos", "12 rue du 8 Mai 1945", "12 rue de la paix", "45 rue pasteur",
        "12 rue de la Paix, 35000 Rennes", "12 rue de la Paix 75002 Paris", "3 rue Nantaise - 35700 Rennes Cedex 7",
        "lieu-dit Le Bourg", "résidence Les Mimosas", "BP 1234", "CS 30012 35000 Rennes", "12 ter rue Haute",
        "12 rue Victor Hugo\n35000 Rennes", "1 rue de l'Église", "5, rue d'Antrain", "3 place du marché",
        "8 chemin des vignes", "4 r. Hoche",
        "1 place Hoche", "3 allée des Tilleuls, Bâtiment B, 44000 Nantes", "3 rue Haute, bât. C, appt n° 12",
        "7 rue Basse, Résidence Les Pins, 35000 Rennes", "BP 45 - 29200 Brest Cedex",
    ])
    func flagsAddresses(address: String) {
        #expect(recognizedSpans(recognizer, in: "Elle habite \(address). Merci") == [address])
    }

    @Test func stopsAtTheEndOfTheStreetName() {
        #expect(recognizedSpans(recognizer, in: "au 12 rue Victor Hugo est fermée") == ["12 rue Victor Hugo"])
        #expect(recognizedSpans(recognizer, in: "au 12 rue de la paix et au") == ["12 rue de la paix"])
        #expect(recognizedSpans(recognizer, in: "3 rue barrée au CHU") == ["3 rue barrée"])
    }

    @Test(arguments: [
        "dans la rue sans numéro", "la rue Pasteur est fermée", "2 cours de yoga", "3 places de parking",
        "la pierre angulaire", "un ciel clair", "Rose des sables", "35000 Rennes", "12,50 € rue", "en 2026 rue",
        "12345 rue de la Paix", "la résidence est calme", "BP élevée", "à 5 rues d'ici", "2 chemins possibles",
        "le 23/11/2026", "500 mg", "il reste 1 place de libre", "1 route de campagne", "1 clos de vigne",
    ])
    func ignoresOrdinaryProse(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
