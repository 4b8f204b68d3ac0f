import Diagnostics

extension Parser {
    /// Parses `[...]` or `{...}`, possibly over several lines indented more than `parentIndent`.
    mutating func parseFlowCollection(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        try enterNesting()
        defer { leaveNesting() }
        let start = location
        let isSequence = peek() == UInt8(ascii: "[")
        let closing = isSequence ? UInt8(ascii: "]") : UInt8(ascii: "}")
        advance()
        var items: [YAMLNode] = []
        var mapping = YAMLMapping()
        while true {
            try skipFlowSeparation(openedAt: start, parentIndent: parentIndent)
            if peek() == closing { break }
            if isSequence {
                items.append(try parseFlowSequenceItem(openedAt: start, parentIndent: parentIndent))
            } else {
                try parseFlowMappingEntry(into: &mapping, closing: closing, openedAt: start, parentIndent: parentIndent)
            }
            try skipFlowSeparation(openedAt: start, parentIndent: parentIndent)
            if peek() == closing { break }
            guard peek() == UInt8(ascii: ",") else {
                throw .expectedFlowSeparator(closing: String(UnicodeScalar(closing)), location: location)
            }
            advance()
        }
        advance()
        return YAMLNode(isSequence ? .sequence(items) : .mapping(mapping), at: start)
    }

    private mutating func parseFlowSequenceItem(
        openedAt start: SourceLocation, parentIndent: Int
    ) throws(YAMLError) -> YAMLNode {
        let item = try parseFlowNode(parentIndent: parentIndent)
        try skipFlowSeparation(openedAt: start, parentIndent: parentIndent)
        if peek() == UInt8(ascii: ":") { throw .unsupported(feature: .flowPairInSequence, location: item.location) }
        return item
    }

    private mutating func parseFlowMappingEntry(
        into mapping: inout YAMLMapping, closing: UInt8, openedAt start: SourceLocation, parentIndent: Int
    ) throws(YAMLError) {
        let keyLocation = location
        let key = try parseFlowKey(parentIndent: parentIndent)
        if let first = mapping.entry(forKey: key) {
            throw .duplicateKey(key, location: keyLocation, firstLocation: first.keyLocation)
        }
        try skipFlowSeparation(openedAt: start, parentIndent: parentIndent)
        var value = YAMLNode(.null, at: location)
        if peek() == UInt8(ascii: ":") {
            advance()
            try skipFlowSeparation(openedAt: start, parentIndent: parentIndent)
            value = YAMLNode(.null, at: location)
            if peek() != UInt8(ascii: ","), peek() != closing {
                value = try parseFlowNode(parentIndent: parentIndent)
            }
        }
        mapping.append(YAMLMapping.Entry(key: key, keyLocation: keyLocation, value: value))
    }

    /// A key inside `{...}`: a plain or quoted scalar, taken as a string.
    private mutating func parseFlowKey(parentIndent: Int) throws(YAMLError) -> String {
        let keyLocation = location
        try rejectUnsupportedNodeStart()
        switch peek() {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            throw .unsupported(feature: .complexKey, location: keyLocation)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try parseQuotedScalar(parentIndent: parentIndent).scalarText ?? ""
        case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw .expectedKey(location: keyLocation)
        default:
            return try scanPlainScalar(parentIndent: parentIndent, inFlow: true)
        }
    }

    /// Parses a node inside a flow collection.
    private mutating func parseFlowNode(parentIndent: Int) throws(YAMLError) -> YAMLNode {
        try rejectUnsupportedNodeStart()
        guard let byte = peek() else { return YAMLNode(.null, at: location) }
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "{"):
            return try parseFlowCollection(parentIndent: parentIndent)
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return try parseQuotedScalar(parentIndent: parentIndent)
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: ">"),
            UInt8(ascii: "@"), UInt8(ascii: "`"), UInt8(ascii: ":"):
            throw .unexpectedCharacter(String(UnicodeScalar(byte)), location: location)
        case UInt8(ascii: "-") where isBlank(1):
            throw .unexpectedCharacter("-", location: location)
        default:
            return try parsePlainScalar(parentIndent: parentIndent, inFlow: true)
        }
    }

    /// Skips whitespace, comments and line breaks inside a flow collection. A line indented no more
    /// than `parentIndent` (other than one starting with a closing bracket), a document marker or the
    /// end of input mean the collection was never closed.
    private mutating func skipFlowSeparation(openedAt start: SourceLocation, parentIndent: Int) throws(YAMLError) {
        while let byte = peek() {
            if byte.isSpaceOrTab {
                advance()
            } else if isAtComment {
                skipToLineEnd()
            } else if byte == .lineFeed {
                advance()
                if isAtDocumentMarker { throw .unterminatedFlowCollection(location: start) }
                while peek() == .space { advance() }
                let indent = indentOfCurrentLine
                skipSpacesAndTabs()
                let isClosing = peek() == UInt8(ascii: "]") || peek() == UInt8(ascii: "}")
                let isBlankLine = isAtEnd || peek() == .lineFeed || isAtComment
                if indent <= parentIndent && !isClosing && !isBlankLine {
                    throw .unterminatedFlowCollection(location: start)
                }
            } else {
                return
            }
        }
        throw .unterminatedFlowCollection(location: start)
    }
}
