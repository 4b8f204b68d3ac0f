/// What the tokenizer does with each character from U+0080 to U+017F (Latin-1 and Latin Extended-A, where
/// French text's accented letters, `œ`, quotes `«»` and non-breaking spaces live), looked up in one table instead
/// of asking Unicode's properties character by character.
enum LatinFolding {
    /// One of the values below, or the character's folding: one or two ASCII letters, the second in the high byte.
    static let table: [UInt16] = {
        var table = [UInt16](repeating: unknown, count: Int(end - start))
        for scalar in (start..<end).compactMap(Unicode.Scalar.init) {
            // The tokenizer's own rules for characters outside the table, applied once here.
            if !scalar.properties.isAlphabetic && scalar.properties.generalCategory != .nonspacingMark {
                table[Int(scalar.value - start)] = separator
            }
        }
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("çÇ", "c"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("ñÑ", "n"),
            ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"), ("ýÿÝŸ", "y"), ("œŒ", "oe"), ("æÆ", "ae"),
        ]
        for (letters, folded) in groups {
            let bytes = Array(folded.utf8)
            let packed = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
            for scalar in letters.unicodeScalars { table[Int(scalar.value - start)] = packed }
        }
        return table
    }()

    /// The first character of the table, and the one after its last.
    static let start: UInt32 = 0x80
    static let end: UInt32 = 0x180
    /// Not in the table: a letter of another language (`ß`, `ő`) folded through Unicode's decomposition.
    static let unknown: UInt16 = 0
    /// Neither a letter nor a combining mark: ends the current term.
    static let separator: UInt16 = 1
}
