import Foundation

/// Turns text into search terms: lowercase, accents folded (`Été` → `ete`), split on anything that is not a
/// letter or digit, French and English stop words dropped. The search page's script normalises queries the
/// same way (see `SearchIndex.script`), so "escarre", "Escarres" and "ESCARRE" find the same pages.
public enum SearchTokenizer {
    public static func terms(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
        var terms: [String] = []
        var current = ""
        func flush() {
            if current.count >= 2, !stopWords.contains(current) { terms.append(current) }
            current = ""
        }
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return terms
    }

    static let stopWords: Set<String> = [
        "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des", "du", "elle", "en", "et", "eux", "il",
        "je", "la", "le", "les", "leur", "lui", "ma", "mais", "me", "meme", "mes", "moi", "mon", "ne", "nos",
        "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "sa", "se", "ses", "son", "sur",
        "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "est", "sont",
        "a", "the", "and", "of", "to", "in", "is", "for", "with", "as", "at", "by", "an", "be", "or",
        "it", "this", "that", "are", "was", "from", "not", "but", "plus", "tres", "aussi", "comme", "si", "y",
    ]
}
