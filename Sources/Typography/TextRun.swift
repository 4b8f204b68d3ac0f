/// A piece of text handed to ``Typographer/apply(to:)-([TextRun])``.
public enum TextRun: Sendable, Hashable {
    /// Prose the typographic rules apply to.
    case text(String)
    /// Code, a URL or raw HTML: returned unchanged, but still read as context by the neighbouring text
    /// (a quote after `` `code` `` closes, a colon after it gets its space).
    case opaque(String)

    var string: String {
        switch self {
        case .text(let string), .opaque(let string): string
        }
    }

    var isOpaque: Bool {
        if case .opaque = self { return true }
        return false
    }
}
