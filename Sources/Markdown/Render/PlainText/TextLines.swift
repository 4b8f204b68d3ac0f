/// Lines of UTF-8 text kept in one byte buffer, each ending with `\n`: writing a line allocates nothing, where an
/// array of Strings would allocate one per line, and the buffer is the rendered text as it stands.
///
/// Bytes are appended to the open line, which ``endLine()`` closes.
struct TextLines {
    private(set) var bytes: [UInt8] = []
    /// The end of each closed line in `bytes`, after its `\n`; a line starts where the previous one ends.
    private var ends: [Int] = []

    var count: Int { ends.count }
    var isEmpty: Bool { ends.isEmpty }

    /// Where the open line starts.
    private var openStart: Int { ends.last ?? 0 }

    /// The bytes of closed line `line`, without its `\n`.
    subscript(line: Int) -> ArraySlice<UInt8> {
        bytes[(line == 0 ? 0 : ends[line - 1])..<(ends[line] - 1)]
    }

    /// The display width of closed line `line`.
    func width(of line: Int) -> Int {
        self[line].withUnsafeBufferPointer { DisplayWidth.of($0) }
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    /// Removes the lines from `count` on, and the open line.
    mutating func truncate(toCount count: Int) {
        ends.removeSubrange(count...)
        bytes.removeSubrange(openStart...)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    mutating func append(_ piece: ArraySlice<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: piece)
    }

    mutating func append(_ piece: [UInt8]) {
        bytes.append(contentsOf: piece)
    }

    /// Appends constant text without creating a String.
    mutating func append(_ piece: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: piece.utf8Start, count: piece.utf8CodeUnitCount))
    }

    mutating func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        bytes.append(contentsOf: repeatElement(byte, count: count))
    }

    /// Removes the spaces that end the open line.
    mutating func trimTrailingSpaces() {
        let start = openStart
        while bytes.count > start && bytes[bytes.count - 1] == ByteClass.space { bytes.removeLast() }
    }

    mutating func endLine() {
        bytes.append(ByteClass.newline)
        ends.append(bytes.count)
    }
}
