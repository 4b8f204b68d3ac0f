import Diagnostics

/// Where a block value starts; decides which constructs may begin on the same line.
enum BlockValueContext {
    /// After `key:` — a block collection must start on the next line.
    case mappingValue
    /// After `- ` — compact nested collections (`- - a`, `- key: v`) are allowed.
    case sequenceEntry
    /// After `---` — like a mapping value.
    case documentMarkerLine
}

extension Parser {
    /// Parses the value that follows `key:`, `- ` or `---`, on the same line or indented below.
    mutating func parseBlockValue(parentIndent: Int, context: BlockValueContext) throws(YAMLError) -> YAMLNode {
        skipSpacesAndTabs()
        let emptyValueLocation = location
        guard isAtEnd || peek() == .lineFeed || isAtComment else {
            return try parseNode(parentIndent: parentIndent, allowsBlockCollection: context == .sequenceEntry)
        }
        try skipToContent()
        if isAtEnd || isAtDocumentMarker { return YAMLNode(.null, at: emptyValueLocation) }
        if indentOfCurrentLine > parentIndent {
            return try parseNode(parentIndent: parentIndent, allowsBlockCollection: true)
        }
        if indentOfCurrentLine == parentIndent, context == .mappingValue, isAtSequenceEntry {
            return try parseBlockSequence(indent: parentIndent, isMappingValueAtKeyIndent: true)
        }
        return YAMLNode(.null, at: emptyValueLocation)
    }

    /// Parses any node starting at the cursor in block context.
    mutating func parseNode(parentIndent: Int, allowsBlockCollection: Bool) throws(YAMLError) -> YAMLNode {
        let start = location
        guard let byte = peek() else { return YAMLNode(.null, at: start) }
        try rejectUnsupportedNodeStart()
        switch byte {
        case UInt8(ascii: "|"), UInt8(ascii: ">"):
            return try parseBlockScalar(parentIndent: parentIndent)
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            let collection = try parseFlowCollection(parentIndent: parentIndent)
            try rejectFlowCollectionKey(startingAt: start)
            return collection
        case UInt8(ascii: "-") where isBlank(1):
            guard allowsBlockCollection else { throw .sequenceOnKeyLine(location: start) }
            return try parseBlockSequence(indent: indentOfCurrentLine, isMappingValueAtKeyIndent: false)
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            throw .unexpectedCharacter(String(UnicodeScalar(byte)), location: start)
        default:
            break
        }
        if let colon = implicitKeyColon() {
            guard allowsBlockCollection else { throw .unexpectedMappingValue(location: colon.location) }
            return try parseBlockMapping(indent: indentOfCurrentLine)
        }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            return try parseQuotedScalar(parentIndent: parentIndent)
        }
        return try parsePlainScalar(parentIndent: parentIndent, inFlow: false)
    }

    /// Rejects anchors, aliases, tags, `? ` keys and directives where a node or key starts.
    func rejectUnsupportedNodeStart() throws(YAMLError) {
        switch peek() {
        case UInt8(ascii: "&"): throw .unsupported(feature: .anchor, location: location)
        case UInt8(ascii: "*"): throw .unsupported(feature: .alias, location: location)
        case UInt8(ascii: "!"): throw .unsupported(feature: .tag, location: location)
        case UInt8(ascii: "?") where isBlank(1): throw .unsupported(feature: .complexKey, location: location)
        case UInt8(ascii: "%"):
            if cursor.column == 1 { throw .unsupported(feature: .directive, location: location) }
            throw .unexpectedCharacter("%", location: location)
        default: return
        }
    }

    /// `[a, b]: value` uses a collection as a key, which the subset rejects.
    private mutating func rejectFlowCollectionKey(startingAt start: SourceLocation) throws(YAMLError) {
        skipSpacesAndTabs()
        if peek() == UInt8(ascii: ":") && isBlank(1) { throw .unsupported(feature: .complexKey, location: start) }
    }

    /// If the current line starts an implicit key (`key:` followed by a blank), the cursor at its `:`.
    func implicitKeyColon() -> Cursor? {
        var probe = cursor
        guard let first = peek() else { return nil }
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            guard skipQuotedOnOneLine(&probe, quote: first) else { return nil }
            while probe.offset < bytes.count, bytes[probe.offset].isSpaceOrTab { probe.advance(in: bytes) }
            return isColonBeforeBlank(probe.offset) ? probe : nil
        }
        var previousIsBlank = false
        while probe.offset < bytes.count {
            let byte = bytes[probe.offset]
            if byte == .lineFeed || (byte == UInt8(ascii: "#") && previousIsBlank) { return nil }
            if isColonBeforeBlank(probe.offset) { return probe }
            previousIsBlank = byte.isSpaceOrTab
            probe.advance(in: bytes)
        }
        return nil
    }

    private func isColonBeforeBlank(_ offset: Int) -> Bool {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else { return false }
        return offset + 1 == bytes.count || bytes[offset + 1].isSpaceOrTab || bytes[offset + 1] == .lineFeed
    }

    /// Moves `probe` past a quoted scalar that closes on its line; false if it does not.
    private func skipQuotedOnOneLine(_ probe: inout Cursor, quote: UInt8) -> Bool {
        probe.advance(in: bytes)
        while probe.offset < bytes.count {
            let byte = bytes[probe.offset]
            if byte == .lineFeed { return false }
            if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                probe.advance(in: bytes)
                if probe.offset < bytes.count, bytes[probe.offset] != .lineFeed { probe.advance(in: bytes) }
                continue
            }
            probe.advance(in: bytes)
            if byte == quote {
                guard quote == UInt8(ascii: "'"), probe.offset < bytes.count, bytes[probe.offset] == quote else {
                    return true
                }
                probe.advance(in: bytes)
            }
        }
        return false
    }
}
