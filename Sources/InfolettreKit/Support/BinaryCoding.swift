import Foundation

/// Writes the little-endian binary records of the build's own caches (`SourceSnapshot`, `RenderedBodyStore`):
/// fixed-width numbers and length-prefixed UTF-8, appended to one growing buffer.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func write(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ number: Int) { write(UInt64(bitPattern: Int64(number))) }

    mutating func write(_ flag: Bool) { bytes.append(flag ? 1 : 0) }

    mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    mutating func write(_ texts: [String]) {
        write(texts.count)
        for text in texts { write(text) }
    }

    mutating func write(raw: some Collection<UInt8>) { bytes.append(contentsOf: raw) }

    var data: Data { Data(bytes) }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and returns nil past the end or on
/// impossible values, so damaged caches are rejected instead of trusted.
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int

    init(_ bytes: UnsafeRawBufferPointer, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }
    var remaining: Int { bytes.count - offset }

    mutating func uint64() -> UInt64? {
        guard remaining >= 8 else { return nil }
        defer { offset += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    mutating func int() -> Int? { uint64().map { Int(Int64(bitPattern: $0)) } }

    /// A size or count of something stored elsewhere: never negative.
    mutating func nonNegative() -> Int? {
        guard let value = int(), value >= 0 else { return nil }
        return value
    }

    /// A count or length of what follows: never negative, never more than the bytes left could hold.
    mutating func count() -> Int? {
        guard let value = int(), value >= 0, value <= remaining else { return nil }
        return value
    }

    mutating func bool() -> Bool? {
        guard remaining >= 1 else { return nil }
        defer { offset += 1 }
        switch bytes[offset] {
        case 0: return false
        case 1: return true
        default: return nil
        }
    }

    mutating func string() -> String? {
        guard let length = count() else { return nil }
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map(Optional.some) : .some(nil)
    }

    mutating func strings() -> [String]? {
        guard let count = count() else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(count)
        for _ in 0..<count {
            guard let text = string() else { return nil }
            texts.append(text)
        }
        return texts
    }

    /// Whether the next bytes are `expected`, consuming them when they are.
    mutating func skip(_ expected: [UInt8]) -> Bool {
        guard remaining >= expected.count, bytes[offset..<offset + expected.count].elementsEqual(expected) else {
            return false
        }
        offset += expected.count
        return true
    }
}
