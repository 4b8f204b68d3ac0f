import Foundation

/// Writes declarations for a `style` attribute.
enum InlineStyle {
    /// `color:red`, `font-family:'Helvetica Neue',Arial` — compact (Gmail clips large messages), with double quotes
    /// turned into single ones when that is safe, so the serialiser does not have to write `&quot;`. A `style`
    /// attribute joins these with `;`.
    static func text(of declaration: CSSDeclaration) -> [UInt8] {
        var value = declaration.value
        // Checked on the bytes first: most values have no double quote.
        if value.utf8.contains(UInt8(ascii: "\"")) && value.contains("\"") && !value.contains("'") {
            value = value.replacingOccurrences(of: "\"", with: "'")
        }
        let written = CSSDeclaration(property: declaration.property, value: value, important: declaration.important)
        return Array(written.cssText.utf8)
    }
}
