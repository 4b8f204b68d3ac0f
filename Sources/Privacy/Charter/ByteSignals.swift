/// Advertising signals found on bytes: discounts (`-20 %`, `−30%`) and prices (`49,90 €`, `12.50€`, `€15`,
/// `15 euros`). A price with cents is a strong signal; a round amount is weak (a bonus, a salary).
struct ByteSignals {
    let bytes: UnsafeBufferPointer<UInt8>

    private struct Amount {
        var range: Range<Int>
        var hasCents: Bool
    }

    func scan(into signals: inout [AdvertisingRecognizer.Signal]) {
        var index = 0
        while index < bytes.count {
            guard ASCII.isDigit(bytes[index]), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let amount = readAmount(from: index)
            if let discount = discount(around: amount) {
                signals.append(.init(range: discount, isStrong: true))
            } else if let price = price(around: amount) {
                signals.append(.init(range: price, isStrong: amount.hasCents))
            }
            index = amount.range.upperBound
        }
    }

    /// Digits with thousands separators (space, dot, narrow no-break space) and an optional decimal part.
    private func readAmount(from start: Int) -> Amount {
        var index = start
        var hasCents = false
        while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
        if index + 2 < bytes.count, bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "."),
            ASCII.isDigit(bytes[index + 1]), ASCII.isDigit(bytes[index + 2]),
            index + 3 == bytes.count || !ASCII.isDigit(bytes[index + 3])
        {
            index += 3
            hasCents = true
        }
        return Amount(range: start..<index, hasCents: hasCents)
    }

    /// `-20 %` or `−20%` (minus sign) right before the amount and a percent sign after it.
    private func discount(around amount: Amount) -> Range<Int>? {
        var start = amount.range.lowerBound
        if start >= 1, bytes[start - 1] == UInt8(ascii: "-") {
            start -= 1
        } else if start >= 3, bytes[start - 3] == 0xE2, bytes[start - 2] == 0x88, bytes[start - 1] == 0x92 {
            start -= 3
        } else {
            return nil
        }
        guard start == 0 || !isWordByte(bytes[start - 1]) else { return nil }
        let after = skipSpaces(from: amount.range.upperBound)
        guard after < bytes.count, bytes[after] == UInt8(ascii: "%") else { return nil }
        return start..<(after + 1)
    }

    /// The amount with its currency: `49,90 €`, `49,90€`, `€ 49`, `49 euros`, `49 EUR`.
    private func price(around amount: Amount) -> Range<Int>? {
        let after = skipSpaces(from: amount.range.upperBound)
        if matches("€", at: after) { return amount.range.lowerBound..<(after + 3) }
        for word in ["euros", "euro", "EUR", "eur"] where matches(word, at: after) {
            let end = after + word.utf8.count
            if end == bytes.count || !isWordByte(bytes[end]) { return amount.range.lowerBound..<end }
        }
        var before = amount.range.lowerBound
        while before > 0, bytes[before - 1] == UInt8(ascii: " ") { before -= 1 }
        if before >= 3, matches("€", at: before - 3) { return (before - 3)..<amount.range.upperBound }
        return nil
    }

    private func matches(_ word: String, at index: Int) -> Bool {
        let pattern = Array(word.utf8)
        guard index + pattern.count <= bytes.count else { return false }
        return bytes[index..<(index + pattern.count)].elementsEqual(pattern)
    }

    /// Skips spaces, no-break spaces and narrow no-break spaces.
    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: " ") {
                index += 1
            } else if matches("\u{00A0}", at: index) {
                index += 2
            } else if matches("\u{202F}", at: index) {
                index += 3
            } else {
                break
            }
        }
        return index
    }

    private func isWordByte(_ byte: UInt8) -> Bool { ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte >= 0x80 }
}
