/// GFM extended autolinks: `www.` links, `http://`/`https://`/`ftp://` URLs and bare e-mail addresses
/// found in text, with GFM's trailing-punctuation and parenthesis rules.
enum ExtendedAutolinks {
    /// A link found in text.
    struct Match {
        /// The byte range of the link text in the scanned bytes.
        var range: Range<Int>
        var destination: String
    }

    /// All links in `text`, in order, not overlapping.
    static func find(in text: ArraySlice<UInt8>) -> [Match] {
        guard mayContainLink(text) else { return [] }
        var matches = [Match]()
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            var found: Match?
            if (byte == UInt8(ascii: "w") || byte == UInt8(ascii: "W") || byte == UInt8(ascii: "h") || byte == UInt8(ascii: "f")
                || byte == UInt8(ascii: "H") || byte == UInt8(ascii: "F")) && isBoundary(text, before: index) {
                found = scanWWW(text, at: index) ?? scanURL(text, at: index)
            } else if byte == UInt8(ascii: "@") {
                found = scanEmail(text, at: index, after: matches.last?.range.upperBound ?? text.startIndex)
            }
            if let found {
                matches.append(found)
                index = found.range.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// A cheap first pass: every link needs an `@`, a `://` (after its scheme) or `www.`; most text has
    /// none (French text has many colons, hence `://` rather than `:`).
    private static func mayContainLink(_ text: ArraySlice<UInt8>) -> Bool {
        text.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                // `@`, `:` and `.` are all at most `@`: one comparison passes letters.
                if bytes[index] > UInt8(ascii: "@") {
                    index += 1
                    continue
                }
                switch bytes[index] {
                case UInt8(ascii: "@"):
                    return true
                case UInt8(ascii: ":"):
                    if index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
                        return true
                    }
                case UInt8(ascii: "."):
                    if index >= 3 && bytes[index - 3] | 0x20 == UInt8(ascii: "w") && bytes[index - 2] | 0x20 == UInt8(ascii: "w")
                        && bytes[index - 1] | 0x20 == UInt8(ascii: "w") {
                        return true
                    }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    private static func isBoundary(_ text: ArraySlice<UInt8>, before index: Int) -> Bool {
        guard index > text.startIndex else { return true }
        let previous = text[index - 1]
        return ByteClass.isASCIIWhitespace(previous) || previous == UInt8(ascii: "*") || previous == UInt8(ascii: "_")
            || previous == UInt8(ascii: "~") || previous == UInt8(ascii: "(")
    }

    private static func scanWWW(_ text: ArraySlice<UInt8>, at start: Int) -> Match? {
        guard text.hasPrefixIgnoringCase("www.", at: start, end: text.endIndex),
              let domainEnd = scanDomain(text, from: start) else { return nil }
        let end = trimTrailing(text, start: start, end: scanPath(text, from: domainEnd))
        let string = String(decoding: text[start..<end], as: UTF8.self)
        return Match(range: start..<end, destination: URLEncoder.normalize("http://" + string))
    }

    private static func scanURL(_ text: ArraySlice<UInt8>, at start: Int) -> Match? {
        var schemeEnd: Int?
        for scheme in ["http://", "https://", "ftp://"] where text.hasPrefixIgnoringCase(scheme, at: start, end: text.endIndex) {
            schemeEnd = start + scheme.utf8.count
        }
        guard let schemeEnd, let domainEnd = scanDomain(text, from: schemeEnd) else { return nil }
        let end = trimTrailing(text, start: start, end: scanPath(text, from: domainEnd))
        let string = String(decoding: text[start..<end], as: UTF8.self)
        return Match(range: start..<end, destination: URLEncoder.normalize(string))
    }

    /// Domain segments of alphanumerics, `-` and `_`, at least two; no `_` in the last two segments.
    private static func scanDomain(_ text: ArraySlice<UInt8>, from start: Int) -> Int? {
        var index = start
        var segments = 0
        var underscoreInSegment = [Bool]()
        while index < text.endIndex {
            let segmentStart = index
            var underscore = false
            while index < text.endIndex && (ByteClass.isAlphanumeric(text[index]) || text[index] == UInt8(ascii: "-")
                                        || text[index] == UInt8(ascii: "_") || text[index] >= 0x80) {
                if text[index] == UInt8(ascii: "_") { underscore = true }
                index += 1
            }
            guard index > segmentStart else { break }
            segments += 1
            underscoreInSegment.append(underscore)
            guard index + 1 < text.endIndex, text[index] == UInt8(ascii: "."),
                  ByteClass.isAlphanumeric(text[index + 1]) || text[index + 1] == UInt8(ascii: "-")
                    || text[index + 1] == UInt8(ascii: "_") || text[index + 1] >= 0x80 else { break }
            index += 1
        }
        guard segments >= 2, !underscoreInSegment.suffix(2).contains(true) else { return nil }
        return index
    }

    private static func scanPath(_ text: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        while index < text.endIndex && !ByteClass.isASCIIWhitespace(text[index]) && text[index] != UInt8(ascii: "<") { index += 1 }
        return index
    }

    /// Drops trailing punctuation, unbalanced closing parentheses and a trailing entity-like `&x;`.
    private static func trimTrailing(_ text: ArraySlice<UInt8>, start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = text[end - 1]
            switch last {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "'"), UInt8(ascii: "\""):
                end -= 1
            case UInt8(ascii: ")"):
                var opening = 0
                var closing = 0
                for byte in text[start..<end] {
                    if byte == UInt8(ascii: "(") { opening += 1 } else if byte == UInt8(ascii: ")") { closing += 1 }
                }
                guard closing > opening else { return end }
                end -= 1
            case UInt8(ascii: ";"):
                var index = end - 2
                while index > start && ByteClass.isAlphanumeric(text[index]) { index -= 1 }
                guard index >= start, text[index] == UInt8(ascii: "&"), index < end - 2 else { return end }
                end = index
            default:
                return end
            }
        }
        return end
    }

    private static func scanEmail(_ text: ArraySlice<UInt8>, at atSign: Int, after minimumStart: Int) -> Match? {
        var start = atSign
        while start > minimumStart {
            let byte = text[start - 1]
            guard ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") else { break }
            start -= 1
        }
        guard start < atSign else { return nil }
        var index = atSign + 1
        var dots = 0
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: ".") && index + 1 < text.endIndex && ByteClass.isAlphanumeric(text[index + 1]) {
                dots += 1
            } else if !(ByteClass.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) {
                break
            }
            index += 1
        }
        guard dots >= 1, index > atSign + 1 else { return nil }
        let last = text[index - 1]
        guard last != UInt8(ascii: "-") && last != UInt8(ascii: "_") else { return nil }
        let string = String(decoding: text[start..<index], as: UTF8.self)
        return Match(range: start..<index, destination: URLEncoder.normalize("mailto:" + string))
    }
}
