import Foundation

/// Where the writer's bytes go: a file written through a 64 KiB buffer, or memory.
struct ByteSink {
    private static let flushThreshold = 64 * 1024

    private let handle: FileHandle?
    private let path: String
    private var buffer: [UInt8] = []
    /// Everything written, when the sink is in memory.
    private(set) var memory: [UInt8] = []

    /// Creates (or truncates) the file at `url`.
    init(creating url: URL) throws {
        // Not `FileManager.createFile`, which on Linux writes through a folder it leaves in the temporary directory.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DiscussionsError.unwritable(path: url.path, reason: String(cString: strerror(errno)))
        }
        handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        path = url.path
    }

    /// Keeps the bytes in memory.
    init() {
        handle = nil
        path = "<memory>"
    }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// Writes the buffer out once it is large enough; call after each record.
    mutating func flushIfFull() throws {
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    mutating func flush() throws {
        guard let handle else {
            memory.append(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
            return
        }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw DiscussionsError.unwritable(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        do {
            try handle?.close()
        } catch {
            throw DiscussionsError.unwritable(path: path, reason: error.localizedDescription)
        }
    }
}
