import Foundation

/// Turns text into search terms: lowercase, accents folded (`Été` → `ete`, `cœur` → `coeur`), split on anything
/// that is not a letter or digit, French and English stop words dropped. The search page's script normalises
/// queries the same way, so "escarre", "Escarres" and "ESCARRE" find the same pages. Works scalar by scalar
/// with a folding table for Latin letters: indexing thousands of articles must not go through NSString.
public enum SearchTokenizer {
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if current.count >= 2 {
                let term = String(current)
                if !stopWords.contains(term) { terms.append(term) }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                current.append(contentsOf: folded.unicodeScalars)
            } else if scalar.properties.isAlphabetic {
                // Rare letters: decomposed and stripped of their marks, as the page's script does with NFD.
                current.append(contentsOf: String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
                    .filter { $0.properties.generalCategory != .nonspacingMark })
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    /// ASCII letters and digits, and the accented Latin letters of French and its neighbours, folded.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return String(scalar)
        case 0x41...0x5A: return String(Unicode.Scalar(scalar.value + 32) ?? scalar)
        default: return latinFolding[scalar.value]
        }
    }

    private static let latinFolding: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
        ]
        for (letters, folded) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = folded }
        }
        return table
    }()

    static let stopWords: Set<String> = [
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il",
        "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "meme", "mes", "moi", "mon", "ne", "nos",
        "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur",
        "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont",
        "a", "the", "and", "of", "to", "in", "is", "for", "with", "as", "at", "by", "an", "be", "or",
        "it", "this", "that", "are", "was", "from", "not", "but", "plus", "tres", "aussi", "comme", "si", "y",
    ]
}
