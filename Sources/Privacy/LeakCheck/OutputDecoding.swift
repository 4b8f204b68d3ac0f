/// Decodings of generated outputs that can hide a value from a plain scan: HTML character references and
/// quoted-printable (email bodies). Both work on bytes and keep undecodable input as is.
enum OutputDecoding {
    /// Decodes `&name;`, `&#NNN;` and `&#xHH;` (the named references common in French text).
    static func htmlEntities(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "&"),
                let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")),
                let scalar = entity(bytes[(index + 1)..<semicolon])
            {
                output.append(contentsOf: String(Character(scalar)).utf8)
                index = semicolon + 1
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    /// Decodes `=HH` escapes and removes soft line breaks (`=` at the end of a line).
    static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "=") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") {
                index += 2
            } else if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\r"), bytes[index + 2] == UInt8(ascii: "\n") {
                index += 3
            } else if index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func entity(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        guard let first = name.first else { return nil }
        if first == UInt8(ascii: "#") {
            let digits = name.dropFirst()
            let isHex = digits.first == UInt8(ascii: "x") || digits.first == UInt8(ascii: "X")
            let text = String(decoding: isHex ? digits.dropFirst() : digits, as: UTF8.self)
            guard let value = UInt32(text, radix: isHex ? 16 : 10) else { return nil }
            return Unicode.Scalar(value)
        }
        return namedEntities[String(decoding: name, as: UTF8.self)]
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "agrave": "à", "aacute": "á", "acirc": "â", "auml": "ä", "aelig": "æ", "ccedil": "ç", "egrave": "è",
        "eacute": "é", "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
        "ntilde": "ñ", "ograve": "ò", "oacute": "ó", "ocirc": "ô", "ouml": "ö", "oelig": "œ", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yuml": "ÿ", "Agrave": "À", "Aacute": "Á", "Acirc": "Â",
        "Auml": "Ä", "AElig": "Æ", "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë",
        "Icirc": "Î", "Iuml": "Ï", "Ocirc": "Ô", "Ouml": "Ö", "OElig": "Œ", "Ugrave": "Ù", "Ucirc": "Û",
        "Uuml": "Ü", "Yuml": "Ÿ", "rsquo": "\u{2019}", "lsquo": "\u{2018}", "ndash": "\u{2013}",
        "mdash": "\u{2014}", "laquo": "«", "raquo": "»", "commat": "@", "period": ".", "hyphen": "-",
    ]

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
