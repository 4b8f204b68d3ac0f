import Diagnostics

/// One token of a JSON document, as the pull tokenizer hands them out: object keys are
/// distinguished from string values, and `:`/`,` are checked by the tokenizer, never returned.
enum JSONToken: Hashable, Sendable {
    case beginObject
    case endObject
    case beginArray
    case endArray
    case key(String)
    case string(String)
    /// A number exactly as written (grammar already checked).
    case number(String)
    case bool(Bool)
    case null
    /// The end of the input (after the single document, or after the last line of JSON Lines).
    case endOfInput

    /// How an error message names what was found.
    var kindDescription: String {
        switch self {
        case .beginObject, .endObject: "an object"
        case .beginArray, .endArray: "an array"
        case .key: "a key"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .endOfInput: "the end of the file"
        }
    }
}

/// A token and where it starts.
struct LocatedToken: Hashable, Sendable {
    var token: JSONToken
    var location: SourceLocation
}
