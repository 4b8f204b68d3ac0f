import Testing
import Typography

/// `apply(apply(x)) == apply(x)` over many sentences, including already typeset ones and odd inputs.
@Suite struct IdempotenceTests {
    static let samples: [String] = [
        "La dose est de 500 mg : attention !",
        "Il a dit \"bonjour\" ; elle a répondu \"au revoir\".",
        "« Déjà typographié » : on n’y touche plus…",
        "\"Elle a dit \"non\" hier\" -- vraiment ?!",
        "10 000 patients, 1 000 000 € et 5 % de hausse.",
        "Rendez-vous à 14:30, ratio 1:2, http://exemple.fr/a:b?c=1 :)",
        "l'hôpital, aujourd'hui, qu'il... puis --- fin",
        "Température : 38,5 °C ; 120 mmHg ; 80 bpm ; 2 µg/kg/min",
        "  espaces   multiples  !  ",
        "\"\"\"''' --- -- - ... .... !!! ??? ::: ;;;",
        "It's the nurses' room -- \"really\" 'quoted' back in the '90s...",
        "a\"b\"c'd'e",
        "Pourquoi?Parce que!Voilà:fini;ok",
        "« » \" \" ' '",
        "mot\u{00A0}! mot\u{202F}? 5\u{202F}% 10\u{00A0}mg",
        "",
        "\n\"\n:\n!\n",
    ]

    @Test(arguments: TypographyLanguage.allCases)
    func applyingTwiceIsApplyingOnce(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        for sample in Self.samples {
            let once = typographer.apply(to: sample)
            #expect(typographer.apply(to: once) == once, "\(language): \(sample)")
        }
    }

    @Test(arguments: TypographyLanguage.allCases)
    func applyingTwiceToRunsIsApplyingOnce(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        for sample in Self.samples {
            let runs = Self.runs(splitting: sample)
            let once = typographer.apply(to: runs)
            let again = typographer.apply(
                to: zip(runs, once).map { run, text in
                    if case .opaque = run { return run }
                    return .text(text)
                })
            #expect(again == once, "\(language): \(sample)")
        }
    }

    @Test(arguments: TypographyLanguage.allCases)
    func applyingTwiceIsApplyingOnceOnRandomText(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        var random = RandomText(seed: 2026)
        for _ in 0..<3000 {
            let sample = random.sample(length: Int(random.next() % 12) + 1)
            let once = typographer.apply(to: sample)
            #expect(visible(typographer.apply(to: once)) == visible(once), "\(language): \(sample.debugDescription)")
        }
    }

    @Test(arguments: TypographyLanguage.allCases)
    func applyingTwiceToRandomRunsIsApplyingOnce(language: TypographyLanguage) {
        let typographer = Typographer(language: language)
        var random = RandomText(seed: 4)
        for _ in 0..<1000 {
            let runs: [TextRun] = (0..<Int(random.next() % 4) + 1).map { _ in
                let text = random.sample(length: Int(random.next() % 6))
                return random.next() % 4 == 0 ? .opaque(text) : .text(text)
            }
            let once = typographer.apply(to: runs)
            let again = typographer.apply(
                to: zip(runs, once).map { run, text in
                    if case .opaque = run { return run }
                    return .text(text)
                })
            #expect(again.map(visible) == once.map(visible), "\(language): \(runs)")
            #expect(
                zip(runs, once).allSatisfy { run, text in
                    if case .opaque(let original) = run { return original == text }
                    return true
                })
        }
    }

    /// Cuts a sample into text runs at every space, with an opaque run in the middle, so that rules meet
    /// run boundaries everywhere.
    private static func runs(splitting sample: String) -> [TextRun] {
        var runs = sample.split(separator: " ", omittingEmptySubsequences: false).enumerated().map { index, word in
            TextRun.text(index == 0 ? String(word) : " " + word)
        }
        runs.insert(.opaque("`code`"), at: runs.count / 2)
        return runs
    }
}
