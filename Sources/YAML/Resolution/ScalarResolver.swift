import Diagnostics

/// Resolves plain scalars with the YAML 1.2 core schema, extended with ISO 8601 dates.
enum ScalarResolver {
    static func resolve(_ text: String, at location: SourceLocation) throws(YAMLError) -> YAMLValue {
        let utf8 = Array(text.utf8)
        // Byte keys: comparing `String`s would apply Unicode normalization to every scalar.
        if utf8.count <= longestKeyword, let keyword = keywords[utf8] { return keyword }
        guard let first = utf8.first, first.isNumberStart else { return .string(text) }
        if let integer = try NumberSyntax.integer(utf8, text: text, at: location) { return .int(integer) }
        if NumberSyntax.isFloat(utf8), let double = Double(text) { return .double(double) }
        if let date = try DateSyntax.parse(utf8, text: text, at: location) { return .date(date) }
        return .string(text)
    }

    private static let keywords: [[UInt8]: YAMLValue] = {
        let spellings: [(YAMLValue, [String])] = [
            (.null, ["", "~", "null", "Null", "NULL"]),
            (.bool(true), ["true", "True", "TRUE"]),
            (.bool(false), ["false", "False", "FALSE"]),
            (.double(.infinity), [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"]),
            (.double(-.infinity), ["-.inf", "-.Inf", "-.INF"]),
            (.double(.nan), [".nan", ".NaN", ".NAN"]),
        ]
        var table: [[UInt8]: YAMLValue] = [:]
        for (value, texts) in spellings {
            for text in texts { table[Array(text.utf8)] = value }
        }
        return table
    }()

    private static let longestKeyword = 5
}

extension UInt8 {
    /// Digits, signs and `.` can start numbers and dates; any other first byte makes a string.
    fileprivate var isNumberStart: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == UInt8(ascii: "-")
            || self == UInt8(ascii: "+") || self == UInt8(ascii: ".")
    }
}
