import Foundation

/// Case- and accent-folding of Unicode scalars to lowercase ASCII-like keys, so that `Hélène`, `HELENE` and
/// `hélène` all become `helene`, and ligatures expand (`Œdème` → `oedeme`). Latin scalars are looked up in a
/// table built once; other scripts fall back to Unicode lowercase mapping.
enum ScalarFolding {
    /// Scalars below this bound are folded through `latinTable`.
    static let tableBound: UInt32 = 0x250

    /// What the tokenizer needs to know about one scalar.
    struct Entry: Sendable {
        /// The folded UTF-8 bytes (empty for combining marks, which fold away).
        var folded: [UInt8]
        var isWordCharacter: Bool
        var isUppercase: Bool
    }

    static let latinTable: [Entry] = (0..<tableBound).map { value in
        guard let scalar = Unicode.Scalar(value) else { return Entry(folded: [], isWordCharacter: false, isUppercase: false) }
        return makeEntry(scalar)
    }

    /// The entry of any scalar: table lookup for Latin, computed for the rest.
    static func entry(_ scalar: Unicode.Scalar) -> Entry {
        if scalar.value < tableBound { return latinTable[Int(scalar.value)] }
        return makeEntry(scalar)
    }

    private static let ligatures: [UInt32: String] = [0xC6: "ae", 0xE6: "ae", 0x152: "oe", 0x153: "oe", 0xDF: "ss"]

    private static func makeEntry(_ scalar: Unicode.Scalar) -> Entry {
        let properties = scalar.properties
        // Combining marks (decomposed accents) belong to the word they decorate and fold to nothing.
        if properties.generalCategory == .nonspacingMark {
            return Entry(folded: [], isWordCharacter: true, isUppercase: false)
        }
        let isWord = properties.isAlphabetic || properties.numericType != nil
        guard isWord else { return Entry(folded: [], isWordCharacter: false, isUppercase: false) }
        let folded: String
        if let ligature = ligatures[scalar.value] {
            folded = ligature
        } else {
            folded = String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .lowercased()
        }
        return Entry(folded: Array(folded.utf8), isWordCharacter: true, isUppercase: properties.isUppercase)
    }
}
