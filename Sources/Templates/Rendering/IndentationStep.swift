/// One re-indentation applied to the lines of included content: remove `removed` from the start of each
/// line's indentation, then prepend `added`. A standalone partial is `("", its indentation)`; an overriding
/// block is `(its own indentation, the indentation of the block it replaces)`.
struct IndentationStep: Sendable, Hashable {
    var removed: String
    var added: String

    func apply(to indentation: String) -> String {
        added + Self.removing(removed, from: indentation)
    }

    /// Lines indented less than `prefix` lose all their indentation.
    static func removing(_ prefix: String, from indentation: String) -> String {
        guard !prefix.isEmpty else { return indentation }
        return indentation.hasPrefix(prefix) ? String(indentation.dropFirst(prefix.count)) : ""
    }
}
