/// The scalars the typographic rules name.
enum Scalars {
    static let noBreakSpace: Unicode.Scalar = "\u{00A0}"
    static let narrowNoBreakSpace: Unicode.Scalar = "\u{202F}"
    static let ellipsis: Unicode.Scalar = "\u{2026}"
    static let enDash: Unicode.Scalar = "\u{2013}"
    static let emDash: Unicode.Scalar = "\u{2014}"
    static let apostrophe: Unicode.Scalar = "\u{2019}"
    static let leftSingleQuote: Unicode.Scalar = "\u{2018}"
    static let leftDoubleQuote: Unicode.Scalar = "\u{201C}"
    static let rightDoubleQuote: Unicode.Scalar = "\u{201D}"
    static let leftGuillemet: Unicode.Scalar = "\u{00AB}"
    static let rightGuillemet: Unicode.Scalar = "\u{00BB}"
}
