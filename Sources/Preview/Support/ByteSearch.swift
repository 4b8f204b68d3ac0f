extension Array<UInt8> {
    /// The index of the first occurrence of `needle` (ASCII, compared case-insensitively) at or after `start`.
    func firstIndex(ofASCIICaseInsensitive needle: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = Swift.max(0, start)
        while index <= count - needle.count {
            if matchesASCIICaseInsensitive(needle, at: index) { return index }
            index += 1
        }
        return nil
    }

    /// The index of the last occurrence of `needle` (ASCII, compared case-insensitively).
    func lastIndex(ofASCIICaseInsensitive needle: [UInt8]) -> Int? {
        guard !needle.isEmpty, count >= needle.count else { return nil }
        var index = count - needle.count
        while index >= 0 {
            if matchesASCIICaseInsensitive(needle, at: index) { return index }
            index -= 1
        }
        return nil
    }

    private func matchesASCIICaseInsensitive(_ needle: [UInt8], at index: Int) -> Bool {
        for offset in 0..<needle.count where self[index + offset].asciiLowercased != needle[offset].asciiLowercased {
            return false
        }
        return true
    }
}

extension UInt8 {
    var asciiLowercased: UInt8 { (0x41...0x5A).contains(self) ? self + 0x20 : self }
}
