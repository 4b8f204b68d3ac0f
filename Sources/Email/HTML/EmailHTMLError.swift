/// Why an HTML document could not be processed.
public enum EmailHTMLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libxml2 produced no document (empty or unreadable input).
    case unparsableDocument(byteCount: Int)
    /// The document is larger than libxml2 can take in one buffer.
    case documentTooLarge(byteCount: Int)
    /// Elements are nested deeper than libxml2's limit (256 levels); the document would be truncated.
    case nestingTooDeep

    public var description: String {
        switch self {
        case .unparsableDocument(let byteCount): "the email HTML (\(byteCount) bytes) could not be parsed"
        case .documentTooLarge(let byteCount): "the email HTML is too large to process (\(byteCount) bytes)"
        case .nestingTooDeep: "the email HTML nests elements more than 256 levels deep"
        }
    }
}
