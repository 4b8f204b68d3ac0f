/// Finds health professional identifiers: RPPS numbers (11 digits starting with 1 or 8, Luhn check digit,
/// also the 12-digit `8` + RPPS national identifier) and ADELI numbers (9 digits: department, profession,
/// order number, Luhn check digit), written with or without spaces.
///
/// A number is flagged when its check digit passes, or whatever its check digit when a label (`RPPS`,
/// `ADELI`, `n°`, `numéro`…) stands just before it, since a mistyped identifier is still personal data. RPPS
/// numbers all start with `10`: an 11-digit number starting with `10` is flagged even without label or check,
/// unless grouped by thousands like an amount (`10 000 000 000`).
public struct ProfessionalIDRecognizer: Recognizer {
    private static let labels = KeywordList([
        "rpps", "adeli", "n°", "nº", "no", "num", "numéro", "numero", "identifiant", "id", "idnat",
    ])
    /// How far before a number its label may stand (`n° RPPS : `).
    private static let labelWindow = 24

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
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
        if isLabelled(run, in: text) { return hasIdentifierShape(run) }
        guard !run.isThousandsGrouped else { return false }  // `10 000 000 000 €` is an amount
        switch run.digitCount {
        case 11 where run.digit(0) == 1 && run.digit(1) == 0: return true
        case 11 where run.digit(0) == 1 || run.digit(0) == 8: return run.passesLuhn(from: 0, count: 11)
        case 12 where run.digit(0) == 8: return run.passesLuhn(from: 1, count: 11)
        case 9 where hasDepartmentPrefix(run): return run.passesLuhn(from: 0, count: 9)
        default: return false
        }
    }

    /// RPPS (11 digits from 1 or 8), national identifier (`8` + RPPS) or ADELI (9 digits from a department).
    private func hasIdentifierShape(_ run: DigitRun) -> Bool {
        switch run.digitCount {
        case 11: run.digit(0) == 1 || run.digit(0) == 8
        case 12: run.digit(0) == 8
        case 9: hasDepartmentPrefix(run)
        default: false
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
