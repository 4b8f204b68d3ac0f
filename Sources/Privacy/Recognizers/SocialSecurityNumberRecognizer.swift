/// Finds French social security numbers (NIR): sex digit, year, month, department (`2A`/`2B` for Corsica),
/// commune, order number and the 2-digit key, written with or without spaces, dots or hyphens
/// (`1 85 05 78 006 084 36`, `185057800608436`).
///
/// Planted data may hold typos, so a 15-character run with a NIR's shape is flagged even when its key is
/// wrong (`Match.keyStatus` says which), and so is a 15-digit run whose key checks whatever its shape. A
/// 13-character run without key is flagged only when its shape is strictly NIR-like (sex 1 or 2, month
/// 01–12).
public struct SocialSecurityNumberRecognizer: Recognizer {
    /// What the key of a match says about it.
    public enum KeyStatus: Hashable, Sendable {
        /// The key equals 97 − (number mod 97): almost certainly a real NIR.
        case valid
        /// The key does not check: a NIR with a typo, still personal data.
        case invalid
        /// Only the 13 characters before the key are present.
        case missing

        /// How sure the recognizer is that the run is a NIR, from 0 to 1.
        public var confidence: Double {
            switch self {
            case .valid: 1
            case .invalid: 0.8
            case .missing: 0.6
            }
        }
    }

    /// One NIR found in a text.
    public struct Match: Hashable, Sendable {
        /// UTF-8 byte offsets of the whole number, separators included.
        public var range: Range<Int>
        /// What the key says: valid, mistyped or missing.
        public var keyStatus: KeyStatus
    }

    private static let bodyLength = 13
    private static let fullLength = 15

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        matches(in: bytes).map { Finding(range: $0.range, category: .socialSecurityNumber) }
    }

    /// The NIRs of `bytes` with the verdict of their key.
    public func matches(in bytes: UnsafeBufferPointer<UInt8>) -> [Match] {
        let text = RecognizerText(bytes)
        var matches: [Match] = []
        var position = 0
        while position < text.count {
            guard RecognizerBytes.isDigit(text[position]) else {
                position += 1
                continue
            }
            let candidate = NIRCharacters(reading: text, from: position)
            if !text.isWordCharacter(before: position), !text.isWordCharacter(at: candidate.range.upperBound),
                let status = keyStatus(of: candidate)
            {
                matches.append(Match(range: candidate.range, keyStatus: status))
            }
            position = candidate.range.upperBound
        }
        return matches
    }

    /// Convenience for callers holding a `String`.
    public func matches(in text: String) -> [Match] {
        var copy = text
        return copy.withUTF8 { matches(in: $0) }
    }

    /// Whether `nir` (15 characters once spaces, dots and hyphens are removed) ends with the key its first 13
    /// characters call for: 97 − (number mod 97), Corsican departments `2A`/`2B` counting as 19/18.
    public static func isValidKey(_ nir: String) -> Bool {
        var copy = nir
        return copy.withUTF8 { bytes in
            let characters = NIRCharacters(reading: RecognizerText(bytes), from: 0)
            return characters.range.upperBound == bytes.count && characters.count == fullLength
                && characters.hasValidKey
        }
    }

    private func keyStatus(of candidate: NIRCharacters) -> KeyStatus? {
        switch candidate.count {
        case Self.fullLength:
            if candidate.hasValidKey { return .valid }
            return candidate.hasPlausibleShape(strict: false) ? .invalid : nil
        case Self.bodyLength:
            return candidate.hasPlausibleShape(strict: true) ? .missing : nil
        default:
            return nil
        }
    }
}

/// The characters of a NIR-shaped run: digits, and the `A`/`B` of a Corsican department, with single
/// spaces, dots or hyphens between them. Longer runs are read to their end but keep only their length.
private struct NIRCharacters {
    static let corsicaA: UInt8 = 10
    static let corsicaB: UInt8 = 11
    private static let departmentSecondCharacter = 6

    private(set) var range: Range<Int>
    private(set) var count = 0
    private var values = SIMD16<UInt8>()

    init(reading text: RecognizerText, from start: Int) {
        range = start..<start
        var position = start
        while position < text.count {
            let byte = text[position]
            if RecognizerBytes.isDigit(byte) {
                append(byte &- 0x30)
                position += 1
            } else if let letter = Self.corsicanLetter(byte), count == Self.departmentSecondCharacter,
                values[5] == 2, !text.isLetter(at: position + 1)
            {
                append(letter)
                position += 1
            } else {
                let separator = Self.separatorLength(in: text, at: position)
                guard separator > 0, text.isDigit(at: position + separator) else { break }
                position += separator
            }
        }
        range = start..<position
    }

    private static func corsicanLetter(_ byte: UInt8) -> UInt8? {
        switch byte | 0x20 {
        case UInt8(ascii: "a"): corsicaA
        case UInt8(ascii: "b"): corsicaB
        default: nil
        }
    }

    private static func separatorLength(in text: RecognizerText, at index: Int) -> Int {
        let byte = text[index]
        if byte == RecognizerBytes.dot || byte == RecognizerBytes.hyphen { return 1 }
        return text.spaceLength(at: index)
    }

    private mutating func append(_ value: UInt8) {
        if count < 16 { values[count] = value }
        count += 1
    }

    /// The number made of `length` characters from `index`, Corsican `2A`/`2B` read as 19/18.
    private func number(from index: Int, length: Int) -> Int {
        var number = 0
        for offset in index..<(index + length) {
            var value = Int(values[offset])
            if offset == 5, values[6] >= Self.corsicaA { value = 1 }
            if offset == 6, values[6] >= Self.corsicaA { value = values[6] == Self.corsicaA ? 9 : 8 }
            number = number * 10 + value
        }
        return number
    }

    var hasValidKey: Bool {
        guard count == 15, values[13] < Self.corsicaA, values[14] < Self.corsicaA else { return false }
        return 97 - number(from: 0, length: 13) % 97 == number(from: 13, length: 2)
    }

    /// Whether sex, month, department and order number are possible; `strict` keeps the common cases only
    /// (sex 1 or 2, month 01–12), for runs without a key to confirm them.
    func hasPlausibleShape(strict: Bool) -> Bool {
        guard count >= 13, (0..<13).allSatisfy({ $0 == 6 || values[$0] < Self.corsicaA }) else { return false }
        let sex = values[0]
        let month = number(from: 3, length: 2)
        let department = number(from: 5, length: 2)
        let order = number(from: 10, length: 3)
        let sexIsPossible = strict ? (sex == 1 || sex == 2) : [1, 2, 3, 4, 7, 8].contains(sex)
        let monthIsPossible = (1...12).contains(month) || (!strict && (20...42 ~= month || 50...99 ~= month))
        return sexIsPossible && monthIsPossible && department != 0 && order != 0
    }
}
