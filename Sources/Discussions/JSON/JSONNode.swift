import Diagnostics

/// A parsed JSON value with the location where it starts. Readers build one only for a single record
/// (a member, a thread, a post, a Discourse topic), never for a whole export.
struct JSONNode: Hashable, Sendable {
    enum Value: Hashable, Sendable {
        case object([String: JSONNode])
        case array([JSONNode])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    var value: Value
    var location: SourceLocation

    /// How an error message names this value's type.
    var typeDescription: String {
        switch value {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}

extension JSONTokenizer {
    /// Builds the value that starts with `first` (a token this tokenizer just returned).
    /// Recursion is bounded by `JSONTokenizer.maximumDepth`, which the tokenizer enforces.
    mutating func node(startingWith first: LocatedToken) throws -> JSONNode {
        switch first.token {
        case .beginObject:
            var fields: [String: JSONNode] = [:]
            while true {
                let token = try next()
                switch token.token {
                case .endObject:
                    return JSONNode(value: .object(fields), location: first.location)
                case .key(let key):
                    fields[key] = try node(startingWith: next())
                default:
                    throw unexpected(token)
                }
            }
        case .beginArray:
            var elements: [JSONNode] = []
            while true {
                let token = try next()
                if token.token == .endArray { return JSONNode(value: .array(elements), location: first.location) }
                elements.append(try node(startingWith: token))
            }
        case .string(let text): return JSONNode(value: .string(text), location: first.location)
        case .number(let text): return JSONNode(value: .number(text), location: first.location)
        case .bool(let flag): return JSONNode(value: .bool(flag), location: first.location)
        case .null: return JSONNode(value: .null, location: first.location)
        case .endObject, .endArray, .key, .endOfInput:
            throw unexpected(first)
        }
    }

    /// Consumes the value that starts with `first` without keeping it.
    mutating func skipValue(startingWith first: LocatedToken) throws {
        var depth = 0
        var token = first
        while true {
            switch token.token {
            case .beginObject, .beginArray: depth += 1
            case .endObject, .endArray: depth -= 1
            case .endOfInput: throw unexpected(token)
            case .key, .string, .number, .bool, .null: break
            }
            if depth == 0 { return }
            token = try next()
        }
    }

    /// The tokenizer checks the grammar, so this only fires when a reader misuses it; still an error, not a trap.
    func unexpected(_ token: LocatedToken) -> DiscussionsError {
        .invalidJSON(problem: "unexpected \(token.token.kindDescription)", at: token.location)
    }
}
