/// The character references a forum's cooked HTML commonly uses. Anything else is left as written.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "hellip": "…", "mdash": "—", "ndash": "–", "laquo": "«", "raquo": "»",
        "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "bull": "•", "middot": "·",
        "euro": "€", "copy": "©", "reg": "®", "trade": "™", "deg": "°", "times": "×", "shy": "\u{00AD}",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "Eacute": "É", "Egrave": "È", "Ecirc": "Ê",
        "agrave": "à", "acirc": "â", "Agrave": "À", "ccedil": "ç", "Ccedil": "Ç",
        "icirc": "î", "iuml": "ï", "ocirc": "ô", "ugrave": "ù", "ucirc": "û", "uuml": "ü", "oelig": "œ",
        "OElig": "Œ", "aelig": "æ",
    ]

    /// Decodes the reference that follows a `&` at `start - 1`: its text and the index after its `;`,
    /// or a literal `&` and `start` when no known reference is there.
    static func decode(in bytes: [UInt8], after start: Int) -> (text: [UInt8], next: Int) {
        var end = start
        while end < bytes.count, end - start < 32, isReferenceByte(bytes[end]) { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: ";"), end > start else {
            return ([UInt8(ascii: "&")], start)
        }
        let reference = String(decoding: bytes[start..<end], as: UTF8.self)
        let decoded = reference.hasPrefix("#") ? numeric(Substring(reference)) : named[reference]
        guard let decoded else { return ([UInt8(ascii: "&")], start) }
        return (Array(decoded.utf8), end + 1)
    }

    private static func isReferenceByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "#")
    }

    /// The text of a numeric reference (`#233` or `#xE9`); invalid code points become U+FFFD, as in HTML.
    static func numeric(_ reference: Substring) -> String? {
        let isHex = reference.hasPrefix("#x") || reference.hasPrefix("#X")
        let digits = reference.dropFirst(isHex ? 2 : 1)
        guard !digits.isEmpty, digits.count <= 8, let value = UInt32(digits, radix: isHex ? 16 : 10) else {
            return nil
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(Character(scalar))
    }
}
