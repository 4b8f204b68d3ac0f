import Discussions

/// Scans generated outputs for personal values that survived anonymization: members' full names, last names,
/// usernames, emails and RPPS numbers, and every personal value the anonymizer removed (kept in memory
/// only). The text is scanned as is, HTML-entity-decoded and quoted-printable-decoded, case- and
/// accent-insensitively on word boundaries.
///
/// To avoid false alarms on ordinary words: a single word (a last name, a removed name) is flagged only when
/// capitalised in the output and neither a common French word nor a first name; first names alone are never
/// scanned; usernames that are ordinary words are flagged only as `@mentions`; numbers are compared on their
/// digits (at least six), whatever the spacing (`06 12 34 56 78` = `0612345678`).
///
/// ```swift
/// let hits = anonymizer.leakScanner().scan(html)   // [] when nothing leaked
/// ```
public struct LeakScanner: Sendable {
    /// Multiword names and values, folded.
    private var phrases = PhraseTrie<PrivacyCategory>()
    /// Single words flagged when capitalised.
    private var words: [UInt64: PrivacyCategory] = [:]
    /// Lowercased handles (usernames, emails) matched as whole runs of handle characters.
    private var handles: [String: PrivacyCategory] = [:]
    /// Digit strings of numeric identifiers.
    private var numbers: [String: PrivacyCategory] = [:]
    private var numberLengths: Set<Int> = []

    private static let minimumDigits = 6

    public init(members: [Member]) {
        self.init(members: members, removedValues: [])
    }

    /// What the scanner was built from, so scanners of several exports can be combined.
    private var members: [Member] = []
    private var removedValues: Set<RemovedValue> = []

    init(members: [Member], removedValues: Set<RemovedValue>) {
        self.members = members
        self.removedValues = removedValues
        for member in members { add(member) }
        for removed in removedValues.sorted(by: { ($0.category, $0.value) < ($1.category, $1.value) }) {
            add(value: removed.value, category: removed.category)
        }
    }

    /// One scanner that finds what any of `scanners` finds: a build scans each output file once, whatever the
    /// number of exports.
    public static func combining(_ scanners: [LeakScanner]) -> LeakScanner {
        LeakScanner(
            members: scanners.flatMap(\.members),
            removedValues: scanners.reduce(into: Set<RemovedValue>()) { $0.formUnion($1.removedValues) })
    }

    /// Every leak in `text`, sorted by variant and offset.
    public func scan(_ text: String) -> [LeakHit] {
        let bytes = Array(text.utf8)
        var hits = scan(bytes, variant: .plain)
        if bytes.contains(UInt8(ascii: "&")) {
            hits += scan(OutputDecoding.htmlEntities(bytes), variant: .htmlDecoded)
        }
        if bytes.contains(UInt8(ascii: "=")) {
            hits += scan(OutputDecoding.quotedPrintable(bytes), variant: .quotedPrintableDecoded)
        }
        return hits.sorted()
    }

    private func scan(_ bytes: [UInt8], variant: LeakVariant) -> [LeakHit] {
        bytes.withUnsafeBufferPointer { buffer in
            var found: [(offset: Int, category: PrivacyCategory)] = []
            scanWords(TokenizedText(buffer), into: &found)
            scanHandles(buffer, into: &found)
            scanNumbers(buffer, into: &found)
            let lines = LineIndex(buffer)
            return Set(found.map { LeakHit(category: $0.category, offset: $0.offset, line: lines.line(of: $0.offset), variant: variant) })
                .sorted()
        }
    }

    private func scanWords(_ text: TokenizedText, into found: inout [(offset: Int, category: PrivacyCategory)]) {
        var index = 0
        while index < text.tokens.count {
            let token = text.tokens[index]
            if let match = phrases.longestMatch(in: text, from: index), match.last > index {
                found.append((token.range.lowerBound, match.value))
                index = match.last + 1
                continue
            }
            if token.isCapitalized, let category = words[token.key] { found.append((token.range.lowerBound, category)) }
            index += 1
        }
    }

