import Foundation

/// File and URL slugs: lowercase ASCII letters, digits and single hyphens.
enum Slug {
    static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, !text.hasPrefix("-"), !text.hasSuffix("-"), !text.contains("--") else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A slug for any text: accents folded, everything else that is not a letter or digit becomes a hyphen.
    /// "Exercice libéral" → "exercice-liberal".
    static func make(_ text: String) -> String {
        made.slug(of: text, orMake: fold)
    }

    /// Slugs already made: a site slugs the same few tags thousands of times, and folding goes through
    /// Foundation's slow string transforms.
    private static let made = Memo()

    private final class Memo: @unchecked Sendable {
        private let lock = NSLock()
        private var slugs: [String: String] = [:]

        func slug(of text: String, orMake make: (String) -> String) -> String {
            if let known = lock.withLock({ slugs[text] }) { return known }
            let slug = make(text)
            lock.withLock { slugs[text] = slug }
            return slug
        }
    }

    private static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "ß", with: "ss")
        var result = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }
}
