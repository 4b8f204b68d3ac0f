extension Typesetter {
    /// Exactly three dots make an ellipsis; other runs of dots stay as they are.
    mutating func typesetDots(runEnd: Int) -> Int {
        let count = repetitions(of: ".", runEnd: runEnd)
        if count == 3 {
            emit(Scalars.ellipsis)
        } else {
            for _ in 0..<count { emit(".") }
        }
        return count
    }

    /// `---` is an em dash, `--` an en dash, and a lone hyphen with a space on each side between words
    /// an en dash. Longer runs stay (they are rules or art, not dashes).
    mutating func typesetHyphens(runEnd: Int) -> Int {
        let count = repetitions(of: "-", runEnd: runEnd)
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
            let after = next
        else { return false }
        return after == " " || after == Scalars.noBreakSpace
    }

    /// How many times the ASCII `mark` repeats from `offset` on, within the run.
    private func repetitions(of mark: Unicode.Scalar, runEnd: Int) -> Int {
        var end = offset
        while end < runEnd && input[end] == mark.value { end += 1 }
        return end - offset
    }
}
