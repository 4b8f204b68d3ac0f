/// One personal value found in an output by the leak check. It names the category only, never the value.
public struct LeakHit: Hashable, Sendable, Codable, Comparable {
    public var category: PrivacyCategory
    /// UTF-8 byte offset of the value in the scanned variant of the text.
    public var offset: Int
    /// 1-based line of the value in the scanned variant.
    public var line: Int
    /// Which reading of the text held the value: as is, HTML entities decoded, or quoted-printable decoded.
    public var variant: LeakVariant

    public init(category: PrivacyCategory, offset: Int, line: Int, variant: LeakVariant) {
        self.category = category
        self.offset = offset
        self.line = line
        self.variant = variant
    }

    public static func < (lhs: LeakHit, rhs: LeakHit) -> Bool {
        (lhs.variant, lhs.offset, lhs.category) < (rhs.variant, rhs.offset, rhs.category)
    }
}

/// The readings of an output the leak check scans, so that `Cl&eacute;ment` or `Cl=C3=A9ment` cannot hide
/// a name.
public enum LeakVariant: String, Hashable, Sendable, Codable, Comparable {
    case plain
    case htmlDecoded = "html_decoded"
    case quotedPrintableDecoded = "quoted_printable_decoded"

    public static func < (lhs: LeakVariant, rhs: LeakVariant) -> Bool { lhs.rawValue < rhs.rawValue }
}
