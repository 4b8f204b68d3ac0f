/// Parses the YAML subset described in docs/yaml-subset.md into located nodes.
///
/// ```swift
/// let config = try YAMLParser.parse("titre: \"Soins : bilan\"\ntags: [santé, soins]")
/// let tags = try config.required("tags").stringArray()
/// ```
public enum YAMLParser {
    /// Parses one YAML document.
    public static func parse(_ text: String) throws(YAMLError) -> YAMLNode {
        try parse(bytes: Array(text.utf8))
    }

    /// Parses one YAML document from UTF-8 bytes (a leading BOM is skipped; invalid UTF-8 is an error).
    public static func parse(bytes: [UInt8]) throws(YAMLError) -> YAMLNode {
        try parse(bytes: bytes, firstLine: 1)
    }

    /// Parses YAML embedded in a larger file whose line `firstLine` is the YAML's first line, so that
    /// locations (of nodes and errors) are lines of that file.
    public static func parse(bytes: [UInt8], firstLine: Int) throws(YAMLError) -> YAMLNode {
        let prepared = try InputPreparation.prepare(bytes, firstLine: firstLine)
        var parser = Parser(bytes: prepared, firstLine: firstLine)
        return try parser.parseDocument()
    }
}
