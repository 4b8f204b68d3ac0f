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
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" || scalar == "-" {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar.properties.isWhitespace {
                pendingHyphen = true
            }
        }
        return result.lowercased()
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
