import Testing
import Typography

@Suite struct NumberSpacingTests {
    @Test(arguments: [
        ("10 mg", "10~mg"),
        ("500 mg/j", "500~mg/j"),
        ("37,5 °C", "37,5~°C"),
        ("2 ml et 2 mL", "2~ml et 2~mL"),
        ("3 h puis 15 min", "3~h puis 15~min"),
        ("20 €", "20~€"),
        ("10 km", "10~km"),
        ("5 UI", "5~UI"),
        ("120 mmHg", "120~mmHg"),
        ("80 bpm", "80~bpm"),
        ("2 µg", "2~µg"),
        ("5 %", "5⍽%"),
        ("10 000 patients", "10⍽000 patients"),
        ("1 000 000 €", "1⍽000⍽000~€"),
        ("10 000 mg", "10⍽000~mg"),
    ])
    func frenchNumbers(input: String, expected: String) {
        #expect(french.apply(to: input) == spaced(expected))
    }

    @Test(arguments: [
        "80 ans", "10 mois", "3 mars", "le 12 et le 13", "en 2024 200 postes", "3,141 592", "10mg", "mg 10",
        "5 minutes",
    ])
    func frenchLeavesOtherNumbers(input: String) {
        #expect(french.apply(to: input) == input)
    }

    @Test func englishUnitsAndPercent() {
        #expect(english.apply(to: "10 mg every 3 h, 5 %") == spaced("10~mg every 3~h, 5~%"))
        #expect(english.apply(to: "10 000 people") == "10 000 people")
    }
}
