import Testing
@testable import Markdown

@Suite("Leaf content buffer")
struct LeafContentTests {
    private func append(_ text: String, line: Int, to block: BlockNode, in leaf: inout LeafContent) {
        leaf.prepareAppend(to: block)
        let origin = LineOrigin(contentOffset: leaf.bytes.count, line: line, column: 1)
        Array(text.utf8).withUnsafeBufferPointer { leaf.append($0, origin: origin, to: block) }
    }

    @Test("Consecutive blocks get adjacent ranges of one buffer")
    func adjacentRanges() {
        var leaf = LeafContent(expectedSize: 0)
        let first = BlockNode(kind: .paragraph, parent: nil, line: 1, column: 1)
        let second = BlockNode(kind: .paragraph, parent: nil, line: 3, column: 1)
        append("un\n", line: 1, to: first, in: &leaf)
        append("deux\n", line: 2, to: first, in: &leaf)
        append("trois\n", line: 3, to: second, in: &leaf)
        #expect(first.content == 0..<8 && second.content == 8..<14)
        #expect(first.origins == 0..<2 && second.origins == 2..<3)
        #expect(leaf.origins[second.origins.lowerBound].contentOffset == 8)
    }

    @Test("Appending to an earlier block moves its content to the end, origins included")
    func relocation() {
        var leaf = LeafContent(expectedSize: 0)
        let first = BlockNode(kind: .paragraph, parent: nil, line: 1, column: 1)
        let second = BlockNode(kind: .paragraph, parent: nil, line: 2, column: 1)
        append("un\n", line: 1, to: first, in: &leaf)
        append("deux\n", line: 2, to: second, in: &leaf)
        append("trois\n", line: 3, to: first, in: &leaf)
        #expect(Array(leaf.bytes[first.content]) == Array("un\ntrois\n".utf8))
        #expect(Array(leaf.bytes[second.content]) == Array("deux\n".utf8))
        let origins = leaf.origins[first.origins].map { [$0.line, $0.contentOffset - first.content.lowerBound] }
        #expect(origins == [[1, 0], [3, 3]])
    }
}
