/// Maps offsets in a leaf block's content back to source positions, using the block's line origins.
struct SourceLocator {
    /// Line origins, of which the block's are `origins[range]`.
    let origins: [LineOrigin]
    let range: Range<Int>
    let fallback: SourcePosition

    /// The source position of the content byte at `offset`.
    func position(_ offset: Int) -> SourcePosition {
        guard !range.isEmpty else { return fallback }
        var low = range.lowerBound
        var high = range.upperBound - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if origins[middle].contentOffset <= offset { low = middle } else { high = middle - 1 }
        }
        let origin = origins[low]
        return SourcePosition(line: origin.line, column: origin.column + max(0, offset - origin.contentOffset))
    }

    /// The range of the content bytes `[start, end)` (inclusive end position).
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: position(start), end: position(max(start, end - 1)))
    }
}
