/// The content of every leaf block, one block after the other in shared buffers.
///
/// Only the tip of the block tree receives lines, and a leaf block is closed before any later block is
/// added, so each block's content is one contiguous range: parsing allocates no per-block arrays.
struct LeafContent {
    /// Content bytes; each line of a paragraph, code or HTML block ends with a newline.
    var bytes: [UInt8] = []
    /// Line origins; their `contentOffset`s index `bytes`.
    var origins: [LineOrigin] = []

    init(expectedSize: Int) {
        bytes.reserveCapacity(expectedSize)
    }

    /// Makes `block`'s content end at the end of the buffers, so that appending extends it.
    /// A no-op in practice (the tip is always the last block to receive content); kept so that appending
    /// to any other block stays correct.
    mutating func prepareAppend(to block: BlockNode) {
        if block.content.isEmpty && block.origins.isEmpty {
            block.content = bytes.count..<bytes.count
            block.origins = origins.count..<origins.count
            return
        }
        guard block.content.upperBound != bytes.count || block.origins.upperBound != origins.count else { return }
        let shift = bytes.count - block.content.lowerBound
        let originStart = origins.count
        for index in block.origins {
            var origin = origins[index]
            origin.contentOffset += shift
            origins.append(origin)
        }
        let byteStart = bytes.count
        bytes.append(contentsOf: bytes[block.content])
        block.content = byteStart..<bytes.count
        block.origins = originStart..<origins.count
    }

    /// Appends a line (or a line's part) to `block`, which must be prepared with ``prepareAppend(to:)``.
    mutating func append(_ source: UnsafeBufferPointer<UInt8>, origin: LineOrigin?, to block: BlockNode) {
        if let origin {
            origins.append(origin)
            block.origins = block.origins.lowerBound..<origins.count
        }
        bytes.append(contentsOf: source)
        block.content = block.content.lowerBound..<bytes.count
    }

    mutating func append(byte: UInt8, to block: BlockNode) {
        bytes.append(byte)
        block.content = block.content.lowerBound..<bytes.count
    }
}
