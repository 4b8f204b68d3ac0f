/// Finds `@mentions` (any, member or not), members' usernames written bare (`claire.d`), and members' emails,
/// by scanning runs of handle characters (`A-Z a-z 0-9 . _ - + %` and `@`) in the bytes.
struct HandleRecognizer: Recognizer {
    /// Lowercased usernames that may be matched without `@`: those that could not be an ordinary word
    /// (they hold a digit, a dot, an underscore or a hyphen, or are no common word or first name).
    private let bareUsernames: Set<String>
    /// Hashes of `bareUsernames`, so that ordinary words are rejected without building a string.
    private let bareUsernameHashes: Set<UInt64>
    private let emails: Set<String>

    init(lexicon: MemberLexicon) {
        bareUsernames = lexicon.usernames.filter { username in
            username.utf8.contains { !ASCII.isLetter($0) }
                || !(FrenchCommonWords.all.contains(username) || FrenchFirstNames.all.contains(username))
        }
        bareUsernameHashes = Set(bareUsernames.map { Array($0.utf8).withUnsafeBufferPointer(Self.hash) })
        emails = lexicon.emails
    }

    func findings(in text: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var findings: [Finding] = []
        var index = 0
        while index < text.count {
            guard Self.isHandleByte(text[index]) || text[index] == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            let start = index
            var atSigns = 0
            while index < text.count, Self.isHandleByte(text[index]) || text[index] == UInt8(ascii: "@") {
                if text[index] == UInt8(ascii: "@") { atSigns += 1 }
                index += 1
            }
            var end = index
            while end > start, Self.isTrailingPunctuation(text[end - 1]) { end -= 1 }
            let touchesWord = (start > 0 && text[start - 1] >= 0x80) || (end < text.count && text[end] >= 0x80)
            guard end > start, !touchesWord else { continue }
            if let finding = classify(UnsafeBufferPointer(rebasing: text[start..<end]), atSigns: atSigns) {
                findings.append(Finding(range: start..<end, category: finding))
            }
        }
        return findings
    }

    private func classify(_ run: UnsafeBufferPointer<UInt8>, atSigns: Int) -> PrivacyCategory? {
        if atSigns == 0 {
            guard bareUsernameHashes.contains(Self.hash(run)) else { return nil }
            return bareUsernames.contains(Self.lowercased(run)) ? .username : nil
        }
        if run[0] == UInt8(ascii: "@") {
            return atSigns == 1 && run.count > 1 && run.dropFirst().contains(where: ASCII.isLetter) ? .username : nil
        }
        return emails.contains(Self.lowercased(run)) ? .email : nil
    }

    private static func lowercased(_ run: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: run.lazy.map(ASCII.lowercase), as: UTF8.self)
    }

    /// The `WordKey` of the lowercased bytes.
    private static func hash(_ run: UnsafeBufferPointer<UInt8>) -> UInt64 {
        run.reduce(WordKey.seed) { WordKey.adding(ASCII.lowercase($1), to: $0) }
    }

    private static func isHandleByte(_ byte: UInt8) -> Bool {
        ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "%")
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "%")
    }
}
