import Diagnostics

extension Parser {
    /// Parses `key: value` lines at `indent`; the cursor is at the first key.
    mutating func parseBlockMapping(indent: Int) throws(YAMLError) -> YAMLNode {
        try enterNesting()
        defer { leaveNesting() }
        let start = location
        var mapping = YAMLMapping()
        while true {
            let (key, keyLocation) = try parseBlockKey()
            if let first = mapping.entry(forKey: key) {
                throw .duplicateKey(key, location: keyLocation, firstLocation: first.keyLocation)
            }
            let value = try parseBlockValue(parentIndent: indent, context: .mappingValue)
            mapping.append(YAMLMapping.Entry(key: key, keyLocation: keyLocation, value: value))
            try expectLineEnd()
            try skipToContent()
            if isAtEnd || isAtDocumentMarker || indentOfCurrentLine < indent { break }
            if indentOfCurrentLine > indent { throw .inconsistentIndentation(location: location) }
        }
        return YAMLNode(.mapping(mapping), at: start)
    }

    /// Parses a key and its `:`; keys are plain or quoted scalars on one line, taken as strings.
    private mutating func parseBlockKey() throws(YAMLError) -> (String, SourceLocation) {
        let keyLocation = location
        try rejectUnsupportedNodeStart()
        switch peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw .unsupported(feature: .complexKey, location: keyLocation)
        case UInt8(ascii: "-") where isBlank(1):
            throw .expectedKey(location: keyLocation)
        case UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"),
            UInt8(ascii: "@"), UInt8(ascii: "`"):
            throw .expectedKey(location: keyLocation)
        default:
            break
        }
        guard let colon = implicitKeyColon(), colon.offset > cursor.offset else {
            throw .expectedKey(location: keyLocation)
        }
        let key: String
        if peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'") {
            key = try parseQuotedScalar(parentIndent: indentOfCurrentLine).scalarText ?? ""
        } else {
            var end = colon.offset
            while end > cursor.offset, bytes[end - 1].isSpaceOrTab { end -= 1 }
            key = text(cursor.offset..<end)
        }
        cursor = colon
        advance()
        return (key, keyLocation)
    }
}
