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
        let bytes = Self.trimmed(Array(value.utf8)[...])
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

    private static let mergeTagMarkers: [(UInt8, UInt8)] = [
        (UInt8(ascii: "{"), UInt8(ascii: "{")), (UInt8(ascii: "{"), UInt8(ascii: "%")),
        (UInt8(ascii: "*"), UInt8(ascii: "|")), (UInt8(ascii: "["), UInt8(ascii: "[")),
        (UInt8(ascii: "%"), UInt8(ascii: "%")),
    ]

    private static func containsMergeTagMarker(_ bytes: ArraySlice<UInt8>) -> Bool {
        zip(bytes, bytes.dropFirst()).contains { pair in mergeTagMarkers.contains { $0 == pair } }
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var result = bytes
        while let first = result.first, CSSScanner.isWhitespace(first) { result = result.dropFirst() }
        while let last = result.last, CSSScanner.isWhitespace(last) { result = result.dropLast() }
        return result
    }

    /// `scheme:` per RFC 3986: a letter, then letters, digits, `+`, `-`, `.`, then a colon.
    private static func hasScheme(_ bytes: ArraySlice<UInt8>) -> Bool {
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
        let lowered = value.trimmingCharacters(in: .whitespaces).lowercased()
        return lowered.hasPrefix("http://") || lowered.hasPrefix("https://")
    }
}
