import Diagnostics
import YAML

/// A compact rendering of a node's values for structural comparisons:
/// mappings `{k: v, ...}`, sequences `[a, b]`, strings quoted, other scalars as Swift prints them.
func render(_ node: YAMLNode) -> String {
    switch node.value {
    case .null: "null"
    case .bool(let value): "\(value)"
    case .int(let value): "\(value)"
    case .double(let value): "\(value)"
    case .string(let value): "\"\(value)\""
    case .date(let date): "date(\(date.text))"
    case .sequence(let items): "[" + items.map(render).joined(separator: ", ") + "]"
    case .mapping(let mapping):
        "{" + mapping.entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
    }
}

func parse(_ text: String) throws(YAMLError) -> YAMLNode {
    try YAMLParser.parse(text)
}

/// The error that parsing `text` throws, or nil if it parses.
func parseError(_ text: String) -> YAMLError? {
    do {
        _ = try YAMLParser.parse(text)
        return nil
    } catch {
        return error
    }
}

func at(_ line: Int, _ column: Int) -> SourceLocation {
    SourceLocation(line: line, column: column)
}
