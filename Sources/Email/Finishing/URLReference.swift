import Foundation

/// What an `href`/`src` value refers to, decided without network access.
enum URLReference: Equatable {
    /// Has a scheme: `https:`, `mailto:`, `tel:`, `cid:`, `data:`, …
    case absolute
    /// `#top`: a fragment of the message itself.
    case fragment
    /// A mailing-service merge tag such as `{{ UnsubscribeURL }}`, `*|UNSUB|*` or `[[UNSUB]]`: the service
    /// replaces it at send time, so it must be left alone.
    case mergeTag
    /// Relative to the site's base URL (including `//host/path`).
    case relative
    /// Empty.
    case empty

    /// Decided on UTF-8 bytes: it runs for every `href` and `src` of the document.
    init(_ value: String) {
        var value = value
        self = value.withUTF8 { URLReference(bytes: $0) }
    }

    init(bytes value: UnsafeBufferPointer<UInt8>) {
        let bytes = Self.trimmed(value)
        if bytes.isEmpty {
            self = .empty
        } else if bytes.first == UInt8(ascii: "#") {
            self = .fragment
        } else if Self.containsMergeTagMarker(bytes) {
            self = .mergeTag
        } else if Self.hasScheme(bytes) {
            self = .absolute
        } else {
            self = .relative
        }
    }

    private static func containsMergeTagMarker(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            switch (bytes[index], bytes[index + 1]) {
            case (UInt8(ascii: "{"), UInt8(ascii: "{")), (UInt8(ascii: "{"), UInt8(ascii: "%")),
                (UInt8(ascii: "*"), UInt8(ascii: "|")), (UInt8(ascii: "["), UInt8(ascii: "[")),
                (UInt8(ascii: "%"), UInt8(ascii: "%")):
                return true
            default:
                index += 1
            }
        }
        return false
    }

    private static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, CSSScanner.isWhitespace(bytes[start]) { start += 1 }
        while end > start, CSSScanner.isWhitespace(bytes[end - 1]) { end -= 1 }
        return bytes[start..<end]
    }

    /// `scheme:` per RFC 3986: a letter, then letters, digits, `+`, `-`, `.`, then a colon.
    private static func hasScheme(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > bytes.startIndex,
            bytes[bytes.startIndex].isASCIILetter
        else { return false }
        return bytes[bytes.startIndex..<colon].allSatisfy {
            $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: ".")
        }
    }

    /// Whether the value uses `http:` or `https:`.
    static func isWeb(_ value: String) -> Bool {
        // A value starting with printable ASCII needs no trimming, and when its first nine bytes are ASCII its first
        // eight characters are single bytes that only lowercase to those of the prefixes if they are ASCII
        // letters: the prefixes are compared on the bytes. Anything else takes the general path.
        let isPlain = value.utf8.first.map { $0 > 0x20 && $0 < 0x7F } ?? false
        if isPlain && value.utf8.prefix(9).allSatisfy({ $0 < 0x80 }) {
            return hasPrefixIgnoringASCIICase(value.utf8, "http://") || hasPrefixIgnoringASCIICase(value.utf8, "https://")
        }
        let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }

    private static func hasPrefixIgnoringASCIICase(_ bytes: String.UTF8View, _ prefix: StaticString) -> Bool {
        var index = bytes.startIndex
        for position in 0..<prefix.utf8CodeUnitCount {
            guard index < bytes.endIndex else { return false }
            let byte = bytes[index]
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            guard lowered == prefix.utf8Start[position] else { return false }
            index = bytes.index(after: index)
        }
        return true
    }
}
