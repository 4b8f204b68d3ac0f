import Diagnostics

/// A node of the wrong type, or a missing key, met while reading configuration or front matter.
public struct YAMLAccessError: Error, Sendable, Hashable, DiagnosticConvertible {
    /// What the reader needed.
    public enum Expectation: Sendable, Hashable {
        case string, integer, number, boolean, date, stringList, sequence, mapping
        /// A key that must be present in a mapping.
        case key(String)

        var description: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .number: "a number"
            case .boolean: "true or false"
            case .date: "a date (YYYY-MM-DD)"
            case .stringList: "a list of strings"
            case .sequence: "a list"
            case .mapping: "a mapping of 'key: value' lines"
            case .key(let key): "the key '\(key)'"
            }
        }
    }

    /// What the reader needed.
    public var expected: Expectation
    /// What was found, for the message ("a sequence", "the integer 12", "null").
    public var found: String
    /// The location of the node that was found (or of the mapping missing a key).
    public var location: SourceLocation

    /// An error for a node at `location` that is not what was `expected`.
    public init(expected: Expectation, found: String, location: SourceLocation) {
        self.expected = expected
        self.found = found
        self.location = location
    }

    /// The one-line message, without location: "expected an integer, found a string".
    public var message: String {
        if case .key(let key) = expected { return "missing key '\(key)'" }
        return "expected \(expected.description), found \(found)"
    }

    /// The error as a located diagnostic with a hint on how to write the value.
    public func diagnostic(file: String?) -> Diagnostic {
        let hint: String? = switch expected {
        case .string: "quote the value: \"...\""
        case .date: "write the date as YYYY-MM-DD, optionally followed by a time such as 08:30"
        case .stringList: "write [a, b] or one '- item' per line"
        default: nil
        }
        return .error(message, file: file, at: location, hint: hint)
    }
}
