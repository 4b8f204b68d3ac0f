/// Finds dates of birth: a date introduced by a cue (`né le`, `née le`, `né(e) le`, `date de naissance :`,
/// `DDN`, `naissance :`, `born on`, `date of birth`, `DOB`) written `12/03/1958`, `12-03-1958`, `12.03.1958`,
/// `12/03/58`, `12 mars 1958`, `1er mars 1958`, `1958-03-12` or `March 12, 1958`. Only the date is flagged
/// (`née le [date de naissance]`); a date without cue is not, since articles mention dates all the time.
public struct DateOfBirthRecognizer: Recognizer {
    private static let cues = KeywordList([
        "né", "née", "nés", "nées", "né(e)", "né(e)s", "né.e", "né·e", "nee", "ne", "naissance", "ddn", "d.d.n.",
        "born", "birth", "dob", "d.o.b.", "birthday",
    ])
    private static let connectors = KeywordList(["le", "on", "the", "du", "en", "is"])
    private static let placePrepositions = KeywordList(["à", "a", "in"])
    private static let maximumPlaceWords = 4
    private static let months = KeywordList([
        "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre",
        "octobre", "novembre", "décembre", "decembre", "janv.", "janv", "févr.", "févr", "fevr.", "fevr", "fév.",
        "fév", "fev.", "fev", "avr.", "avr", "juil.", "juil", "sept.", "sept", "oct.", "oct", "nov.", "nov",
        "déc.", "déc", "dec.", "dec", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan.", "jan", "feb.", "feb", "mar.", "mar", "apr.", "apr",
        "jun.", "jun", "jul.", "jul", "aug.", "aug", "sep.", "sep",
    ])

