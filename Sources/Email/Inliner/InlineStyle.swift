import Foundation

/// Writes declarations as the value of a `style` attribute.
enum InlineStyle {
    /// `color:red;font-family:'Helvetica Neue',Arial` — compact (Gmail clips large messages), with double quotes
    /// turned into single ones when that is safe, so the serialiser does not have to write `&quot;`.
    static func attributeValue(_ declarations: [CSSDeclaration]) -> String {
        declarations.map { declaration in
            var value = declaration.value
            // Checked on the bytes first: most values have no double quote.
            if value.utf8.contains(UInt8(ascii: "\"")) && value.contains("\"") && !value.contains("'") {
                value = value.replacingOccurrences(of: "\"", with: "'")
            }
            return CSSDeclaration(property: declaration.property, value: value, important: declaration.important)
                .cssText
        }.joined(separator: ";")
    }
}
