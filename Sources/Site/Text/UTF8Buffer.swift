/// The bytes of a generated file, written into one buffer that becomes a `String` once. An `Array` re-checks its
/// uniqueness on every append and a `String` its storage; this buffer only checks its capacity.
struct UTF8Buffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0

    /// `capacity` is an estimate of the whole file: the buffer doubles when it is short.
    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(utf8 text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// A non-negative `number` in decimal, padded with zeros to `minimumDigits`, without an intermediate `String`.
    mutating func append(decimal number: Int, minimumDigits: Int = 1) {
        var digits = 1
        var power = 10
        while digits < 19 && power <= number {
            digits += 1
            power &*= 10
        }
        let width = Swift.max(digits, minimumDigits)
        if capacity - count < width { grow(toHold: width) }
        var remaining = number
        for offset in stride(from: width - 1, through: 0, by: -1) {
            start[count + offset] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
        }
        count += width
    }

    /// The text written, ready to return.
    consuming func string() -> String {
        String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self)
    }

    private mutating func grow(toHold extra: Int) {
        capacity = Swift.max(capacity * 2, count + extra)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.initialize(from: start, count: count)
        start.deallocate()
        start = larger
    }
}

extension String {
    /// Runs `body` on the string's UTF-8 bytes, in place when the string is stored contiguously (native strings).
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
