import Foundation

/// The search index's ASCII terms, found by their UTF-8 bytes: an open-addressing hash table whose slots hold each
/// term's first eight bytes, so that looking up each of the archive's million words creates no `String` and most
/// lookups read one slot.
struct TermTable {
    private struct Slot {
        /// The term's first eight bytes, zero-padded.
        var prefix: UInt64 = 0
        /// 0 for an empty slot: terms are never empty.
        var length = 0
        var number = 0
        /// Where the term's bytes start in `longTerms`, for terms longer than eight bytes.
        var longStart = 0
    }

    /// A power of two, at most half full.
    private var slots = [Slot](repeating: Slot(), count: 1_024)
    private var count = 0
    /// The bytes of the terms longer than eight bytes, back to back.
    private var longTerms: [UInt8] = []

    /// The number stored with `term`, or nil when the table does not hold it.
    func number(of term: UnsafeBufferPointer<UInt8>) -> Int? {
        let slot = slots[index(of: term, prefix: Self.prefix(of: term))]
        return slot.length == 0 ? nil : slot.number
    }

    /// Stores `term`, which the table does not hold yet, with `number`.
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, number: Int) {
        let prefix = Self.prefix(of: term)
        slots[index(of: term, prefix: prefix)] = Slot(prefix: prefix, length: term.count, number: number,
                                                      longStart: longTerms.count)
        if term.count > 8 { longTerms.append(contentsOf: term) }
        count += 1
        if count * 2 > slots.count { rehash(slotCount: slots.count * 2) }
    }

    /// Makes room for `count` terms in all at once, rather than doubling step by step while they are inserted.
    mutating func reserveCapacity(_ count: Int) {
        var slotCount = slots.count
        while slotCount < count * 2 { slotCount *= 2 }
        if slotCount > slots.count { rehash(slotCount: slotCount) }
    }

    /// The slot holding `term`, or the empty slot where it belongs.
    private func index(of term: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Int {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var index = Self.hash(term, prefix: prefix, length: term.count) & mask
            while slots[index].length != 0 && !holds(slots[index], term, prefix: prefix) { index = (index + 1) & mask }
            return index
        }
    }

    private func holds(_ slot: Slot, _ term: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> Bool {
        guard slot.prefix == prefix && slot.length == term.count else { return false }
        guard term.count > 8 else { return true }
        return longTerms.withUnsafeBufferPointer { stored in
            memcmp(stored.baseAddress! + slot.longStart + 8, term.baseAddress! + 8, term.count - 8) == 0
        }
    }

    private mutating func rehash(slotCount: Int) {
        let old = slots
        slots = [Slot](repeating: Slot(), count: slotCount)
        let mask = slots.count - 1
        longTerms.withUnsafeBufferPointer { stored in
            for slot in old where slot.length != 0 {
                // A short term's hash reads only its prefix and length.
                let term = slot.length > 8
                    ? UnsafeBufferPointer(rebasing: stored[slot.longStart..<slot.longStart + slot.length])
                    : UnsafeBufferPointer(start: nil, count: 0)
                var index = Self.hash(term, prefix: slot.prefix, length: slot.length) & mask
                while slots[index].length != 0 { index = (index + 1) & mask }
                slots[index] = slot
            }
        }
    }

    private static func prefix(of term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        withUnsafeMutableBytes(of: &prefix) { $0.copyMemory(from: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: term.prefix(8)))) }
        return prefix
    }

    /// The prefix mixed with the length and the bytes after the prefix, eight at a time: the table needs no
    /// protection against chosen collisions.
    private static func hash(_ term: UnsafeBufferPointer<UInt8>, prefix: UInt64, length: Int) -> Int {
        var hash = (prefix ^ UInt64(length)) &* 0x9E37_79B9_7F4A_7C15
        var offset = 8
        while offset < length {
            let chunk = Self.prefix(of: UnsafeBufferPointer(rebasing: term[offset...]))
            hash = (hash ^ hash >> 29 ^ chunk) &* 0x9E37_79B9_7F4A_7C15
            offset += 8
        }
        return Int(truncatingIfNeeded: hash ^ hash >> 32)
    }
}
