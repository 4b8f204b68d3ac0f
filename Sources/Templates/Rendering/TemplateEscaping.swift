/// How interpolation tags `{{name}}` transform values; `{{{name}}}` and `{{& name}}` never escape.
public enum TemplateEscaping: Sendable, Hashable {
    /// `&`, `<`, `>`, `"` and `'` become entities, for HTML output.
    case html
    /// Values are written as they are, for plain-text output (the text part of an email).
    case none
}

extension TemplateEscaping {
    /// Appends `text` to `output`, escaped. Scans UTF-8 bytes and copies unescaped runs in one piece.
    func append(_ text: String, to output: inout String) {
        // Most values hold nothing to escape: one scan of their bytes, then one append.
        guard self == .html, text.utf8.withContiguousStorageIfAvailable({ $0.contains { Self.entity(for: $0) != nil } }) ?? true
        else {
            output += text
            return
        }
        let utf8 = text.utf8
        var runStart = utf8.startIndex
        var index = runStart
        while index != utf8.endIndex {
            if let entity = Self.entity(for: utf8[index]) {
                output += text[runStart..<index]
                output += entity
                runStart = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        output += text[runStart..<utf8.endIndex]
    }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
