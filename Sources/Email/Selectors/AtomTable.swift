/// Element names, classes and ids as small integers, so that selector matching compares integers instead of
/// strings. Keys are compared as Swift strings (canonical equivalence), exactly as the strings were.
struct AtomTable: Sendable {
    private var atoms: [String: Int32] = [:]
    /// A cache of `atoms` for ASCII keys, looked up on bytes without making a string: every document's names,
    /// classes and ids go through it.
    private var asciiIndex = ASCIIIndex()

    /// What an element without an `id` has for its id.
    static let absent: Int32 = -1
    /// What a selector gets for a string that is not in the table: no element has it, not even as `absent`.
    static let unknown: Int32 = -2

    /// The atom of `string`, added when new.
    mutating func intern(_ string: String) -> Int32 {
        if let atom = atoms[string] { return atom }
        let atom = Int32(atoms.count)
        atoms[string] = atom
        var string = string
        string.withUTF8 { bytes in
            if bytes.allSatisfy({ $0 < 0x80 }) { asciiIndex.insert(bytes, atom: atom) }
        }
        return atom
    }

    /// The atom of the UTF-8 text `bytes`, added when new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        asciiIndex.atom(bytes) ?? intern(String(decoding: bytes, as: UTF8.self))
    }

    /// The atom of `string`, or `unknown`.
    func atom(_ string: String) -> Int32 {
        atoms[string] ?? Self.unknown
    }

    var count: Int { atoms.count }
}

/// A Bloom filter of atoms: what the ancestors of an element have, or what a selector needs its ancestors to have.
/// A selector whose needs are not all in an element's filter cannot match it, which spares most walks up the tree.
struct AtomFilter: Sendable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ atom: Int32) {
        let bit = (UInt32(bitPattern: atom) &* 0x9E37_79B1) >> 25
        if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) }
    }

    mutating func formUnion(_ other: AtomFilter) {
        low |= other.low
        high |= other.high
    }

    func isSubset(of other: AtomFilter) -> Bool {
        low & ~other.low == 0 && high & ~other.high == 0
    }
}

/// An open-addressing hash table from ASCII byte strings to atoms.
private struct ASCIIIndex: Sendable {
    /// Atom + 1 of the key in each slot, 0 for an empty slot; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)
    /// The keys, one after the other, and where each atom's key is (`nil` for atoms not in the index).
    private var keyBytes: [UInt8] = []
    private var keyRanges: [Range<Int32>?] = []
    private var count = 0

    func atom(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] != 0 {
            let atom = slots[slot] - 1
            if key(of: atom, equals: bytes) { return atom }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, atom: Int32) {
        while keyRanges.count <= Int(atom) { keyRanges.append(nil) }
        let start = Int32(keyBytes.count)
        keyBytes.append(contentsOf: bytes)
        keyRanges[Int(atom)] = start..<Int32(keyBytes.count)
        count += 1
        if count * 2 > slots.count { rehash(slotCount: slots.count * 2) } else { place(atom, hash: Self.hash(bytes)) }
    }

    private func key(of atom: Int32, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let range = keyRanges[Int(atom)], range.count == bytes.count else { return false }
        return keyBytes.withUnsafeBufferPointer { keys in
            var index = 0
            while index < bytes.count {
                if keys[Int(range.lowerBound) + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
    }

    private mutating func place(_ atom: Int32, hash: Int) {
        let mask = slots.count - 1
        var slot = hash & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = atom + 1
    }

    private mutating func rehash(slotCount: Int) {
        slots = [Int32](repeating: 0, count: slotCount)
        for (atom, range) in keyRanges.enumerated() {
            guard let range else { continue }
            let hash = keyBytes.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)]))
            }
            place(Int32(atom), hash: hash)
        }
    }

    /// FNV-1a.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
