extension Parser {
    /// Parses the single document of the input: optional `---`, one node, optional `...`.
    mutating func parseDocument() throws(YAMLError) -> YAMLNode {
        try skipToContent()
        if cursor.column == 1, peek() == UInt8(ascii: "%") {
            throw .unsupported(feature: .directive, location: location)
        }
        let root = try parseRoot()
        try expectLineEnd()
        try skipToContent()
        if isAtEnd { return root }
        if isAtDocumentMarker, peek() == UInt8(ascii: ".") {
            advance(by: 3)
            try expectLineEnd()
            try skipToContent()
            if isAtEnd { return root }
            throw .unsupported(feature: .multipleDocuments, location: location)
        }
        if isAtDocumentMarker { throw .unsupported(feature: .multipleDocuments, location: location) }
        switch root.value {
        case .mapping, .sequence: throw .inconsistentIndentation(location: location)
        default: throw .trailingContent(location: location)
        }
    }

    private mutating func parseRoot() throws(YAMLError) -> YAMLNode {
        if isAtEnd || (isAtDocumentMarker && peek() == UInt8(ascii: ".")) {
            return YAMLNode(.null, at: location)
        }
        guard isAtDocumentMarker else {
            return try parseNode(parentIndent: -1, allowsBlockCollection: true)
        }
        advance(by: 3)
        // Content on the `---` line itself may be a scalar or flow collection, not a block collection.
        return try parseBlockValue(parentIndent: -1, context: .documentMarkerLine)
    }
}
