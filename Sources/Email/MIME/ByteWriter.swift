/// Appends bytes to memory the caller allocated, with room for everything that will be written: encoding a
/// message then costs no capacity check and no copy per byte.
struct ByteWriter {
    private let output: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0

    init(_ output: UnsafeMutableBufferPointer<UInt8>) {
        self.output = output
    }

    mutating func append(_ byte: UInt8) {
        assert(count < output.count, "ByteWriter capacity exceeded")
        output[count] = byte
        count += 1
    }

    mutating func append(_ first: UInt8, _ second: UInt8) {
        append(first)
        append(second)
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, let destination = output.baseAddress else { return }
        assert(count + bytes.count <= output.count, "ByteWriter capacity exceeded")
        (destination + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Lets `body` write up to `maximumCount` bytes from the given address; it returns how many it wrote.
    mutating func write(atMost maximumCount: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Int) {
        guard let destination = output.baseAddress else { return }
        assert(count + maximumCount <= output.count, "ByteWriter capacity exceeded")
        count += body(destination + count)
    }
}
