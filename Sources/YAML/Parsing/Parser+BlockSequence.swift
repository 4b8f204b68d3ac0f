extension Parser {
    /// Parses `- item` lines at `indent`; the cursor is at the first `-`.
    /// `isMappingValueAtKeyIndent`: the sequence is a mapping value written at its key's indentation
    /// (`key:\n- a`), so a non-entry line at that indentation is the mapping's next key.
    mutating func parseBlockSequence(indent: Int, isMappingValueAtKeyIndent: Bool) throws(YAMLError) -> YAMLNode {
        try enterNesting()
        defer { leaveNesting() }
        let start = location
        var items: [YAMLNode] = []
        while true {
            advance()
            items.append(try parseBlockValue(parentIndent: indent, context: .sequenceEntry))
            try expectLineEnd()
            try skipToContent()
            if isAtEnd || isAtDocumentMarker || indentOfCurrentLine < indent { break }
            if indentOfCurrentLine > indent { throw .inconsistentIndentation(location: location) }
            if !isAtSequenceEntry {
                if isMappingValueAtKeyIndent { break }
                throw .expectedSequenceEntry(location: location)
            }
        }
        return YAMLNode(.sequence(items), at: start)
    }
}
