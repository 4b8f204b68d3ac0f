/// A 64-bit digest of the inputs an output depends on: two builds that give an output equal fingerprints
/// give it equal bytes, so an incremental build reuses the previous bytes instead of rendering again.
///
/// Stable across processes (unlike `Hasher`, which is seeded per process), so fingerprints can be stored.
/// Not cryptographic: collisions are only a concern between a project's own inputs.
struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// A fingerprint read back from storage.
    init(value: UInt64) { self.value = value }

    /// The fingerprint of `parts`, combined in order.
    init(_ parts: String...) {
        for part in parts { combine(part) }
    }

    /// The fingerprint `description` printed.
    init?(hex: some StringProtocol) {
        guard let value = UInt64(hex, radix: 16) else { return nil }
        self.value = value
    }

    var description: String { String(value, radix: 16) }

    /// Mixes in `bytes`, then their length, so ("ab", "c") and ("a", "bc") differ.
    mutating func combine(bytes: UnsafeRawBufferPointer) {
        var hash = value
        var index = 0
        // Eight bytes at a time: byte-at-a-time FNV cost more than the rendering it saves on large bodies.
        while index + 8 <= bytes.count {
            hash = Self.mix(hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        value = Self.mix(Self.mix(hash ^ tail) ^ UInt64(bytes.count))
    }

    mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    mutating func combine(_ number: Int) {
        value = Self.mix(value ^ UInt64(bitPattern: Int64(number)))
    }

    mutating func combine(_ flag: Bool) { combine(flag ? 1 : 0) }

    mutating func combine(_ other: Fingerprint) { combine(Int(bitPattern: UInt(other.value))) }

    mutating func combine(_ other: Fingerprint?) {
        combine(other != nil)
        if let other { combine(other) }
    }

    /// A 64-bit finaliser (MurmurHash3's fmix64) after a multiply: every input bit reaches every output bit.
    private static func mix(_ input: UInt64) -> UInt64 {
        var hash = input &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 33
        hash = hash &* 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        hash = hash &* 0xc4ce_b9fe_1a85_ec53
        hash ^= hash >> 33
        return hash
    }
}
