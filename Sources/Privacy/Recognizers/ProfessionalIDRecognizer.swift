/// Finds health professional identifiers: RPPS numbers (11 digits starting with 1 or 8, Luhn check digit,
/// also the 12-digit `8` + RPPS national identifier) and ADELI numbers (9 digits: department, profession,
/// order number, Luhn check digit), written with or without spaces.
///
/// A number is flagged when its check digit passes, or whatever its check digit when a label (`RPPS`,
/// `ADELI`, `n°`, `numéro`…) stands just before it, since a mistyped identifier is still personal data.
public struct ProfessionalIDRecognizer: Recognizer {
    private static let labels = KeywordList([
        "rpps", "adeli", "n°", "nº", "no", "num", "numéro", "numero", "identifiant", "id", "idnat",
    ])
    /// How far before a number its label may stand (`n° RPPS : `).
    private static let labelWindow = 24

    public init() {}

    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        DigitRun.forEach(in: text) { run in
            guard !run.isOverlong, run.isStandalone(in: text), isIdentifier(run, in: text) else { return }
            findings.append(Finding(range: run.range, category: .professionalID))
        }
        return findings
    }

    private func isIdentifier(_ run: DigitRun, in text: RecognizerText) -> Bool {
        switch run.digitCount {
        case 11 where run.digit(0) == 1 || run.digit(0) == 8:
            return run.passesLuhn(from: 0, count: 11) || isLabelled(run, in: text)
        case 12 where run.digit(0) == 8:
            return run.passesLuhn(from: 1, count: 11) || isLabelled(run, in: text)
        case 9 where hasDepartmentPrefix(run):
            return run.passesLuhn(from: 0, count: 9) || isLabelled(run, in: text)
        default:
            return false
        }
    }

    /// ADELI numbers start with a department: 01–95, or 97/98 overseas.
    private func hasDepartmentPrefix(_ run: DigitRun) -> Bool {
        let department = run.value(from: 0, count: 2)
        return (1...95).contains(department) || department == 97 || department == 98
    }

    private func isLabelled(_ run: DigitRun, in text: RecognizerText) -> Bool {
        Self.labels.occurs(in: text, before: run.range.lowerBound, window: Self.labelWindow)
    }
}
