/// Reproducible pseudo-random text (SplitMix64) over the characters the rules care about, for property
/// tests: the same seed always gives the same samples.
struct RandomText {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    static let alphabet: [String] = [
        "\"", "'", ".", "-", "!", "?", ":", ";", "«", "»", " ", " ", " ", "\u{00A0}", "\u{202F}", "\n", "(", ")",
        "0", "1", "5", "000", ",", "%", "mg", "h", "°C", "€", "a", "é", "mot", "l", "’", "“", "/",
    ]

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func sample(length: Int) -> String {
        (0..<length).map { _ in Self.alphabet[Int(next() % UInt64(Self.alphabet.count))] }.joined()
    }
}
