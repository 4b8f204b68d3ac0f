import Testing
import Typography

/// Outputs pinned on inputs where working on UTF-8 could go wrong: rules meeting run boundaries,
/// multi-byte scalars next to the marks rules look for, and the same text in both languages.
@Suite struct TrickyInputTests {
    @Test func thousandsAndUnitsAcrossRuns() {
        #expect(french.apply(to: [.text("10"), .text(" 000 patients")]) == ["10", spaced("⍽000 patients")])
        #expect(french.apply(to: [.text("5 "), .text("mg")]) == [spaced("5~"), "mg"])
        #expect(french.apply(to: [.text("5"), .opaque(""), .text("\u{00A0}%")]) == ["5", "", spaced("⍽%")])
    }

    @Test func dotsAndDashesCountWithinOneRun() {
        #expect(french.apply(to: [.text("Et puis.."), .text(".")]) == ["Et puis..", "."])
        #expect(french.apply(to: [.text("a -"), .text("- b")]) == ["a -", "- b"])
        #expect(french.apply(to: [.text("matin -"), .text(" soir")]) == ["matin –", " soir"])
    }

    @Test func spacesAreTakenBackAcrossEmptyRunsButNotFromOpaqueOnes() {
        #expect(french.apply(to: [.text("Quoi  "), .text(""), .text("?")]) == ["Quoi", "", spaced("⍽?")])
        #expect(french.apply(to: [.opaque("code "), .text("!")]) == ["code ", spaced("⍽!")])
        #expect(french.apply(to: [.text("Lancez "), .opaque("make "), .text(" !")]) == ["Lancez ", "make ", spaced("⍽!")])
    }

    @Test func spacesAfterAnOpeningGuillemetAreSkippedAcrossRuns() {
        #expect(french.apply(to: [.text("« "), .text("  bonjour »")]) == [spaced("«⍽"), spaced("bonjour⍽»")])
        #expect(french.apply(to: [.text("«"), .opaque(""), .text(" oui")]) == [spaced("«⍽"), "", "oui"])
        #expect(french.apply(to: [.text("«"), .opaque("x"), .text(" oui")]) == [spaced("«⍽"), "x", " oui"])
    }

    @Test func emoji() {
        #expect(french.apply(to: "Bravo 👩‍⚕️ !") == spaced("Bravo 👩‍⚕️⍽!"))
        #expect(french.apply(to: "\"🇫🇷\"") == spaced("«⍽🇫🇷⍽»"))
        #expect(english.apply(to: "'🙂' -- \"🙂\"...") == "‘🙂’ – “🙂”…")
    }

    @Test func combiningAccents() {
        #expect(french.apply(to: "cafe\u{301} : l'e\u{301}te\u{301} !") == spaced("cafe\u{301}⍽: l’e\u{301}te\u{301}⍽!"))
        #expect(french.apply(to: "\"e\u{301}\"") == spaced("«⍽e\u{301}⍽»"))
    }

    /// `à` is C3 A0 in UTF-8 and the no-break space C2 A0: only the latter makes a spaced hyphen.
    @Test func lettersSharingBytesWithTheNoBreakSpace() {
        #expect(french.apply(to: "déjà - fait") == "déjà – fait")
        #expect(french.apply(to: "voilà- bas") == "voilà- bas")
        #expect(french.apply(to: "mot\u{00A0}- bas") == "mot\u{00A0}– bas")
        #expect(french.apply(to: "10\u{00A0}000 et 3\u{00A0}mg") == spaced("10⍽000 et 3~mg"))
    }

    @Test func sameTextInBothLanguages() {
        let text = "«Tel quel» : \"vraiment\" ? 10 000 € et 5 %"
        #expect(french.apply(to: text) == spaced("«⍽Tel quel⍽»⍽: «⍽vraiment⍽»⍽? 10⍽000~€ et 5⍽%"))
        #expect(english.apply(to: text) == spaced("«Tel quel» : “vraiment” ? 10 000~€ et 5~%"))
    }

    @Test func textNoRuleConcernsComesBackAsGiven() {
        let text = "Les infirmières préparent les bilans, avec les familles. Rien à changer ici"
        #expect(french.apply(to: text) == text)
        #expect(french.apply(to: [.text(text), .opaque("a: \"b\""), .text("")]) == [text, "a: \"b\"", ""])
    }
}
