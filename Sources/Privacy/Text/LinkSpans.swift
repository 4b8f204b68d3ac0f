/// Finds links in text: `http://…`, `https://…`, `www.…`, and bare domains such as `monshop.fr`. A link ends
/// at a space, a quote, `<`, `>`, or an unbalanced `)`; trailing sentence punctuation is not part of it. Used
/// to replace an identifying link whole and to judge commercial links.
enum LinkSpans {
    private static let topLevelDomains: Set<String> = [
        "fr", "com", "net", "org", "eu", "io", "be", "ch", "shop", "store", "info", "biz", "co", "ly", "me", "de",
        "uk", "us", "ca", "app",
    ]

    static func find(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var links: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let atWordStart = index == 0 || !isLinkByte(bytes[index - 1])
            guard atWordStart, isLinkByte(bytes[index]) else {
                index += 1
                continue
            }
            let end = linkEnd(from: index, in: bytes)
            if isLink(bytes, index..<end) { links.append(index..<end) }
            index = max(end, index + 1)
        }
        return links
    }

    private static func isLink(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let run = UnsafeBufferPointer(rebasing: bytes[range])
        if hasPrefix(run, "http://") || hasPrefix(run, "https://") || hasPrefix(run, "www.") { return true }
        // A bare domain: letters, a dot, a known top-level domain, no `@` (emails are not links).
        guard !run.contains(UInt8(ascii: "@")) else { return false }
        let hostEnd = run.firstIndex(of: UInt8(ascii: "/")) ?? run.count
        let host = run[..<hostEnd]
        guard let dot = host.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return false }
        let tld = String(decoding: host[(dot + 1)...].map(ASCII.lowercase), as: UTF8.self)
        return topLevelDomains.contains(tld) && host[..<dot].contains(where: ASCII.isLetter)
    }

    private static func linkEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = start
        var depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "(") { depth += 1 }
            if byte == UInt8(ascii: ")") {
                if depth == 0 { break }
                depth -= 1
            }
            guard isLinkByte(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") else { break }
            index += 1
        }
        while index > start, isTrailingPunctuation(bytes[index - 1]) { index -= 1 }
        return index
    }

    private static func hasPrefix(_ run: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard run.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { pattern in
            zip(run, pattern).allSatisfy { ASCII.lowercase($0) == $1 }
        }
    }

    /// Characters a link can hold (RFC 3986 plus percent-encoding; non-ASCII for internationalised paths).
    private static func isLinkByte(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return false }
        if ASCII.isLetter(byte) || ASCII.isDigit(byte) { return true }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: ":"),
            UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    private static func isTrailingPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: "'"):
            true
        default:
            false
        }
    }
}
