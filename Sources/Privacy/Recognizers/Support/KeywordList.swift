/// A set of keywords (cue words, titles, street types…) matched case-insensitively as whole words. Keywords
/// are stored flat and bucketed by first byte, longest first, so that probing a position costs one table
/// look-up in the common case and no reference counting.
struct KeywordList: Sendable {
    /// Every keyword's bytes, back to back.
    private let storage: [UInt8]
    /// `(offset, length)` of each keyword in `storage`, grouped by first byte, longest first in a group.
    private let keywords: [(offset: Int, length: Int, endsWithWordCharacter: Bool)]
    /// The keywords starting with byte `b` are `keywords[bucketStarts[b]..<bucketStarts[b + 1]]`.
    private let bucketStarts: [Int]

    /// `keywords` are written in lowercase; accented capitals in the text match their lowercase form.
    init(_ words: [String]) {
        let sorted = words.filter { !$0.isEmpty }.map { (bytes: Array($0.utf8), last: $0.last) }
            .sorted { ($0.bytes[0], $1.bytes.count) < ($1.bytes[0], $0.bytes.count) }
        var storage: [UInt8] = []
        var keywords: [(offset: Int, length: Int, endsWithWordCharacter: Bool)] = []
        var bucketStarts = [Int](repeating: 0, count: 257)
        for (word, last) in sorted {
            let endsWithWordCharacter = last.map { $0.isLetter || $0.isNumber } ?? false
            keywords.append((storage.count, word.count, endsWithWordCharacter))
            storage += word
            bucketStarts[Int(word[0]) + 1] += 1
        }
        for bucket in 1...256 { bucketStarts[bucket] += bucketStarts[bucket - 1] }
        self.storage = storage
        self.keywords = keywords
        self.bucketStarts = bucketStarts
    }

    /// The end of the longest keyword starting at `index` as a whole word, or nil. A keyword that ends with
    /// punctuation (`av.`, `n°`) needs no word boundary after it.
    func match(in text: RecognizerText, at index: Int) -> Int? {
        guard index >= 0, index < text.count else { return nil }
        let first = Int(text.foldedByte(at: index))
        let candidates = bucketStarts[first]..<bucketStarts[first + 1]
        guard !candidates.isEmpty, !text.isWordCharacter(before: index) else { return nil }
        for candidate in candidates where matches(candidate, in: text, at: index) {
            let end = index + keywords[candidate].length
            if !keywords[candidate].endsWithWordCharacter || !text.isWordCharacter(at: end) { return end }
        }
        return nil
    }

    private func matches(_ candidate: Int, in text: RecognizerText, at index: Int) -> Bool {
        let (offset, length, _) = keywords[candidate]
        guard index + length <= text.count else { return false }
        for position in 1..<max(length, 1) where text.foldedByte(at: index + position) != storage[offset + position] {
            return false
        }
        return true
    }

    /// The start of a keyword that ends exactly at `index` as a whole word, or nil (the text before a
    /// candidate is its cue). Tries every keyword: call it on candidates only.
    func matchEnding(in text: RecognizerText, at index: Int) -> Int? {
        for candidate in keywords.indices {
            let start = index - keywords[candidate].length
            if start >= 0, matches(candidate, in: text, at: start),
                text.foldedByte(at: start) == storage[keywords[candidate].offset],
                !text.isWordCharacter(before: start)
            {
                return start
            }
        }
        return nil
    }

    /// Whether a keyword occurs as a whole word in the `window` bytes before `index` (a label such as `RPPS`
    /// or `IBAN` in front of a number). Costs `window` probes: call it on candidates only.
    func occurs(in text: RecognizerText, before index: Int, window: Int) -> Bool {
        var position = max(0, index - window)
        while position < index {
            if let end = match(in: text, at: position), end <= index { return true }
            position += 1
        }
        return false
    }
}
