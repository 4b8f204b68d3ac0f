import Foundation

/// Rewrites the `url(…)` references of CSS text (a `style` attribute), e.g. to make them absolute.
enum CSSURLRewriter {
    /// Calls `transform` with each URL (unquoted, trimmed) and writes back what it returns, keeping the original
    /// quoting; `nil` leaves the reference as it was. Text outside `url(…)` is copied unchanged.
    /// Also used to list the URLs: a `transform` that records and returns `nil`.
    static func rewrite(_ css: String, _ transform: (String) -> String?) -> String {
        let bytes = Array(css.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard let (urlStart, urlEnd, close) = reference(in: bytes, at: index) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            let url = String(decoding: bytes[urlStart..<urlEnd], as: UTF8.self)
            output.append(contentsOf: bytes[index..<urlStart])
            if let replacement = transform(url.trimmingASCIIWhitespace()) {
                output.append(contentsOf: Array(replacement.utf8))
            } else {
                output.append(contentsOf: bytes[urlStart..<urlEnd])
            }
            output.append(contentsOf: bytes[urlEnd..<close])
            index = close
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the bytes contain `url(`: a quick test before reading CSS text as a string, made for every `style`
    /// attribute of an email. Parentheses are rare in CSS values, and the C library finds them many times faster
    /// than a loop here.
    static func mayContainReference(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var start = 3
        while start < bytes.count, let found = memchr(base + start, Int32(UInt8(ascii: "(")), bytes.count - start) {
            let index = UnsafeRawPointer(found) - UnsafeRawPointer(base)
            if bytes[index - 3] == UInt8(ascii: "u") && bytes[index - 2] == UInt8(ascii: "r")
                && bytes[index - 1] == UInt8(ascii: "l")
            {
                return true
            }
            start = index + 1
        }
        return false
    }

    /// When `url(` starts at `index` (any case): where the URL starts and ends (inside any quotes), and the index
    /// just past the closing parenthesis.
    private static func reference(in bytes: [UInt8], at index: Int) -> (Int, Int, Int)? {
        let keyword = Array("url(".utf8)
        guard index + keyword.count <= bytes.count,
            zip(bytes[index..<(index + keyword.count)], keyword).allSatisfy({ $0 | 0x20 == $1 | 0x20 }),
            index == 0 || !CSSParser.isNameByte(bytes[index - 1])
        else { return nil }
        var start = index + keyword.count
        while start < bytes.count, CSSScanner.isWhitespace(bytes[start]) { start += 1 }
        guard start < bytes.count else { return nil }
        let quote: UInt8? = bytes[start] == CSSScanner.quote || bytes[start] == CSSScanner.apostrophe ? bytes[start] : nil
        if quote != nil { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != (quote ?? UInt8(ascii: ")")) { end += 1 }
        guard end < bytes.count else { return nil }
        var close = end
        while close < bytes.count, bytes[close] != UInt8(ascii: ")") { close += 1 }
        guard close < bytes.count else { return nil }
        return (start, end, close + 1)
    }
}

extension String {
    func trimmingASCIIWhitespace() -> String {
        let bytes = Array(utf8)
        var start = 0
        var end = bytes.count
        while start < end, CSSScanner.isWhitespace(bytes[start]) { start += 1 }
        while end > start, CSSScanner.isWhitespace(bytes[end - 1]) { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
