/// Finds telephone numbers: French national numbers in every common spelling (`06 12 34 56 78`,
/// `06.12.34.56.78`, `0612345678`, mixed separators), international ones (`+33 6 12 34 56 78`, `+33612345678`,
/// `+33 (0)6 12 34 56 78`, `(+33) 6…`, `0033 6…`), French overseas codes (`+262`, `+590`, `+594`, `+596`…)
/// and other `+`-prefixed numbers of 8 to 15 digits.
///
/// A number must stand alone: no letter or digit touching it, and it is the whole digit run, so dates
/// (`23/11/2026`), prices, NIR and RPPS numbers (13, 15 and 11 digits) are not phones. Exceptions keep
/// recall: numbers written one after the other (`06.12.34.56.78/07.98.76.54.32`) and five canonical pairs
/// followed by more digits (`06 12 34 56 78 3 fois`).
public struct PhoneRecognizer: Recognizer {
    /// National significant number lengths of the French calling codes; every other `+` code is accepted with
    /// 8 to 15 digits in total.
    private static let frenchCallingCodes: [(code: [Int], nationalLength: Int)] = [
        ([3, 3], 9), ([2, 6, 2], 9), ([5, 9, 0], 9), ([5, 9, 4], 9), ([5, 9, 6], 9), ([2, 6, 9], 9),
        ([5, 0, 8], 6), ([6, 8, 1], 6), ([6, 8, 7], 6), ([6, 8, 9], 8),
    ]
    private static let internationalDigitCounts = 8...15

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            let byte = text[position]
            if byte == RecognizerBytes.plus, text.isDigit(at: position + 1), !text.isWordCharacter(before: position) {
                let end = internationalNumberEnd(in: text, codeStart: position + 1, isPlusPrefixed: true)
                if let end {
                    let start = isParenthesisedCode(in: text, plusAt: position) ? position - 1 : position
                    findings.append(Finding(range: start..<end, category: .phone))
                }
                position = end ?? DigitRun(reading: text, from: position + 1).range.upperBound
            } else if RecognizerBytes.isDigit(byte) {
                let run = DigitRun(reading: text, from: position)
                var end = run.range.upperBound
                if !text.isWordCharacter(before: position) {
                    for number in numbers(in: run, text: text) {
                        findings.append(Finding(range: number, category: .phone))
                        end = max(end, number.upperBound)
                    }
                }
                position = end
            } else {
                position = text.nextCandidate(after: position)
            }
        }
        return findings
    }

    /// The phone numbers that `run` starts: the whole run, or numbers written one after the other
    /// (`06.12.34.56.78/07.98.76.54.32`, `06 12 34 56 78 3 fois`).
    private func numbers(in run: DigitRun, text: RecognizerText) -> [Range<Int>] {
        guard !run.isOverlong, run.digitCount >= 4, run.digit(0) == 0 else { return [] }
        if run.digit(1) == 0 {
            let end = internationalNumberEnd(in: text, codeStart: run.range.lowerBound, isPlusPrefixed: false)
            return end.map { [run.range.lowerBound..<$0] } ?? []
        }
        if run.digitCount == 10, !text.isWordCharacter(at: run.range.upperBound),
            run.groupCount == 1 || run.separatesWithSpacesOnly(groups: run.groupCount)
        {
            return [run.range]
        }
        return consecutiveNumbers(in: run, text: text)
    }

    /// The numbers at the start of `run` written as 10 glued digits or five pairs, each starting with `0`
    /// and a non-zero digit; the first group that is neither ends them.
    private func consecutiveNumbers(in run: DigitRun, text: RecognizerText) -> [Range<Int>] {
        var numbers: [Range<Int>] = []
        var group = 0
        var digit = 0
        while group < run.groupCount, digit + 1 < run.digitCount, run.digit(digit) == 0, run.digit(digit + 1) != 0 {
            let groupCount: Int
            if run.groupLength(group) == 10 {
                groupCount = 1
            } else if group + 5 <= run.groupCount, (group..<group + 5).allSatisfy({ run.groupLength($0) == 2 }) {
                groupCount = 5
            } else {
                break
            }
            let start = run.groupEnd(group) - run.groupLength(group)
            let end = run.groupEnd(group + groupCount - 1)
            guard end < run.range.upperBound || !text.isWordCharacter(at: end) else { break }
            numbers.append(start..<end)
            group += groupCount
            digit += 10
        }
        return numbers
    }

    /// The end of the international number whose calling code starts at `codeStart` (after `+`, or on the
    /// `00` of `0033…` when not `isPlusPrefixed`), or nil.
    private func internationalNumberEnd(in text: RecognizerText, codeStart: Int, isPlusPrefixed: Bool) -> Int? {
        let first = DigitRun(reading: text, from: codeStart)
        guard !first.isOverlong else { return nil }
        var digits = ((isPlusPrefixed ? 0 : 2)..<first.digitCount).map(first.digit)
        var end = first.range.upperBound
        let french = Self.frenchCallingCodes.first { digits.starts(with: $0.code) }
        if let french, digits.count == french.code.count, let next = trunkPrefixContinuation(in: text, after: end) {
            let second = DigitRun(reading: text, from: next)
            guard !second.isOverlong else { return nil }
            digits += (0..<second.digitCount).map(second.digit)
            end = second.range.upperBound
        }
        guard !text.isWordCharacter(at: end) else { return nil }
        guard let french else {
            return isPlusPrefixed && Self.internationalDigitCounts.contains(digits.count) ? end : nil
        }
        var national = digits.dropFirst(french.code.count)
        if national.first == 0 { national = national.dropFirst() }  // "+33 06…": a redundant trunk prefix
        return national.count == french.nationalLength && national.first != 0 ? end : nil
    }

    /// Whether the calling code after the `+` at `plus` is between parentheses (`(+33) 6…`), which then
    /// belong to the number.
    private func isParenthesisedCode(in text: RecognizerText, plusAt plus: Int) -> Bool {
        guard text.byte(at: plus - 1) == RecognizerBytes.openParenthesis else { return false }
        let code = DigitRun(reading: text, from: plus + 1)
        return code.groupCount == 1 && text.byte(at: code.range.upperBound) == RecognizerBytes.closeParenthesis
    }

    /// The first digit of the national number after a calling code ending at `index` when something stands
    /// between them: a trunk prefix (`+33 (0)6…`) or the parenthesis closing the code (`(+33) 6…`); or nil.
    private func trunkPrefixContinuation(in text: RecognizerText, after index: Int) -> Int? {
        var next: Int
        if text.byte(at: index) == RecognizerBytes.closeParenthesis {
            next = text.skippingSpaces(from: index + 1)
        } else {
            let open = text.skippingSpaces(from: index)
            guard text.byte(at: open) == RecognizerBytes.openParenthesis, text.byte(at: open + 1) == 0x30,
                text.byte(at: open + 2) == RecognizerBytes.closeParenthesis
            else { return nil }
            next = text.skippingSpaces(from: open + 3)
        }
        return text.isDigit(at: next) ? next : nil
    }
}
