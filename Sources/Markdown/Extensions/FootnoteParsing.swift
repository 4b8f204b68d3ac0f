/// GFM footnote definitions: `[^label]: text`, continued by lines indented four columns.
extension BlockParser {
    func startFootnoteDefinition(_ container: BlockNode) -> StartResult {
        guard !indented, peek(nextNonspace) == UInt8(ascii: "["),
              peek(nextNonspace + 1) == UInt8(ascii: "^") else { return .none }
        let labelStart = nextNonspace + 2
        var index = labelStart
        while index < lineEnd {
            let byte = input[index]
            if byte == UInt8(ascii: "]") || ByteClass.isASCIIWhitespace(byte) { break }
            index += 1
        }
        guard index > labelStart, peek(index) == UInt8(ascii: "]"), peek(index + 1) == UInt8(ascii: ":") else { return .none }
        let label = String(decoding: input[labelStart..<index], as: UTF8.self)
        let definitionStart = nextNonspace
        closeUnmatchedBlocks()
        let definition = addChild(.footnoteDefinition, at: definitionStart)
        definition.footnoteLabel = label
        footnoteLabels.insert(LinkScanner.normalizeLabel(input, labelStart..<index))
        advanceNextNonspace()
        advanceOffset(index + 2 - definitionStart, columns: false)
        while offset < lineEnd && ByteClass.isSpaceOrTab(input[offset]) { advanceOffset(1, columns: true) }
        return .container
    }
}
