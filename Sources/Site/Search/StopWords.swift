/// The tokenizer's stop words, looked up by a term's bytes. Every term of a French text is checked, so rather than
/// hashing a `String`, a short term is packed in one integer and found in a small open-addressing table.
struct StopWords: Sendable {
    static let shared = StopWords(SearchTokenizer.stopWords)

    /// Each stop word packed, 0 in empty slots; a power of two, at most a quarter full so probes stay short.
    private let slots: [UInt64]

    init(_ words: Set<String>) {
        var slots = [UInt64](repeating: 0, count: 64)
        while slots.count < words.count * 4 { slots += slots }
        for word in words {
            let packed = Self.pack(word.utf8)!
            var slot = Self.slot(of: packed, in: slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = packed
        }
        self.slots = slots
    }

    func contains(_ term: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let packed = Self.pack(term) else { return false }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(of: packed, in: slots.count)
            while slots[slot] != 0 {
                if slots[slot] == packed { return true }
                slot = (slot + 1) & (slots.count - 1)
            }
            return false
        }
    }

    /// Up to eight bytes in one integer, nil for longer terms: stop words are short words. Terms never hold a zero
    /// byte, so two terms pack alike only when they are the same.
    private static func pack<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64? {
        bytes.count <= 8 ? bytes.reduce(0) { $0 << 8 | UInt64($1) } : nil
    }

    /// Fibonacci hashing: the top bits of the packed word times 2⁶⁴/φ.
    private static func slot(of packed: UInt64, in slotCount: Int) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotCount.trailingZeroBitCount))
    }
}
