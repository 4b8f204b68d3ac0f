/// The value of a YAML node, after resolving plain scalars with the YAML 1.2 core schema
/// (plus ISO 8601 dates).
public enum YAMLValue: Sendable, Hashable {
    /// Empty, `~` or `null`.
    case null
    /// `true`/`false` (any of the core schema spellings).
    case bool(Bool)
    /// A decimal, `0x` or `0o` integer.
    case int(Int)
    /// A floating-point number, `.inf` or `.nan`.
    case double(Double)
    /// Any quoted or block scalar, and plain scalars that are nothing else.
    case string(String)
    /// An ISO 8601 date or date-time written as a plain scalar.
    case date(YAMLDate)
    /// A block (`- item`) or flow (`[a, b]`) sequence.
    case sequence([YAMLNode])
    /// A block (`key: value`) or flow (`{key: value}`) mapping.
    case mapping(YAMLMapping)

    /// A short description for messages: "a string", "the integer 12", "null"...
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): "the boolean \(value)"
        case .int(let value): "the integer \(value)"
        case .double(let value): "the number \(value)"
        case .string: "a string"
        case .date(let date): "the date \(date.text)"
        case .sequence: "a sequence"
        case .mapping: "a mapping"
        }
    }
}
