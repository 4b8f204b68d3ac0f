import Foundation

/// Makes heading ids: the slug of a heading's plain text, unique within one document.
///
/// Lowercased, accents folded, punctuation dropped, whitespace runs turned into one hyphen:
/// "Été 2026 : bilan" → `ete-2026-bilan`. Repeated slugs get `-1`, `-2`… suffixes.
public struct Slugger: Sendable {
    private var used: [String: Int] = [:]

    /// Creates a slugger with no slug used yet.
    public init() {}

    /// The slug of `text` alone, without uniqueness.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if isKept(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if isWhitespace(scalar) {
                pendingHyphen = true
            }
        }
        return result.lowercased()
    }

    // ASCII scalars, most of any heading, are classified without looking their Unicode properties up.

    /// Letters, digits, `_` and `-`.
    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isAlphabetic || scalar.properties.numericType != nil }
        switch UInt8(scalar.value) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return scalar.properties.isWhitespace }
        return scalar == " " || (0x09...0x0D).contains(scalar.value)
    }

    /// A slug for `text` not returned before by this slugger.
    public mutating func slug(for text: String) -> String {
        var base = Self.slug(text)
        if base.isEmpty { base = "section" }
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var suffix = count + 1
        while used["\(base)-\(suffix)"] != nil { suffix += 1 }
        used[base] = suffix
        used["\(base)-\(suffix)"] = 0
        return "\(base)-\(suffix)"
    }
}
