/// A set of folded words stored as 64-bit FNV-1a hashes of their folded bytes: a token's key is computed
/// while tokenizing, so a lookup hashes eight bytes instead of a Unicode string. With a few thousand words,
/// a collision between two real words is vanishingly unlikely (about 10⁻¹²).
struct WordSet: Sendable {
    private var keys: Set<UInt64> = []

    init() {}

    init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    mutating func insert(_ folded: String) { keys.insert(WordKey.of(folded)) }

    func contains(_ key: UInt64) -> Bool { keys.contains(key) }

    func contains(_ folded: String) -> Bool { keys.contains(WordKey.of(folded)) }

    func union(_ other: WordSet) -> WordSet {
        var result = self
        result.keys.formUnion(other.keys)
        return result
    }

    var isEmpty: Bool { keys.isEmpty }
}

/// The key of a folded word: FNV-1a over its UTF-8 bytes.
enum WordKey {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func of(_ folded: String) -> UInt64 {
        folded.utf8.reduce(seed) { ($0 ^ UInt64($1)) &* prime }
    }

    static func adding(_ byte: UInt8, to key: UInt64) -> UInt64 { (key ^ UInt64(byte)) &* prime }
}
