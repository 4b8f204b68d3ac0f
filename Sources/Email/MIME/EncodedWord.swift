import Foundation

/// RFC 2047 encoded words (`=?UTF-8?Q?…?=`) for non-ASCII header text.
public enum EncodedWord {
    /// An encoded word may not be longer than this (RFC 2047 §2).
    public static let maximumLength = 75
    private static let prefix = "=?UTF-8?Q?"
    private static let suffix = "?="
    private static var maximumPayload: Int { maximumLength - prefix.count - suffix.count }

    /// Encodes `text` as a sequence of Q encoded words, each at most 75 characters, split only between
    /// characters (grapheme clusters, or Unicode scalars for a cluster too long for one word). The words are meant
    /// to be separated by folding whitespace, which decoders drop between encoded words.
    /// The Q alphabet used is the one allowed in phrases, so the words also fit display names.
    /// `firstWordMaximumLength` leaves room for the header name on the first line.
    public static func encode(_ text: String, firstWordMaximumLength: Int = maximumLength) -> [String] {
        var words: [String] = []
        var payload = ""
        let firstPayloadLimit = max(firstWordMaximumLength - prefix.count - suffix.count, 12)
        func append(_ encoded: String) {
            let limit = words.isEmpty ? min(firstPayloadLimit, maximumPayload) : maximumPayload
            if payload.utf8.count + encoded.utf8.count > limit && !payload.isEmpty {
                words.append(prefix + payload + suffix)
                payload = ""
            }
            payload += encoded
        }
        for character in text {
            let encoded = qEncoded(character.unicodeScalars)
            if encoded.utf8.count <= maximumPayload {
                append(encoded)
            } else {
                for scalar in character.unicodeScalars { append(qEncoded(CollectionOfOne(scalar))) }
            }
        }
        if !payload.isEmpty || words.isEmpty { words.append(prefix + payload + suffix) }
        return words
    }

    private static func qEncoded<Scalars: Sequence<Unicode.Scalar>>(_ scalars: Scalars) -> String {
        var output = ""
        for scalar in scalars {
            for byte in String(scalar).utf8 {
                if byte == 0x20 {
                    output += "_"
                } else if byte.isASCIILetter || byte.isASCIIDigit || "!*+-/".utf8.contains(byte) {
                    output.unicodeScalars.append(Unicode.Scalar(byte))
                } else {
                    output += "=" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
            }
        }
        return output
    }

    /// Decodes every encoded word of a header value (Q or B, UTF-8, US-ASCII or ISO-8859-1); whitespace between
    /// two encoded words is dropped, as RFC 2047 §6.2 requires. Malformed words are left as they are.
    public static func decode(_ value: String) -> String {
        var output = ""
        var remainder = Substring(value)
        var pendingWhitespace = ""
        var previousWasEncoded = false
        while !remainder.isEmpty {
            let whitespace = remainder.prefix(while: \.isWhitespace)
            if !whitespace.isEmpty {
                // Unfolding: a line break followed by whitespace is just that whitespace.
                pendingWhitespace = String(whitespace.filter { !$0.isNewline })
                remainder = remainder.dropFirst(whitespace.count)
                continue
            }
            let token = remainder.prefix { !$0.isWhitespace }
            remainder = remainder.dropFirst(token.count)
            if let decoded = decodeWord(token) {
                if !previousWasEncoded { output += pendingWhitespace }
                output += decoded
                previousWasEncoded = true
            } else {
                output += pendingWhitespace + token
                previousWasEncoded = false
            }
            pendingWhitespace = ""
        }
        return output + pendingWhitespace
    }

    private static func decodeWord(_ token: Substring) -> String? {
        guard token.hasPrefix("=?"), token.hasSuffix("?="), token.count >= 8 else { return nil }
        let parts = token.dropFirst(2).dropLast(2).split(separator: "?", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        let charset = parts[0].lowercased().split(separator: "*").first.map(String.init) ?? ""
        let bytes: [UInt8]?
        switch parts[1].lowercased() {
        case "q": bytes = decodeQ(parts[2])
        case "b": bytes = Data(base64Encoded: String(parts[2])).map { Array($0) }
        default: bytes = nil
        }
        guard let bytes else { return nil }
        switch charset {
        case "utf-8", "us-ascii": return String(decoding: bytes, as: UTF8.self)
        case "iso-8859-1", "latin1": return String(bytes.map { Character(Unicode.Scalar($0)) })
        default: return nil
        }
    }

    private static func decodeQ(_ text: Substring) -> [UInt8]? {
        var output: [UInt8] = []
        var bytes = Array(text.utf8)[...]
        while let byte = bytes.popFirst() {
            if byte == UInt8(ascii: "_") {
                output.append(0x20)
            } else if byte == UInt8(ascii: "=") {
                guard bytes.count >= 2, let value = UInt8(String(decoding: bytes.prefix(2), as: UTF8.self), radix: 16)
                else { return nil }
                output.append(value)
                bytes = bytes.dropFirst(2)
            } else {
                output.append(byte)
            }
        }
        return output
    }
}

extension String {
    func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
