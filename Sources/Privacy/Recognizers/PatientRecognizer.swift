/// Finds descriptions of patients: a titled or capitalised name followed by an age or a room
/// (`Mme X, 82 ans, chambre 12`, `M. Martin (45 ans)`, `Marie, 82 ans`), a patient designated by a room
/// (`le patient de la chambre 12` → `le [patient]`), and rooms and beds alone (`chambre 214B`, `lit 4`,
/// `box 3`, `ch. n° 12`) and hospital record numbers (`IPP 12345678`, `n° de dossier : 2024-00123`).
///
/// Each finding covers every identifying part (title, name, age, room and bed numbers) so that what remains
/// reads `[patient]`. A titled name without age or room is left to `TitledNameRecognizer`.
public struct PatientRecognizer: Recognizer {
    private static let roomWords = KeywordList([
        "chambre", "chbre", "chb", "ch.", "ch", "lit", "box", "bed", "room", "brancard",
    ])
    private static let numberLabels = KeywordList(["n°", "nº", "no", "no.", "numéro", "numero"])
    private static let ageUnits = KeywordList(["ans", "an", "years", "year", "yo"])
    private static let patientWords = KeywordList([
        "patient", "patiente", "patients", "patientes", "résident", "résidente", "malade", "monsieur", "madame",
        "dame", "enfant", "bébé", "mamie", "papy",
    ])
    private static let ageLabels = KeywordList([
        "âgé", "âgée", "âgé(e)", "agé", "agée", "age", "agee", "âge", "aged",
    ])
    private static let ageConnectors = KeywordList(["de", "of"])
    /// Labels of hospital record numbers: permanent patient identifier, stay number, file number.
    private static let recordLabels = KeywordList([
        "ipp", "nda", "iep", "dossier", "n° de dossier", "numéro de dossier", "n° patient", "numéro patient",
    ])
    private static let recordNumberDigits = 4...14
    private static let roomArticles = KeywordList(["de", "du", "la", "le", "en", "au", "des"])
    private static let maximumAge = 120
    /// How many bytes back a name may start before an age (`Jean-Baptiste Dupont-Moretti, 82 ans`).
    private static let nameLookBehind = 60

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            if let found = patient(in: text, at: position) {
                findings.append(Finding(range: found, category: .patient))
                position = found.upperBound
            } else if RecognizerBytes.isDigit(text[position]) {
                position = DigitRun(reading: text, from: position).range.upperBound
            } else {
                position = text.nextCandidate(after: position)
            }
        }
        return findings
    }

    /// The patient description starting at `index` (or, for ages and rooms, just before it), or nil.
    private func patient(in text: RecognizerText, at index: Int) -> Range<Int>? {
        let byte = text[index]
        if TitledName.mayStartTitle(byte), let titled = TitledName.match(in: text, at: index) {
            let end = detailsEnd(in: text, from: titled.name.upperBound)
            return end > titled.name.upperBound ? index..<end : nil
        }
        if RecognizerBytes.isDigit(byte), let ageEnd = ageEnd(in: text, at: index),
            let nameStart = nameStart(in: text, before: index)
        {
            return nameStart..<detailsEnd(in: text, from: closingParenthesisEnd(in: text, opening: index, at: ageEnd))
        }
        guard RecognizerBytes.isLetter(byte) else { return nil }
        if let roomEnd = roomEnd(in: text, at: index) {
            return designationStart(in: text, before: index)..<detailsEnd(in: text, from: roomEnd)
        }
        if let recordEnd = recordNumberEnd(in: text, at: index) {
            return index..<detailsEnd(in: text, from: recordEnd)
        }
        return nil
    }

    /// The end of the ages and rooms that follow `index` (`, 82 ans, chambre 12`, ` (45 ans)`), `index`
    /// itself when none does.
    private func detailsEnd(in text: RecognizerText, from index: Int) -> Int {
        var end = index
        while true {
            var position = text.skippingSpaces(from: end)
            var isParenthesised = false
            if let byte = text.byte(at: position),
                byte == RecognizerBytes.comma || byte == RecognizerBytes.hyphen
                    || byte == RecognizerBytes.openParenthesis
            {
                isParenthesised = byte == RecognizerBytes.openParenthesis
                position = text.skippingSpaces(from: position + 1)
            }
            guard position < text.count,
                let detailEnd = ageEnd(in: text, at: position) ?? labelledAgeEnd(in: text, at: position)
                    ?? roomEnd(in: text, at: position) ?? introducedRoomEnd(in: text, at: position)
                    ?? recordNumberEnd(in: text, at: position)
            else { return end }
            end = isParenthesised ? closingParenthesisEnd(in: text, opening: position, at: detailEnd) : detailEnd
        }
    }

    /// After a detail ending at `end`: the end of its `)` when a `(` opens just before `start`, else `end`.
    private func closingParenthesisEnd(in text: RecognizerText, opening start: Int, at end: Int) -> Int {
        let open = text.skippingSpaces(backwardFrom: start) - 1
        let close = text.skippingSpaces(from: end)
        guard text.byte(at: open) == RecognizerBytes.openParenthesis,
            text.byte(at: close) == RecognizerBytes.closeParenthesis
        else { return end }
        return close + 1
    }

    /// `82 ans`: the end of an age starting at `index`, or nil.
    private func ageEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard text.isDigit(at: index), !text.isWordCharacter(before: index) else { return nil }
        var end = index
        var age = 0
        while text.isDigit(at: end), end - index < 3 {
            age = age * 10 + RecognizerBytes.digitValue(text[end])
            end += 1
        }
        guard !text.isDigit(at: end), age <= Self.maximumAge else { return nil }
        let unitStart = text.skippingSpaces(from: end)
        return Self.ageUnits.match(in: text, at: unitStart)
    }

    /// `du lit 4`, `de la chambre 12`, `en box 3`: the end of a room introduced by articles, or nil.
    private func introducedRoomEnd(in text: RecognizerText, at index: Int) -> Int? {
        var position = index
        for _ in 0..<2 {
            guard let articleEnd = Self.roomArticles.match(in: text, at: position) else { break }
            position = text.skippingSpaces(from: articleEnd)
        }
        return position > index ? roomEnd(in: text, at: position) : nil
    }

    /// `âgée de 82 ans`, `âge : 82 ans`: the end of a labelled age starting at `index`, or nil.
    private func labelledAgeEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard let labelEnd = Self.ageLabels.match(in: text, at: index) else { return nil }
        var position = text.skippingSpaces(from: labelEnd)
        if text.byte(at: position) == RecognizerBytes.colon {
            position = text.skippingSpaces(from: position + 1)
        } else if let ofEnd = Self.ageConnectors.match(in: text, at: position) {
            position = text.skippingSpaces(from: ofEnd)
        }
        return ageEnd(in: text, at: position)
    }

    /// `IPP 12345678`, `n° de dossier : 2024-00123`: the end of a hospital record number starting at
    /// `index`, or nil.
    private func recordNumberEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard let labelEnd = Self.recordLabels.match(in: text, at: index) else { return nil }
        var position = text.skippingSpaces(from: labelEnd)
        if text.byte(at: position) == RecognizerBytes.colon { position = text.skippingSpaces(from: position + 1) }
        if let numberLabelEnd = Self.numberLabels.match(in: text, at: position) {
            position = text.skippingSpaces(from: numberLabelEnd)
            if text.byte(at: position) == RecognizerBytes.colon {
                position = text.skippingSpaces(from: position + 1)
            }
        }
        guard text.isDigit(at: position), !text.isWordCharacter(before: position) else { return nil }
        let run = DigitRun(reading: text, from: position)
        guard Self.recordNumberDigits.contains(run.digitCount), !text.isWordCharacter(at: run.range.upperBound)
        else { return nil }
        return run.range.upperBound
    }

    /// `chambre 214B`, `lit n° 4`, `box 3`: the end of a room or bed starting at `index`, or nil.
    private func roomEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard let wordEnd = Self.roomWords.match(in: text, at: index) else { return nil }
        var numberStart = text.skippingSpaces(from: wordEnd)
        if let labelEnd = Self.numberLabels.match(in: text, at: numberStart) {
            numberStart = text.skippingSpaces(from: labelEnd)
        }
        guard numberStart > wordEnd || text[wordEnd - 1] == RecognizerBytes.dot else { return nil }
        var end = numberStart
        while text.isDigit(at: end), end - numberStart < 4 { end += 1 }
        guard end > numberStart, !text.isDigit(at: end) else { return nil }
        if text.letterLength(at: end) == 1, !text.isWordCharacter(at: end + 1) { end += 1 }  // `214B`
        return text.isWordCharacter(at: end) ? nil : end
    }

    /// The start of the one or two capitalised words that end just before an age at `index`, across
    /// `, ` or ` (`; nil when no name precedes the age.
    private func nameStart(in text: RecognizerText, before index: Int) -> Int? {
        var position = text.skippingSpaces(backwardFrom: index)
        if let byte = text.byte(at: position - 1),
            byte == RecognizerBytes.comma
                || byte == RecognizerBytes.openParenthesis
        {
            position = text.skippingSpaces(backwardFrom: position - 1)
        }
        guard let first = capitalisedWordStart(in: text, endingAt: position) else { return nil }
        let beforeFirst = text.skippingSpaces(backwardFrom: first)
        if beforeFirst < first, let second = capitalisedWordStart(in: text, endingAt: beforeFirst) {
            return second
        }
        return first
    }

    /// The start of the capitalised word (`Dupont`, `Jean-Paul`) that ends at `end`, or nil.
    private func capitalisedWordStart(in text: RecognizerText, endingAt end: Int) -> Int? {
        var start = end
        while end - start < Self.nameLookBehind, let previous = text.scalar(before: start),
            RecognizerText.isLetter(previous.scalar) || previous.scalar == "-" || previous.scalar == "'"
        {
            start = previous.start
        }
        guard start < end, text.isUppercaseLetter(at: start), !TitledName.isNonName(in: text, at: start),
            TitledName.capitalisedWordEnd(in: text, at: start) == end
        else { return nil }
        return start
    }

    /// Where the designation of a room starts: `patient de la` before `chambre 12`, or the room itself.
    private func designationStart(in text: RecognizerText, before roomStart: Int) -> Int {
        var position = text.skippingSpaces(backwardFrom: roomStart)
        for _ in 0..<2 {
            guard let articleStart = Self.roomArticles.matchEnding(in: text, at: position) else { break }
            position = text.skippingSpaces(backwardFrom: articleStart)
        }
        guard position < roomStart, let start = Self.patientWords.matchEnding(in: text, at: position) else {
            return roomStart
        }
        return start
    }
}
