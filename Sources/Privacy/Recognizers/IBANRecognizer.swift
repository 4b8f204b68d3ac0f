/// Finds bank account numbers: IBANs (`FR76 3000 6000 0112 3456 7890 189`, with or without spaces) and BIC
/// codes written after a `BIC`/`SWIFT` label.
///
/// An IBAN is flagged when its mod-97 check passes, or when it has exactly the length its country uses
/// (`FR`: 27 characters) whatever its check, since a mistyped account number is still personal data; for
/// other countries a wrong check is flagged only after an `IBAN`/`RIB` label. `isValid(_:)` exposes the check.
public struct IBANRecognizer: Recognizer {
    /// IBAN lengths of the countries members are likely to bank in; other countries are checked with the
    /// IBAN bounds (15 to 34 characters).
    private static let lengthsByCountry: [String: Int] = [
        "FR": 27, "MC": 27, "DE": 22, "BE": 16, "CH": 21, "LU": 20, "ES": 24, "IT": 27, "PT": 25, "NL": 18,
        "GB": 22, "IE": 22, "AT": 20, "PL": 28, "AD": 24, "SM": 27, "GP": 27, "MQ": 27, "RE": 27, "GF": 27,
    ]
    private static let ibanLengths = 15...34
    private static let ibanLabels = KeywordList(["iban", "rib"])
    private static let bicLabels = KeywordList(["bic", "swift"])
    private static let labelWindow = 16

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            let byte = text[position]
            if RecognizerBytes.isUppercase(byte), let end = ibanEnd(in: text, from: position) {
                findings.append(Finding(range: position..<end, category: .iban))
                position = end
            } else if byte | 0x20 == UInt8(ascii: "b") || byte | 0x20 == UInt8(ascii: "s"),
                let labelEnd = Self.bicLabels.match(in: text, at: position)
            {
                if let bic = bicRange(in: text, after: labelEnd) {
                    findings.append(Finding(range: bic, category: .iban))
                }
                position = labelEnd
            } else {
                position = text.nextCandidate(after: position)
            }
        }
        return findings
    }

    /// The end of the IBAN that starts at `start`, or nil.
    private func ibanEnd(in text: RecognizerText, from start: Int) -> Int? {
        guard !text.isWordCharacter(before: start), let second = text.byte(at: start + 1),
            RecognizerBytes.isUppercase(second), text.isDigit(at: start + 2), text.isDigit(at: start + 3)
        else { return nil }
        let country = String(decoding: [text[start], second], as: UTF8.self)
        let expectedLength = Self.lengthsByCountry[country]
        let tail =
            (Int(text[start]) - 55) * 10_000 + (Int(second) - 55) * 100
            + RecognizerBytes.digitValue(text[start + 2]) * 10 + RecognizerBytes.digitValue(text[start + 3])
        var remainder = 0
        var length = 4
        var position = start + 4
        var checkedEnd: Int?
        var countryLengthEnd: Int?
        var ibanLengthEnd: Int?
        while length < Self.ibanLengths.upperBound {
            let separator = text.spaceLength(at: position)
            let next = position + separator
            guard let byte = text.byte(at: next), RecognizerBytes.isDigit(byte) || RecognizerBytes.isUppercase(byte)
            else { break }
            remainder = Self.appending(byte, to: remainder)
            length += 1
            position = next + 1
            guard !text.isWordCharacter(at: position) else { continue }
            let lengthFits = expectedLength.map { $0 == length } ?? Self.ibanLengths.contains(length)
            if lengthFits, (remainder * 1_000_000 + tail) % 97 == 1 { checkedEnd = position }
            if expectedLength == length { countryLengthEnd = position }
            if expectedLength == nil, Self.ibanLengths.contains(length) { ibanLengthEnd = position }
        }
        if let end = checkedEnd ?? countryLengthEnd { return end }
        guard let ibanLengthEnd, Self.ibanLabels.occurs(in: text, before: start, window: Self.labelWindow)
        else { return nil }
        return ibanLengthEnd
    }

    /// `remainder` (mod 97) of a number followed by the IBAN character `byte` (digits count as themselves,
    /// letters as 10–35).
    private static func appending(_ byte: UInt8, to remainder: Int) -> Int {
        RecognizerBytes.isDigit(byte)
            ? (remainder * 10 + RecognizerBytes.digitValue(byte)) % 97
            : (remainder * 100 + Int(RecognizerBytes.lowercased(byte)) - 87) % 97
    }

    /// Whether `iban` (spaces allowed, any case) passes the IBAN check: its first four characters moved to
    /// the end, letters read as 10–35, the number mod 97 is 1.
    public static func isValid(_ iban: String) -> Bool {
        let characters = Array(iban.utf8.filter { $0 != RecognizerBytes.space })
        guard ibanLengths.contains(characters.count),
            characters.allSatisfy(RecognizerBytes.isAlphanumeric),
            characters.prefix(2).allSatisfy(RecognizerBytes.isLetter)
        else { return false }
        let rearranged = characters.dropFirst(4) + characters.prefix(4)
        return rearranged.reduce(0) { appending($1, to: $0) } == 1
    }

    /// The BIC after a label ending at `labelEnd` (`BIC : BNPAFRPPXXX`): 6 letters and 2 or 5 letters or
    /// digits.
    private func bicRange(in text: RecognizerText, after labelEnd: Int) -> Range<Int>? {
        var start = text.skippingSpaces(from: labelEnd)
        if text.byte(at: start) == RecognizerBytes.colon { start = text.skippingSpaces(from: start + 1) }
        var end = start
        while let byte = text.byte(at: end), RecognizerBytes.isDigit(byte) || RecognizerBytes.isUppercase(byte) {
            end += 1
        }
        guard end - start == 8 || end - start == 11, !text.isWordCharacter(at: end),
            (start..<start + 6).allSatisfy({ RecognizerBytes.isUppercase(text[$0]) })
        else { return nil }
        return start..<end
    }
}
