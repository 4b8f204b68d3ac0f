/// The UTF-8 written so far, all runs one after the other, read back by the rules for context.
struct TypesetOutput {
    private(set) var bytes: [UInt8] = []
    /// What `bytes` reserves on its first write: the input size plus room for the spaces and quotes rules add.
    private let capacity: Int

    init(inputCount: Int) {
        capacity = inputCount + inputCount / 8 + 16
    }

    var count: Int { bytes.count }

    /// Whether anything was written at all: until then, the output is the input.
    private(set) var isWritten = false

    var last: Unicode.Scalar? { bytes.isEmpty ? nil : bytes.scalar(at: bytes.scalarStart(before: bytes.count)) }

    mutating func append(_ scalar: Unicode.Scalar) {
        reserveOnFirstWrite(0)
        let value = scalar.value
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        default:
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
            bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    mutating func append(_ span: UnsafeBufferPointer<UInt8>) {
        reserveOnFirstWrite(span.count)
        bytes.append(contentsOf: span)
    }

    private mutating func reserveOnFirstWrite(_ count: Int) {
        guard !isWritten else { return }
        isWritten = true
        bytes.reserveCapacity(max(capacity, count))
    }

    /// Removes the inline spaces that end the output, but none before `limit`.
    mutating func removeTrailingSpaces(downTo limit: Int) {
        while bytes.count > limit {
            let start = bytes.scalarStart(before: bytes.count)
            guard let last = bytes.scalar(at: start), last.isInlineSpace else { break }
            bytes.removeSubrange(start...)
        }
    }

    /// The last scalar before the trailing inline spaces.
    var lastBeforeSpaces: Unicode.Scalar? {
        var end = bytes.count
        while end > 0 {
            let start = bytes.scalarStart(before: end)
            guard let scalar = bytes.scalar(at: start), scalar.isInlineSpace else { return bytes.scalar(at: start) }
            end = start
        }
        return nil
    }

    /// How many ASCII digits end the output (digits are single bytes, and no other scalar ends in one).
    var trailingDigitCount: Int {
        var count = 0
        for byte in bytes.reversed() {
            guard byte &- UInt8(ascii: "0") < 10 else { break }
            count += 1
        }
        return count
    }

    /// The scalar `distance` places before the end (`0` is the last one).
    func scalar(fromEnd distance: Int) -> Unicode.Scalar? {
        var end = bytes.count
        for _ in 0..<distance {
            guard end > 0 else { return nil }
            end = bytes.scalarStart(before: end)
        }
        return end > 0 ? bytes.scalar(at: bytes.scalarStart(before: end)) : nil
    }
}