    private func scanHandles(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout [(offset: Int, category: PrivacyCategory)]) {
        guard !handles.isEmpty else { return }
        var index = 0
        while index < bytes.count {
            guard Self.isHandleByte(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, Self.isHandleByte(bytes[index]) { index += 1 }
            var end = index
            while end > start, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            guard end - start >= 3 else { continue }
            let run = String(decoding: bytes[start..<end].map(ASCII.lowercase), as: UTF8.self)
            if let category = handles[run] { found.append((start, category)) }
        }
    }

    private func scanNumbers(_ bytes: UnsafeBufferPointer<UInt8>, into found: inout [(offset: Int, category: PrivacyCategory)]) {
        guard !numbers.isEmpty else { return }
        var index = 0
        while index < bytes.count {
            guard ASCII.isDigit(bytes[index]) else {
                index += 1
                continue
            }
            var digits: [UInt8] = []
            var offsets: [Int] = []
            while index < bytes.count {
                if ASCII.isDigit(bytes[index]) {
                    digits.append(bytes[index])
                    offsets.append(index)
                    index += 1
                } else if index + 1 < bytes.count, Self.isNumberSeparator(bytes[index]), ASCII.isDigit(bytes[index + 1]) {
                    index += 1
                } else {
                    break
                }
            }
            guard digits.count >= Self.minimumDigits else { continue }
            for length in numberLengths where length <= digits.count {
                for start in 0...(digits.count - length) {
                    let key = String(decoding: digits[start..<(start + length)], as: UTF8.self)
                    if let category = numbers[key] { found.append((offsets[start], category)) }
                }
            }
        }
    }

    // MARK: Building

    private mutating func add(_ member: Member) {
        let parts = member.name.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { TokenizedText.foldedWords(of: String($0)) }
        if let first = parts.first, parts.count > 1 {
            let last = parts.dropFirst().flatMap { $0 }
            phrases.insert(first + last, value: .name)
            phrases.insert(last + first, value: .name)
            addWords(last, category: .name)
            if last.count > 1 { for word in last { addWords([word], category: .name) } }
        }
        let username = member.username.lowercased().drop { $0 == "@" }
        if !username.isEmpty {
            handles["@" + username] = .username
            let isOrdinary = FrenchCommonWords.all.contains(String(username)) || FrenchFirstNames.all.contains(String(username))
            if !isOrdinary && username.count >= 3 { handles[String(username)] = .username }
        }
        if member.email.contains("@") { handles[member.email.lowercased()] = .email }
        if let rpps = member.rpps { addNumber(rpps, category: .professionalID) }
    }

    private mutating func add(value: String, category: PrivacyCategory) {
        if value.contains("@") && !value.contains(" ") {
            handles[value.lowercased()] = category
            return
        }
        if value.utf8.filter(ASCII.isDigit).count >= Self.minimumDigits {
            addNumber(value, category: category)
            return
        }
        let folded = TokenizedText.foldedWords(of: value)
        if folded.count > 1 {
            phrases.insert(folded, value: category)
            // The surname of a removed full name can leak alone (`Kerjean` from `Maïwenn Kerjean`).
            if category == .name { addCapitalisedWords(of: value, category: category) }
        } else {
            addWords(folded, category: category)
        }
    }

    /// Each capitalised word of `value`, under the single-word rule.
    private mutating func addCapitalisedWords(of value: String, category: PrivacyCategory) {
        var copy = value
        let capitalised = copy.withUTF8 { bytes in TokenizedText(bytes).tokens.filter(\.isCapitalized).map(\.folded) }
        for word in capitalised { addWords([word], category: category) }
    }

    /// A single word is scanned alone only when it cannot be an ordinary word or a first name.
    private mutating func addWords(_ folded: [String], category: PrivacyCategory) {
        guard folded.count == 1, let word = folded.first, word.count >= 3 else {
            if folded.count > 1 { phrases.insert(folded, value: category) }
            return
        }
        guard !FrenchCommonWords.all.contains(word), !FrenchFirstNames.all.contains(word) else { return }
        words[WordKey.of(word)] = category
    }

    private mutating func addNumber(_ value: String, category: PrivacyCategory) {
        let digits = String(decoding: value.utf8.filter(ASCII.isDigit), as: UTF8.self)
        guard digits.count >= Self.minimumDigits else { return }
        numbers[digits] = category
        numberLengths.insert(digits.count)
    }

    private static func isHandleByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "@")
    }

    private static func isNumberSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }
}

/// Line numbers of byte offsets, by binary search over line starts.
struct LineIndex {
    private var starts: [Int] = [0]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
    }

    /// The 1-based line of `offset`.
    func line(of offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle } else { high = middle }
        }
        return low + 1
    }
}

extension LeakScanner: Equatable {
    /// Scanners built from the same members and removed values find the same leaks, so an incremental
    /// build need not scan again the files the previous build already scanned with an equal scanner.
    public static func == (lhs: LeakScanner, rhs: LeakScanner) -> Bool {
        lhs.members == rhs.members && lhs.removedValues == rhs.removedValues
    }
}

extension LeakScanner {
    /// What the scanner was built from, in a stable order: scanners with equal identities find the same leaks,
    /// so a build can tell whether files checked by an earlier build need checking again.
    public var identity: [String] {
        let people = members.sorted { $0.id < $1.id }.flatMap {
            ["member", $0.id, $0.name, $0.username, $0.email, $0.profession, $0.region, $0.city, $0.rpps ?? ""]
        }
        let values = removedValues.sorted { ($0.category, $0.value) < ($1.category, $1.value) }.flatMap {
            ["removed", $0.category.rawValue, $0.value]
        }
        return people + values
    }
}
