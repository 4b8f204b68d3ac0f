/// A maximal run of ASCII digits that single separators may split into groups: `06 12 34 56 78`,
/// `1.85.05.78.006.084.36`, `0612345678`. Numeric recognizers read the whole run and then decide what it is,
/// so that a part of a longer number is never mistaken for an identifier. Storage is inline (no allocation):
/// the first 32 digits and 16 groups are kept, longer runs only report their extent and `isOverlong`.
struct DigitRun {
    /// What stands between two groups.
    enum Separator: UInt8 {
        /// A space, tab, no-break, narrow no-break or thin space.
        case space
        case dot
        case hyphen
        case slash
    }

    static let digitCapacity = 32
    static let groupCapacity = 16

    /// The bytes of the run, from its first to its last digit.
    private(set) var range: Range<Int>
    private(set) var digitCount = 0
    private(set) var groupCount = 0
    private var digits = SIMD32<UInt8>()
    private var groupLengths = SIMD16<UInt8>()
    private var separators = SIMD16<UInt8>()
    private var groupEnds = SIMD16<Int>()

    /// Reads the run that starts at `start`, which must be a digit.
    init(reading text: RecognizerText, from start: Int) {
        range = start..<start
        var position = start
        while true {
            let groupStart = position
            while position < text.count, RecognizerBytes.isDigit(text[position]) {
                if digitCount < Self.digitCapacity { digits[digitCount] = text[position] &- 0x30 }
                digitCount += 1
                position += 1
            }
            if groupCount < Self.groupCapacity {
                groupLengths[groupCount] = UInt8(truncatingIfNeeded: min(position - groupStart, 255))
                groupEnds[groupCount] = position
            }
            groupCount += 1
            guard let (separator, length) = Self.separator(in: text, at: position),
                text.isDigit(at: position + length)
            else { break }
            if groupCount - 1 < Self.groupCapacity { separators[groupCount - 1] = separator.rawValue }
            position += length
        }
        range = start..<position
    }

    private static func separator(in text: RecognizerText, at index: Int) -> (Separator, Int)? {
        switch text.byte(at: index) {
        case RecognizerBytes.dot: return (.dot, 1)
        case RecognizerBytes.hyphen: return (.hyphen, 1)
        case RecognizerBytes.slash: return (.slash, 1)
        default:
            let length = text.spaceLength(at: index)
            return length > 0 ? (.space, length) : nil
        }
    }

    /// Whether the run is longer than the inline storage; such runs are never identifiers.
    var isOverlong: Bool { digitCount > Self.digitCapacity || groupCount > Self.groupCapacity }

    /// The value of the digit at `index` (0-based, counting digits only).
    func digit(_ index: Int) -> Int { Int(digits[index]) }

    /// The number written by `count` digits from digit `index`.
    func value(from index: Int, count: Int) -> Int {
        var value = 0
        for offset in 0..<count { value = value * 10 + Int(digits[index + offset]) }
        return value
    }

    func groupLength(_ index: Int) -> Int { Int(groupLengths[index]) }

    /// The byte offset just after group `index`.
    func groupEnd(_ index: Int) -> Int { groupEnds[index] }

    /// The separator between group `index` and group `index + 1`.
    func separator(after index: Int) -> Separator { Separator(rawValue: separators[index]) ?? .space }

    /// Whether every separator of the first `groups` groups is a space.
    func separatesWithSpacesOnly(groups: Int) -> Bool {
        (0..<max(groups - 1, 0)).allSatisfy { separator(after: $0) == .space }
    }

    /// Whether the run is written like an amount: a first group of 1 to 3 digits, then groups of exactly 3
    /// separated by the same space or dot (`10 000 000 000`, `1.250.000`).
    var isThousandsGrouped: Bool {
        guard groupCount >= 2, groupCount <= Self.groupCapacity, (1...3).contains(groupLength(0)) else { return false }
        let first = separator(after: 0)
        return (first == .space || first == .dot)
            && (1..<groupCount).allSatisfy {
                groupLength($0) == 3 && ($0 == groupCount - 1 || separator(after: $0) == first)
            }
    }

    /// Whether the digits from `index` on pass the Luhn check (used by RPPS, ADELI and SIREN numbers).
    func passesLuhn(from index: Int, count: Int) -> Bool {
        var sum = 0
        for offset in 0..<count {
            var value = digit(index + count - 1 - offset)
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum % 10 == 0
    }
}

extension DigitRun {
    /// Calls `body` with every maximal digit run of `text`, left to right.
    static func forEach(in text: RecognizerText, _ body: (DigitRun) -> Void) {
        var position = 0
        while position < text.count {
            guard RecognizerBytes.isDigit(text[position]) else {
                position += 1
                continue
            }
            let run = DigitRun(reading: text, from: position)
            body(run)
            position = run.range.upperBound
        }
    }

    /// Whether no letter or digit touches the run on either side (`A12`, `500mg` and `14h30` are not
    /// standalone).
    func isStandalone(in text: RecognizerText) -> Bool {
        !text.isWordCharacter(before: range.lowerBound) && !text.isWordCharacter(at: range.upperBound)
    }
}
