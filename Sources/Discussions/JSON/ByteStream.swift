import Diagnostics
import Foundation

/// The bytes of a file read in fixed-size chunks (or of a buffer in memory), consumed one at a time
/// while tracking the line and column of the next byte. Only the current chunk is ever held, so reading
/// a file of any size takes `chunkSize` bytes of buffer.
struct ByteStream {
    static let defaultChunkSize = 64 * 1024

    private let handle: FileHandle?
    private let path: String
    private let chunkSize: Int
    private var chunk: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    /// The largest chunk held at once: what reading costs in memory, whatever the file's size.
    private(set) var peakBufferedBytes: Int

    /// Reads the file at `url` lazily, `chunkSize` bytes at a time.
    init(contentsOf url: URL, chunkSize: Int = ByteStream.defaultChunkSize) throws {
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw DiscussionsError.unreadable(path: url.path, reason: error.localizedDescription)
        }
        path = url.path
        self.chunkSize = max(1, chunkSize)
        chunk = []
        peakBufferedBytes = 0
    }

    /// Reads bytes already in memory.
    init<Bytes: Sequence>(bytes: Bytes) where Bytes.Element == UInt8 {
        handle = nil
        path = "<memory>"
        chunkSize = 0
        chunk = Array(bytes)
        peakBufferedBytes = chunk.count
    }

    /// Where the next byte is.
    var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// The next byte without consuming it, or nil at the end of the input.
    @inline(__always)
    mutating func peek() throws -> UInt8? {
        if index < chunk.count { return chunk[index] }
        try refill()
        return index < chunk.count ? chunk[index] : nil
    }

    /// Consumes the byte `peek()` returned. Columns count Unicode scalars, so UTF-8 continuation
    /// bytes do not move the column.
    @inline(__always)
    mutating func advance() {
        let byte = chunk[index]
        index += 1
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
    }

    /// Consumes the run of printable ASCII bytes other than `"` and `\\` that starts at the next byte
    /// and lies in the current chunk, appending it to `bytes`: the bulk of a JSON string, copied at once.
    /// The caller handles whatever byte stops the run (after a `peek()`, which refills).
    mutating func consumePlainStringRun(into bytes: inout [UInt8]) {
        let start = index
        var end = start
        chunk.withUnsafeBufferPointer { buffer in
            while end < buffer.count {
                let byte = buffer[end]
                guard byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") else { break }
                end += 1
            }
        }
        guard end > start else { return }
        bytes.append(contentsOf: chunk[start..<end])
        column += end - start
        index = end
    }

    private mutating func refill() throws {
        guard let handle else { return }
        let data: Data?
        do {
            data = try handle.read(upToCount: chunkSize)
        } catch {
            throw DiscussionsError.unreadable(path: path, reason: error.localizedDescription)
        }
        chunk = data.map { Array($0) } ?? []
        index = 0
        peakBufferedBytes = max(peakBufferedBytes, chunk.count)
    }
}
