extension Typesetter {
    /// Exactly three dots make an ellipsis; other runs of dots stay as they are.
    mutating func typesetDots() -> Int {
        let count = input.repetitions(of: ".", from: offset)
        if count == 3 {
            emit(Scalars.ellipsis)
        } else {
            for _ in 0..<count { emit(".") }
        }
        return count
    }

    /// `---` is an em dash, `--` an en dash, and a lone hyphen with a space on each side between words
    /// an en dash. Longer runs stay (they are rules or art, not dashes).
    mutating func typesetHyphens() -> Int {
        let count = input.repetitions(of: "-", from: offset)
        switch count {
        case 3: emit(Scalars.emDash)
        case 2: emit(Scalars.enDash)
        case 1: emit(isSpacedHyphen ? Scalars.enDash : "-")
        default: for _ in 0..<count { emit("-") }
        }
        return count
    }

    /// ` - ` with a word (anything but whitespace) before the space.
    private var isSpacedHyphen: Bool {
        guard let before = output.scalar(fromEnd: 0), before == " " || before == Scalars.noBreakSpace,
            let word = output.scalar(fromEnd: 1), !word.isWhitespace,
            let after = input[offset + 1]
        else { return false }
        return after == " " || after == Scalars.noBreakSpace
    }
}
