import Testing
@testable import Privacy

@Suite struct DateOfBirthRecognizerTests {
    let recognizer = DateOfBirthRecognizer()

    @Test(arguments: [
        ("née le 12/03/1958 à Rennes", "12/03/1958"), ("né le 12-03-1958", "12-03-1958"),
        ("Né(e) le : 12.03.1958", "12.03.1958"), ("date de naissance : 12 mars 1958", "12 mars 1958"),
        ("DDN 1958-03-12.", "1958-03-12"), ("naissance : 1er mars 1958", "1er mars 1958"),
        ("born on March 12, 1958", "March 12, 1958"), ("Date of birth: 12 March 1958", "12 March 1958"),
        ("DOB 3/4/58", "3/4/58"), ("née le 12 févr. 1958", "12 févr. 1958"), ("NÉE LE 2 AOÛT 1958", "2 AOÛT 1958"),
        ("née le 12 mars, elle", "12 mars"), ("né le 12 03 1958", "12 03 1958"),
        ("née à Brest le 4 juillet 1975", "4 juillet 1975"), ("né à Saint-Malo, le 04/07/1975", "04/07/1975"),
        ("née le 12 / 03 / 1958", "12 / 03 / 1958"), ("born in Paris on 3 May 1960", "3 May 1960"),
    ])
    func flagsDatesAfterACue(text: String, date: String) {
        #expect(recognizedSpans(recognizer, in: text) == [date])
    }

    @Test(arguments: [
        "le 12/03/1958 à Rennes", "réunion le 23/11/2026", "il ne le sait pas", "né en 1958", "née le 45/03/1958",
        "née le 12/13/1958", "née le 12/03-1958", "né le 12/03/19580", "Nathalie 12/03/1958", "DDN : inconnue",
        "naissance de 12 bébés", "née le 12 marsupiaux", "née à Brest en 1975",
        "né à la maternité le 12",
    ])
    func ignoresDatesWithoutCueAndNonDates(text: String) {
        #expect(recognizedSpans(recognizer, in: text).isEmpty)
    }
}
