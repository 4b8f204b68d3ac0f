import Foundation

/// Typed reading of nodes for configuration and front matter decoding; failures carry the node's location.
extension YAMLNode {
    /// The text of a scalar. Plain scalars that resolved to numbers, booleans or dates give their text
    /// as written (`titre: 1984` gives "1984"); null and collections are errors.
    public func string() throws(YAMLAccessError) -> String {
        switch value {
        case .string(let string): return string
        case .bool, .int, .double, .date:
            if let scalarText { return scalarText }
        case .null, .sequence, .mapping:
            break
        }
        throw mismatch(.string)
    }

    /// An integer (`42`, `-17`, `0x1F`); a number written with a fraction is an error.
    public func int() throws(YAMLAccessError) -> Int {
        guard case .int(let integer) = value else { throw mismatch(.integer) }
        return integer
    }

    /// An integer or floating-point number.
    public func double() throws(YAMLAccessError) -> Double {
        switch value {
        case .int(let integer): return Double(integer)
        case .double(let double): return double
        default: throw mismatch(.number)
        }
    }

    /// `true` or `false` (also `True`, `TRUE`...); quoted `"true"` is a string, hence an error.
    public func bool() throws(YAMLAccessError) -> Bool {
        guard case .bool(let bool) = value else { throw mismatch(.boolean) }
        return bool
    }

    /// A date or date-time, including one written as a quoted string (`date: "2026-11-23"`).
    public func yamlDate() throws(YAMLAccessError) -> YAMLDate {
        switch value {
        case .date(let date):
            return date
        case .string(let string):
            let parsed = try? DateSyntax.parse(Array(string.utf8), text: string, at: location)
            if let parsed = parsed ?? nil { return parsed }
        default:
            break
        }
        throw mismatch(.date)
    }

    /// The instant of a date (UTC midnight) or date-time (with its offset; UTC when it has none).
    public func date() throws(YAMLAccessError) -> Date {
        try yamlDate().date
    }

    /// A list of strings; a single scalar counts as a one-element list (`tags: santé`) and an empty
    /// value as an empty list.
    public func stringArray() throws(YAMLAccessError) -> [String] {
        switch value {
        case .null:
            return []
        case .sequence(let items):
            var strings: [String] = []
            for item in items {
                do throws(YAMLAccessError) {
                    strings.append(try item.string())
                } catch {
                    throw item.mismatch(.string)
                }
            }
            return strings
        case .mapping:
            throw mismatch(.stringList)
        default:
            return [try string()]
        }
    }

    /// The items of a sequence (block or flow).
    public func sequence() throws(YAMLAccessError) -> [YAMLNode] {
        guard case .sequence(let items) = value else { throw mismatch(.sequence) }
        return items
    }

    /// The mapping (block or flow), its entries in source order.
    public func mapping() throws(YAMLAccessError) -> YAMLMapping {
        guard case .mapping(let mapping) = value else { throw mismatch(.mapping) }
        return mapping
    }

    /// Whether the node is null (`~`, `null` or an empty value).
    public var isNull: Bool { value == .null }

    /// The value of `key` in this mapping node, or nil when the key is absent or its value is null.
    public func optional(_ key: String) throws(YAMLAccessError) -> YAMLNode? {
        guard let node = try mapping()[key], !node.isNull else { return nil }
        return node
    }

    /// The value of `key` in this mapping node; a missing key is an error at the mapping's location.
    public func required(_ key: String) throws(YAMLAccessError) -> YAMLNode {
        guard let node = try mapping()[key] else {
            throw YAMLAccessError(expected: .key(key), found: "no such key", location: location)
        }
        return node
    }

    func mismatch(_ expected: YAMLAccessError.Expectation) -> YAMLAccessError {
        YAMLAccessError(expected: expected, found: value.kindDescription, location: location)
    }
}
