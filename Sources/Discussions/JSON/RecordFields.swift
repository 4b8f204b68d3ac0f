import Diagnostics
import Foundation

/// Typed access to the fields of one JSON object, with errors that name the field, the record and
/// the location. `record` describes the record for messages, e.g. `post "p3" in thread "t1"`.
struct RecordFields {
    let fields: [String: JSONNode]
    let location: SourceLocation
    var record: String

    init(_ node: JSONNode, record: String) throws {
        guard case .object(let fields) = node.value else {
            throw DiscussionsError.recordNotAnObject(record: record, found: node.typeDescription, at: node.location)
        }
        self.fields = fields
        self.location = node.location
        self.record = record
    }

    /// The field's node, or nil when it is absent or null.
    func optionalNode(_ key: String) -> JSONNode? {
        guard let node = fields[key], node.value != .null else { return nil }
        return node
    }

    func requiredNode(_ key: String) throws -> JSONNode {
        guard let node = optionalNode(key) else {
            throw DiscussionsError.missingField(key, record: record, at: location)
        }
        return node
    }

    func string(_ key: String) throws -> String {
        try stringValue(of: requiredNode(key), key: key)
    }

    func optionalString(_ key: String) throws -> String? {
        try optionalNode(key).map { try stringValue(of: $0, key: key) }
    }

    /// A string, or a number written as is (ids are often numeric in other tools' exports).
    func identifier(_ key: String) throws -> String {
        try identifierValue(of: requiredNode(key), key: key)
    }

    func optionalIdentifier(_ key: String) throws -> String? {
        try optionalNode(key).map { try identifierValue(of: $0, key: key) }
    }

    func integer(_ key: String, default defaultValue: Int) throws -> Int {
        try optionalNode(key).map { try integerValue(of: $0, key: key) } ?? defaultValue
    }

    func optionalInteger(_ key: String) throws -> Int? {
        try optionalNode(key).map { try integerValue(of: $0, key: key) }
    }

    func date(_ key: String) throws -> Date {
        let node = try requiredNode(key)
        let text = try stringValue(of: node, key: key)
        guard let date = ISO8601Date.parse(text) else {
            throw DiscussionsError.invalidDate(text, field: key, record: record, at: node.location)
        }
        return date
    }

    func strings(_ key: String) throws -> [String] {
        try array(key).map { try stringValue(of: $0, key: key) }
    }

    /// The elements of an array field; an absent or null field is an empty array.
    func array(_ key: String) throws -> [JSONNode] {
        guard let node = optionalNode(key) else { return [] }
        guard case .array(let elements) = node.value else { throw wrongType(key, "an array", node) }
        return elements
    }

    func stringValue(of node: JSONNode, key: String) throws -> String {
        guard case .string(let text) = node.value else { throw wrongType(key, "a string", node) }
        return text
    }

    private func identifierValue(of node: JSONNode, key: String) throws -> String {
        switch node.value {
        case .string(let text), .number(let text): return text
        default: throw wrongType(key, "a string", node)
        }
    }

    private func integerValue(of node: JSONNode, key: String) throws -> Int {
        guard case .number(let text) = node.value, let value = Int(text) else {
            throw wrongType(key, "an integer", node)
        }
        return value
    }

    func wrongType(_ key: String, _ expected: String, _ node: JSONNode) -> DiscussionsError {
        .wrongType(field: key, record: record, expected: expected, found: node.typeDescription, at: node.location)
    }
}

extension RecordFields {
    /// The same fields described as another record in messages.
    init(renaming fields: RecordFields, record: String) {
        self = fields
        self.record = record
    }
}