    /// `1er`, `1st`, `2nd`, `3rd`, `4th`; the French one first.
    private static let dayOrdinalSuffixes = ["er", "st", "nd", "rd", "th"].map { Array($0.utf8) }

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            let byte = text[position] | 0x20
            guard byte == UInt8(ascii: "n") || byte == UInt8(ascii: "d") || byte == UInt8(ascii: "b"),
                let cueEnd = Self.cues.match(in: text, at: position)
            else {
                position = text.nextCandidate(after: position)
                continue
            }
            let dateStart = startOfDate(in: text, afterCue: cueEnd)
            if let dateEnd = dateEnd(in: text, from: dateStart) {
                findings.append(Finding(range: dateStart..<dateEnd, category: .dateOfBirth))
                position = dateEnd
            } else {
                position = cueEnd
            }
        }
        return findings
    }

    /// Skips what may stand between a cue and its date: spaces, `:`, `,`, `-`, a birthplace (`née à Brest le`)
    /// and a connector (`le`, `on`).
    private func startOfDate(in text: RecognizerText, afterCue cueEnd: Int) -> Int {
        var position = skipPunctuation(in: text, from: cueEnd)
        if let placeEnd = birthplaceEnd(in: text, at: position) {
            position = skipPunctuation(in: text, from: placeEnd)
        }
        if let connectorEnd = Self.connectors.match(in: text, at: position) {
            position = skipPunctuation(in: text, from: connectorEnd)
        }
        return position
    }

    /// `à Brest`, `à Saint-Malo`, `in Paris`: the end of a birthplace starting at `index`, or nil.
    private func birthplaceEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard let prepositionEnd = Self.placePrepositions.match(in: text, at: index) else { return nil }
        var end: Int?
        var position = text.skippingSpaces(from: prepositionEnd)
        for _ in 0..<Self.maximumPlaceWords {
            guard position > (end ?? prepositionEnd),
                let wordEnd = TitledName.capitalisedWordEnd(in: text, at: position)
            else { break }
            end = wordEnd
            position = text.skippingSpaces(from: wordEnd)
        }
        return end
    }

    private func skipPunctuation(in text: RecognizerText, from index: Int) -> Int {
        var position = text.skippingSpaces(from: index)
        while let byte = text.byte(at: position),
            byte == RecognizerBytes.colon || byte == RecognizerBytes.comma || byte == RecognizerBytes.hyphen
        {
            position = text.skippingSpaces(from: position + 1)
        }
        return position
    }

    /// The end of the date starting at `start`, or nil when none does.
    private func dateEnd(in text: RecognizerText, from start: Int) -> Int? {
        let end =
            text.isDigit(at: start)
            ? numericDateEnd(in: text, from: start) ?? isoDateEnd(in: text, from: start)
                ?? writtenDateEnd(in: text, from: start)
            : monthFirstDateEnd(in: text, from: start)
        guard let end, !text.isWordCharacter(at: end) else { return nil }
        return end
    }

    /// `12/03/1958`, `12-03-58`, `12.03.1958`, `12 03 1958` (the same separator twice).
    private func numericDateEnd(in text: RecognizerText, from start: Int) -> Int? {
        guard let (day, dayEnd) = number(in: text, at: start, digits: 1...2), (1...31).contains(day),
            let (separator, monthStart) = dateSeparator(in: text, after: dayEnd),
            let (month, monthEnd) = number(in: text, at: monthStart, digits: 1...2), (1...12).contains(month),
            let (sameSeparator, yearStart) = dateSeparator(in: text, after: monthEnd), sameSeparator == separator,
            let (_, yearEnd) = number(in: text, at: yearStart, digits: 2...4), yearEnd - yearStart != 3
        else { return nil }
        return yearEnd
    }

    /// The separator after a day or month ending at `index` (`/`, `-`, `.` with optional spaces around, or
    /// spaces alone) and where the next number starts.
    private func dateSeparator(in text: RecognizerText, after index: Int) -> (UInt8, Int)? {
        let start = text.skippingSpaces(from: index)
        if let byte = text.byte(at: start),
            byte == RecognizerBytes.slash || byte == RecognizerBytes.hyphen
                || byte == RecognizerBytes.dot
        {
            return (byte, text.skippingSpaces(from: start + 1))
        }
        return start > index ? (RecognizerBytes.space, start) : nil
    }

    /// `1958-03-12`.
    private func isoDateEnd(in text: RecognizerText, from start: Int) -> Int? {
        guard let (_, yearEnd) = number(in: text, at: start, digits: 4...4),
            text.byte(at: yearEnd) == RecognizerBytes.hyphen,
            let (month, monthEnd) = number(in: text, at: yearEnd + 1, digits: 2...2), (1...12).contains(month),
            text.byte(at: monthEnd) == RecognizerBytes.hyphen,
            let (day, dayEnd) = number(in: text, at: monthEnd + 1, digits: 2...2), (1...31).contains(day)
        else { return nil }
        return dayEnd
    }

    /// `12 mars 1958`, `1er mars 1958`, `12 March 1958`, `12 mars` (the year is optional).
    private func writtenDateEnd(in text: RecognizerText, from start: Int) -> Int? {
        guard let (day, dayEnd) = number(in: text, at: start, digits: 1...2), (1...31).contains(day) else { return nil }
        var position = dayEnd
        for suffix in Self.dayOrdinalSuffixes where text.matchesFolded(suffix, at: position) {
            position += 2
            break
        }
        let monthStart = text.skippingSpaces(from: position)
        guard monthStart > position, let monthEnd = Self.months.match(in: text, at: monthStart) else { return nil }
        return yearEnd(in: text, after: monthEnd) ?? monthEnd
    }

    /// `March 12, 1958`, `mars 1958` is not a birth date (no day).
    private func monthFirstDateEnd(in text: RecognizerText, from start: Int) -> Int? {
        guard let monthEnd = Self.months.match(in: text, at: start) else { return nil }
        let dayStart = text.skippingSpaces(from: monthEnd)
        guard dayStart > monthEnd, let (day, dayEnd) = number(in: text, at: dayStart, digits: 1...2),
            (1...31).contains(day)
        else { return nil }
        var position = dayEnd
        for suffix in Self.dayOrdinalSuffixes.dropFirst() where text.matchesFolded(suffix, at: position) {
            position += 2
            break
        }
        if text.byte(at: position) == RecognizerBytes.comma, let end = yearEnd(in: text, after: position + 1) {
            return end
        }
        return yearEnd(in: text, after: position) ?? position
    }

    /// The end of a 4-digit year after spaces following `index`, or nil.
    private func yearEnd(in text: RecognizerText, after index: Int) -> Int? {
        let yearStart = text.skippingSpaces(from: index)
        guard yearStart > index, let (_, end) = number(in: text, at: yearStart, digits: 4...4) else { return nil }
        return end
    }

    /// The number of `digits` digits at `index` (exactly: the run must end there) and its end.
    private func number(in text: RecognizerText, at index: Int, digits: ClosedRange<Int>) -> (Int, Int)? {
        var value = 0
        var position = index
        while position - index < digits.upperBound, text.isDigit(at: position) {
            value = value * 10 + RecognizerBytes.digitValue(text[position])
            position += 1
        }
        guard digits.contains(position - index), !text.isDigit(at: position) else { return nil }
        return (value, position)
    }
}
