/// Finds French postal addresses: a street number (`12`, `12 bis`, `12B`, `12,`), a street type (`rue`,
/// `avenue`, `av.`, `bd`, `place`, `allée`, `impasse`, `chemin`, `route`, `quai`, `cours`, `square`,
/// `résidence`, `lotissement`, `lieu-dit`…, in any case) and the street name, then an optional postcode and
/// city (`35000 Rennes`, `35700 Rennes Cedex 7`); also `BP`/`CS` boxes, and `lieu-dit`, `résidence` or
/// `lotissement` followed by a capitalised name without number. `rue` in prose without a number is kept.
public struct PostalAddressRecognizer: Recognizer {
    /// Street types that are also ordinary words whose plural is the same (`2 cours de yoga`, `1 clos`):
    /// their name needs a capitalised word.
    private static let ambiguousStreetTypes = KeywordList([
        "cours", "clos", "mail", "port", "zone", "domaine", "villa", "passage", "quartier", "hameau",
    ])
    /// Street types that are ordinary nouns too, but ungrammatical after a number above 1 (`3 place`): their
    /// name needs a capitalised word only after `1` (`1 place de libre`).
    private static let nounStreetTypes = KeywordList([
        "place", "route", "chemin", "voie", "square", "cité", "cite", "promenade", "parvis", "sentier", "traverse",
        "montée", "esplanade", "pl.", "ch.", "rte", "rte.", "chem.", "prom.", "sq.",
    ])
    private static let streetTypes = KeywordList([
        "rue", "r.", "ruelle", "avenue", "av.", "av", "ave", "bd", "bd.", "boulevard", "bld", "bvd", "allée",
        "allee", "allées", "impasse", "imp.", "quai", "résidence", "residence", "rés.", "res.", "lotissement",
        "lot.", "lieu-dit", "lieudit", "lieu dit", "faubourg", "fbg", "rond-point", "chaussée", "venelle", "zac",
        "za", "zi", "grande rue", "grand rue", "grand'rue",
    ])
    /// Street types that name a place without a number (`lieu-dit Le Bourg`).
    private static let numberlessStreetTypes = KeywordList([
        "lieu-dit", "lieudit", "résidence", "residence", "lotissement",
    ])
    private static let numberSuffixes = KeywordList(["bis", "ter", "quater"])
    private static let gluedSuffixes = ["bis", "ter", "quater", "a", "b", "c", "d"].map { Array($0.utf8) }
    private static let postBoxes = KeywordList(["bp", "b.p.", "cs", "tsa"])
    private static let particles = KeywordList([
        "de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "aux", "au", "en", "sur", "sous", "lès", "et",
    ])
    private static let cedex = KeywordList(["cedex"])
    /// What may stand between a street and its postcode (`Bâtiment B, appt 12`).
    private static let complements = KeywordList([
        "bâtiment", "batiment", "bât.", "bat.", "bât", "bat", "bt", "appartement", "appart", "appt", "apt", "app.",
        "escalier", "esc.", "porte", "entrée", "entree", "logement", "log.", "résidence", "residence", "immeuble",
    ])
    private static let numberLabels = KeywordList(["n°", "nº", "no"])
    private static let maximumComplements = 3
    /// A complement is a short code (`B`, `12`, `A3`) or a capitalised name (`Résidence Les Pins`).
    private static let maximumComplementLength = 5
    private static let maximumNameWords = 8

    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            if let end = addressEnd(in: text, at: position) {
                findings.append(Finding(range: position..<end, category: .postalAddress))
                position = end
            } else if RecognizerBytes.isDigit(text[position]) {
                position = DigitRun(reading: text, from: position).range.upperBound
            } else {
                position = text.nextCandidate(after: position)
            }
        }
        return findings
    }

    /// The end of the address starting at `index`, or nil.
    private func addressEnd(in text: RecognizerText, at index: Int) -> Int? {
        let byte = text[index]
        if RecognizerBytes.isDigit(byte) {
            guard !text.isWordCharacter(before: index), let streetEnd = numberedStreetEnd(in: text, at: index)
            else { return nil }
            return postalCodeAndCityEnd(in: text, after: streetEnd) ?? streetEnd
        }
        guard RecognizerBytes.isLetter(byte) else { return nil }
        if let boxEnd = postBoxEnd(in: text, at: index) {
            return postalCodeAndCityEnd(in: text, after: boxEnd) ?? boxEnd
        }
        guard let typeEnd = Self.numberlessStreetTypes.match(in: text, at: index) else { return nil }
        let nameStart = text.skippingSpaces(from: typeEnd)
        guard nameStart > typeEnd, let nameEnd = nameEnd(in: text, from: nameStart, needsCapital: true) else {
            return nil
        }
        return postalCodeAndCityEnd(in: text, after: nameEnd) ?? nameEnd
    }

    /// `12 bis, rue de la Paix`: the end of the street name, or nil.
    private func numberedStreetEnd(in text: RecognizerText, at index: Int) -> Int? {
        var position = index
        while text.isDigit(at: position) { position += 1 }
        guard position - index <= 4 else { return nil }
        let isNumberOne = position - index == 1 && text[index] == UInt8(ascii: "1")
        position = numberSuffixEnd(in: text, at: position)
        if text.byte(at: position) == RecognizerBytes.comma { position += 1 }
        let typeStart = text.skippingSpaces(from: position)
        guard typeStart > position else { return nil }
        let needsCapital: Bool
        let typeEnd: Int
        if let end = Self.streetTypes.match(in: text, at: typeStart) {
            (typeEnd, needsCapital) = (end, false)
        } else if let end = Self.nounStreetTypes.match(in: text, at: typeStart) {
            (typeEnd, needsCapital) = (end, isNumberOne)
        } else if let end = Self.ambiguousStreetTypes.match(in: text, at: typeStart) {
            (typeEnd, needsCapital) = (end, true)
        } else {
            return nil
        }
        let nameStart = text.skippingSpaces(from: typeEnd)
        guard nameStart > typeEnd || text[typeEnd - 1] == RecognizerBytes.dot else { return nil }
        return nameEnd(in: text, from: nameStart, needsCapital: needsCapital)
    }

    /// After the digits of a street number: `bis`, `ter`, `quater`, glued or not, or a glued letter (`12B`).
    private func numberSuffixEnd(in text: RecognizerText, at index: Int) -> Int {
        let spaced = text.skippingSpaces(from: index)
        if spaced > index, let end = Self.numberSuffixes.match(in: text, at: spaced) { return end }
        for suffix in Self.gluedSuffixes where text.matchesFolded(suffix, at: index) {
            if !text.isWordCharacter(at: index + suffix.count) { return index + suffix.count }
        }
        return index
    }

    /// The end of a street or place name: capitalised words, numbers (`rue du 8 Mai 1945`), particles, and
    /// one lowercase word right after the street type or a particle, which ends the name (`rue de la paix`).
    private func nameEnd(in text: RecognizerText, from start: Int, needsCapital: Bool) -> Int? {
        var end: Int?
        var hasCapital = false
        var lowercaseAllowed = !needsCapital
        var position = start
        for _ in 0..<Self.maximumNameWords {
            if let particleEnd = Self.particles.match(in: text, at: position) {
                position = particleEnd
                lowercaseAllowed = true
                let last = text[particleEnd - 1]
                if last == RecognizerBytes.apostrophe || last == 0x99 { continue }
            } else if let wordEnd = TitledName.capitalisedWordEnd(in: text, at: position) {
                (end, position, hasCapital, lowercaseAllowed) = (wordEnd, wordEnd, true, false)
            } else if lowercaseAllowed, text.isLetter(at: position), !text.isWordCharacter(before: position) {
                end = wordEnd(in: text, from: position)
                break
            } else if text.isDigit(at: position), let numberEnd = nameNumberEnd(in: text, at: position) {
                (end, position) = (numberEnd, numberEnd)
            } else {
                break
            }
            let next = text.skippingSpaces(from: position)
            guard next > position, text.spaceLength(at: position) == next - position else { break }
            position = next
        }
        guard let end, hasCapital || !needsCapital else { return nil }
        return end
    }

    /// Letters with inner hyphens and apostrophes (`saint-jean`, `l'église`).
    private func wordEnd(in text: RecognizerText, from start: Int) -> Int {
        var end = text.endOfLetters(from: start)
        while true {
            let joiner = text.byte(at: end) == RecognizerBytes.hyphen ? 1 : text.apostropheLength(at: end)
            guard joiner > 0, text.isLetter(at: end + joiner) else { return end }
            end = text.endOfLetters(from: end + joiner)
        }
    }

    /// A number inside a street name (`8` in `rue du 8 Mai 1945`): up to 4 digits, never a postcode.
    private func nameNumberEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard !text.isWordCharacter(before: index) else { return nil }
        var end = index
        while text.isDigit(at: end) { end += 1 }
        guard end - index <= 4, !text.isWordCharacter(at: end) else { return nil }
        return end
    }

    /// `BP 123`, `B.P. 12`, `CS 30012`: the end of the box number, or nil.
    private func postBoxEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard text.byte(at: index).map(RecognizerBytes.isUppercase) == true,
            let labelEnd = Self.postBoxes.match(in: text, at: index)
        else { return nil }
        let numberStart = text.skippingSpaces(from: labelEnd)
        var end = numberStart
        while text.isDigit(at: end) { end += 1 }
        guard numberStart > labelEnd, (1...5).contains(end - numberStart), !text.isWordCharacter(at: end) else {
            return nil
        }
        return end
    }

    /// The end of what may follow an address ending at `index`: complements (`Bâtiment B`, `appt 12`), a
    /// box, then a postcode and a city (`, 35000 Rennes`, ` - 35700 Rennes Cedex 7`, or on the next line);
    /// nil when none follows.
    private func postalCodeAndCityEnd(in text: RecognizerText, after index: Int) -> Int? {
        var lastComplementEnd: Int?
        var position = skipAddressSeparators(in: text, from: index)
        for _ in 0..<Self.maximumComplements {
            guard let end = complementEnd(in: text, at: position) else { break }
            lastComplementEnd = end
            position = skipAddressSeparators(in: text, from: end)
        }
        if let boxEnd = postBoxEnd(in: text, at: position) {
            lastComplementEnd = boxEnd
            position = skipAddressSeparators(in: text, from: boxEnd)
        }
        return cityEnd(in: text, postcodeAt: position) ?? lastComplementEnd
    }

    /// `Bâtiment B`, `bât. 3`, `appt 12`, `escalier C`: the end of the complement starting at `index`, or nil.
    private func complementEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard let labelEnd = Self.complements.match(in: text, at: index) else { return nil }
        var start = text.skippingSpaces(from: labelEnd)
        if let numberLabelEnd = Self.numberLabels.match(in: text, at: start) {
            start = text.skippingSpaces(from: numberLabelEnd)
        }
        guard start > labelEnd || text[labelEnd - 1] == RecognizerBytes.dot else { return nil }
        if let end = nameEnd(in: text, from: start, needsCapital: true) { return end }
        let end = text.nextCandidate(after: start)
        guard text.isWordCharacter(at: start), end - start <= Self.maximumComplementLength else { return nil }
        return end
    }

    /// `35000 Rennes`, `35700 Rennes Cedex 7`: the end of the city after the postcode at `index`, or nil.
    private func cityEnd(in text: RecognizerText, postcodeAt index: Int) -> Int? {
        var position = index
        while text.isDigit(at: position) { position += 1 }
        guard position - index == 5, !text.isWordCharacter(before: index) else { return nil }
        let cityStart = text.skippingSpaces(from: position)
        guard cityStart > position, var end = nameEnd(in: text, from: cityStart, needsCapital: true) else {
            return nil
        }
        let cedexStart = text.skippingSpaces(from: end)
        if cedexStart > end, let cedexEnd = Self.cedex.match(in: text, at: cedexStart) {
            end = cedexEnd
            let numberStart = text.skippingSpaces(from: cedexEnd)
            if numberStart > cedexEnd, let numberEnd = nameNumberEnd(in: text, at: numberStart) { end = numberEnd }
        }
        return end
    }

    /// Spaces, one comma or hyphen, and one line break between the parts of an address.
    private func skipAddressSeparators(in text: RecognizerText, from index: Int) -> Int {
        var position = text.skippingSpaces(from: index)
        if let byte = text.byte(at: position), byte == RecognizerBytes.comma || byte == RecognizerBytes.hyphen {
            position = text.skippingSpaces(from: position + 1)
        }
        if text.byte(at: position) == 0x0D { position += 1 }
        if text.byte(at: position) == 0x0A { position = text.skippingSpaces(from: position + 1) }
        return position
    }
}
