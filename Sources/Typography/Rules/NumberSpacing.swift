extension Typographer {
    /// Units that take a no-break space after a number: SI and medical units, currencies, `%`.
    /// Matched as whole words (`10 mg/j` matches `mg`; `10 mois` matches nothing).
    public static let units: [String] = [
        "mg", "g", "kg", "µg", "μg", "mcg", "ng",
        "ml", "mL", "l", "L", "dl", "dL", "cl", "cL",
        "mm", "cm", "m", "km",
        "h", "min", "s", "ms", "j",
        "°C", "°F", "°", "%", "‰",
        "€", "$", "£",
        "UI", "mUI", "mmHg", "cmHg", "cmH2O", "mmol", "µmol", "μmol", "mol", "mEq", "bpm", "kcal", "cal", "kPa", "Gy",
        "mSv",
    ]

    /// The units' UTF-8, compared with the input's bytes as they are.
    static let unitBytes: [[UInt8]] = units.map { Array($0.utf8) }
}

extension Typesetter {
    /// A space after a number becomes a no-break space before a unit, and in French a narrow no-break
    /// space between groups of thousands (`10 000`) and before `%`. Returns the space's length in bytes.
    mutating func typesetSpace() -> Int {
        let space = current
        let length = UnsafeBufferPointer<UInt8>.scalarLength(lead: input[offset])
        guard let previous = output.last, previous.isASCIIDigit else {
            emit(space)
            return length
        }
        let after = offset + length
        if language == .fr && separatesThousands(after: after) {
            emit(Scalars.narrowNoBreakSpace)
        } else if let unit = unit(at: after) {
            emit(language == .fr && unit == [UInt8(ascii: "%")] ? Scalars.narrowNoBreakSpace : Scalars.noBreakSpace)
        } else {
            emit(space)
        }
        return length
    }

    /// One to three digits (not the decimals of a number) before, exactly three digits from `start`.
    private func separatesThousands(after start: Int) -> Bool {
        let digitsBefore = output.trailingDigitCount
        guard digitsBefore <= 3 else { return false }
        if let separator = output.scalar(fromEnd: digitsBefore), separator == "," || separator == "." {
            return false
        }
        return input.isASCIIDigit(at: start) && input.isASCIIDigit(at: start + 1) && input.isASCIIDigit(at: start + 2)
            && !input.isASCIIDigit(at: start + 3)
    }

    /// The first unit spelled from `start` on and followed by something other than a letter or digit.
    private func unit(at start: Int) -> [UInt8]? {
        Typographer.unitBytes.first { unit in
            guard start + unit.count <= input.count else { return false }
            for (index, byte) in unit.enumerated() where input[start + index] != byte { return false }
            guard let following = input.scalar(at: start + unit.count) else { return true }
            return !following.isLetterOrDigit
        }
    }
}
