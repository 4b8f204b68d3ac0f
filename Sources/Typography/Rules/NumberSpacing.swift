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

    static let unitScalars: [[Unicode.Scalar]] = units.map { Array($0.unicodeScalars) }
}

extension Typesetter {
    /// A space after a number becomes a no-break space before a unit, and in French a narrow no-break
    /// space between groups of thousands (`10 000`) and before `%`.
    mutating func typesetSpace() -> Int {
        guard let previous = output.last, previous.isASCIIDigit else {
            emit(current)
            return 1
        }
        if language == .fr && separatesThousands {
            emit(Scalars.narrowNoBreakSpace)
        } else if let unit = unitAhead {
            emit(language == .fr && unit == ["%"] ? Scalars.narrowNoBreakSpace : Scalars.noBreakSpace)
        } else {
            emit(current)
        }
        return 1
    }

    /// One to three digits (not the decimals of a number) before, exactly three digits after.
    private var separatesThousands: Bool {
        let digitsBefore = output.trailingDigitCount
        guard digitsBefore <= 3 else { return false }
        if let separator = output.scalar(fromEnd: digitsBefore), separator == "," || separator == "." {
            return false
        }
        for distance in 1...3 where input[offset + distance]?.isASCIIDigit != true { return false }
        return input[offset + 4]?.isASCIIDigit != true
    }

    private var unitAhead: [Unicode.Scalar]? {
        Typographer.unitScalars.first { input.hasWord($0, at: offset + 1) }
    }
}
