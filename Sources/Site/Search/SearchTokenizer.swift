import Foundation

/// Turns text into search terms: lowercase, accents folded (`Été` → `ete`, `cœur` → `coeur`), split on anything
/// that is not a letter or digit, French and English stop words dropped. The search page's script normalises
/// queries the same way, so "escarre", "Escarres" and "ESCARRE" find the same pages. Works on UTF-8 bytes, ASCII
/// first and a folding table for Latin letters: indexing thousands of articles must not go character by character.
public enum SearchTokenizer {
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { term, _ in terms.append(String(decoding: term, as: UTF8.self)) }
        return terms
    }

    /// Calls `body` with the UTF-8 bytes of each term of `text` in order, stop words left out, and whether they are
    /// all ASCII. The bytes are only valid during the call.
    static func forEachTerm(in text: String, _ body: (_ term: UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void) {
        var term = Term(stopWords: StopWords.shared)
        asciiFolding.withUnsafeBufferPointer { ascii in
            LatinFolding.table.withUnsafeBufferPointer { latin in
                text.withUTF8Bytes { bytes in
                    var index = 0
                    while index < bytes.count {
                        let folded = ascii[Int(bytes[index])]
                        if folded >= 0x30 {
                            // Most of a text is runs of ASCII letters: found first, then copied in one go.
                            var end = index + 1
                            while end < bytes.count && ascii[Int(bytes[end])] >= 0x30 { end += 1 }
                            term.append(asciiRun: UnsafeBufferPointer(rebasing: bytes[index..<end]), folding: ascii)
                            index = end
                        } else if folded == asciiSeparator {
                            term.end(body)
                            index += 1
                        } else {
                            let scalar = decodeScalar(bytes, at: &index)
                            guard scalar.value < LatinFolding.end else {
                                term.append(rare: scalar, body)
                                continue
                            }
                            switch latin[Int(scalar.value - LatinFolding.start)] {
                            case LatinFolding.unknown: term.append(rare: scalar, body)
                            case LatinFolding.separator: term.end(body)
                            case let folded: term.append(latin: folded)
                            }
                        }
                    }
                }
            }
        }
        term.end(body)
    }

    /// For each byte: the lowercase letter or digit it stands for, `asciiSeparator` for the rest of ASCII, or
    /// `nonASCII` for the bytes that start (or continue) other characters. Letters and digits are all at or above
    /// `0`, 0x30, and the two markers below.
    private static let asciiFolding: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(byte) | 0x20
        case 0x80...: nonASCII
        default: asciiSeparator
        }
    }
    private static let asciiSeparator: UInt8 = 0
    private static let nonASCII: UInt8 = 1

    /// The scalar whose UTF-8 encoding, valid as in every `String`, has a lead byte of two or more bytes at `index`.
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> UInt32(length))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// The term being read: its UTF-8 bytes and how many scalars they hold, since one-scalar terms are dropped.
    /// Its own buffer rather than an array: appending bytes is the tokenizer's innermost loop.
    private struct Term: ~Copyable {
        private var storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64)
        private var count = 0
        private var scalarCount = 0
        private var isASCII = true
        private let stopWords: StopWords

        init(stopWords: StopWords) { self.stopWords = stopWords }

        deinit { storage.deallocate() }

        /// ASCII letters and digits, each replaced by its entry in `folding`.
        mutating func append(asciiRun run: UnsafeBufferPointer<UInt8>, folding: UnsafeBufferPointer<UInt8>) {
            reserve(run.count)
            for (offset, byte) in run.enumerated() { storage[count + offset] = folding[Int(byte)] }
            count += run.count
            scalarCount += run.count
        }

        /// A letter of the Latin table: one or two ASCII letters, the second in the high byte.
        mutating func append(latin folded: UInt16) {
            reserve(2)
            storage[count] = UInt8(truncatingIfNeeded: folded)
            count += 1
            scalarCount += 1
            if folded > 0xFF {
                storage[count] = UInt8(truncatingIfNeeded: folded >> 8)
                count += 1
                scalarCount += 1
            }
        }

        /// A character outside ASCII and the Latin table, by Unicode's rules: letters lowercased, decomposed and
        /// stripped of their marks, as the page's script does with NFD; combining marks skipped; anything else
        /// ends the term.
        mutating func append(rare scalar: Unicode.Scalar, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
            if scalar.properties.isAlphabetic {
                for folded in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                where folded.properties.generalCategory != .nonspacingMark {
                    reserve(4)
                    for byte in UTF8.encode(folded).unsafelyUnwrapped {
                        storage[count] = byte
                        count += 1
                    }
                    scalarCount += 1
                    isASCII = isASCII && folded.isASCII
                }
            } else if scalar.properties.generalCategory != .nonspacingMark {
                end(body)
            }
        }

        /// Hands the term to `body` unless it is a single character or a stop word, and starts the next one.
        mutating func end(_ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
            let bytes = UnsafeBufferPointer(rebasing: storage[..<count])
            if scalarCount >= 2 && !stopWords.contains(bytes) { body(bytes, isASCII) }
            count = 0
            scalarCount = 0
            isASCII = true
        }

        private mutating func reserve(_ extra: Int) {
            guard storage.count - count < extra else { return }
            let larger = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Swift.max(storage.count * 2, count + extra))
            _ = larger.initialize(from: storage[..<count])
            storage.deallocate()
            storage = larger
        }
    }

    static let stopWords: Set<String> = [
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il",
        "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "meme", "mes", "moi", "mon", "ne", "nos",
        "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur",
        "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont",
        "a", "the", "and", "of", "to", "in", "is", "for", "with", "as", "at", "by", "an", "be", "or",
        "it", "this", "that", "are", "was", "from", "not", "but", "plus", "tres", "aussi", "comme", "si", "y",
    ]
}
