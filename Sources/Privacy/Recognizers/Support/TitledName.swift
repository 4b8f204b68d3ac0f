/// A courtesy or professional title followed by a name: `Mme Dupont`, `Dr Jean-Pierre de La Tour`,
/// `M. D.`, `docteur Martin`. Shared by the titled-name and patient recognizers.
struct TitledName {
    /// `Mme`, `Dr.`, `Monsieur`…
    var title: Range<Int>
    /// The name words after the title, particles included (`de La Tour`).
    var name: Range<Int>

    /// Abbreviations are titles only when capitalised (`Me Durand`, never the pronoun `me`).
    private static let abbreviations = KeywordList([
        "m.", "mm.", "mme", "mme.", "mmes", "mlle", "mlle.", "mlles", "melle", "melle.", "mle", "mr", "mr.", "mrs",
        "mrs.", "ms", "ms.", "dr",
        "dr.", "dre", "drs", "pr", "pr.", "pre", "prof.", "prof", "me", "mx",
    ])
    /// Full titles, in any case (`docteur Martin`).
    private static let words = KeywordList([
        "monsieur", "madame", "mademoiselle", "docteur", "docteure", "doctoresse", "professeur", "professeure",
        "maître", "maitre", "mister", "miss", "doctor", "messieurs", "mesdames",
    ])
    /// Lowercase particles inside names; they must be followed by a capitalised word.
    private static let particles = KeywordList([
        "de", "du", "des", "d'", "d’", "le", "la", "les", "van", "von", "der", "den", "di", "da", "del", "della",
        "dos", "ben", "el", "al",
    ])
    /// Capitalised words that follow a title without being a name: functions (`Madame la Ministre`) and the
    /// words that start a sentence after a missing comma (`Merci Madame Je…`).
    private static let nonNames = KeywordList([
        "maire", "ministre", "président", "présidente", "directeur", "directrice", "préfet", "préfète", "député",
        "députée", "sénateur", "sénatrice", "juge", "cadre", "chef", "doyen", "doyenne", "professeur", "docteur",
        "infirmier", "infirmière", "je", "j'", "j’", "il", "elle", "ils", "elles", "nous", "vous", "on", "merci",
        "bonjour", "bonsoir", "oui", "non", "et", "mais", "ou", "donc", "car", "ce", "cette", "ces", "ça", "qui",
        "que", "pour", "avec", "dans", "sur", "par", "en", "au", "aux", "un", "une", "c'", "c’", "si", "quand",
        "cela", "ceci", "tout", "toute", "tous", "toutes", "depuis", "pendant", "après", "avant", "environ", "hier",
        "aujourd'hui", "aujourd’hui", "moi", "toi", "lui", "eux", "mon", "ma", "mes", "ton", "ta", "tes", "son",
        "sa", "ses", "notre", "votre", "leur", "leurs", "l'", "l’", "n'", "n’", "s'", "s’", "qu'",
        "qu’", "patient", "patiente", "patients", "patientes", "enfant", "enfants",
    ])
    private static let maximumNameWords = 5

    /// Whether the capitalised word at `index` is a pronoun, function or sentence word rather than a name.
    static func isNonName(in text: RecognizerText, at index: Int) -> Bool {
        nonNames.match(in: text, at: index) != nil
    }

    /// The titled name whose title starts at `index`, or nil.
    static func match(in text: RecognizerText, at index: Int) -> TitledName? {
        guard let titleEnd = titleEnd(in: text, at: index) else { return nil }
        let nameStart = text.skippingSpaces(from: titleEnd)
        guard nameStart > titleEnd || text[titleEnd - 1] == RecognizerBytes.dot,
            let nameEnd = nameEnd(in: text, from: nameStart)
        else { return nil }
        return TitledName(title: index..<titleEnd, name: nameStart..<nameEnd)
    }

    /// Whether a title may start with `byte`: scanners call `match` only there.
    static func mayStartTitle(_ byte: UInt8) -> Bool {
        switch byte | 0x20 {
        case UInt8(ascii: "m"), UInt8(ascii: "d"), UInt8(ascii: "p"): true
        default: false
        }
    }

    private static func titleEnd(in text: RecognizerText, at index: Int) -> Int? {
        if RecognizerBytes.isUppercase(text[index]), let end = abbreviations.match(in: text, at: index) { return end }
        return words.match(in: text, at: index)
    }

    /// The end of the name starting at `start`: capitalised words and initials, possibly after particles
    /// (`de La Tour`, `Van der Berg`, `d'Artagnan`), separated by single spaces; nil when there is none.
    private static func nameEnd(in text: RecognizerText, from start: Int) -> Int? {
        var end: Int?
        var position = start
        for _ in 0..<maximumNameWords {
            guard nonNames.match(in: text, at: position) == nil else { break }
            if let particleEnd = particles.match(in: text, at: position) {
                position = particleEnd
                let last = text[particleEnd - 1]
                if last == RecognizerBytes.apostrophe || last == 0x99 { continue }  // elided: `d'Artagnan`
            } else if let wordEnd = capitalisedWordEnd(in: text, at: position) {
                end = wordEnd
                position = wordEnd
            } else {
                break
            }
            let next = text.skippingSpaces(from: position)
            guard next > position, text.spaceLength(at: position) == next - position else { break }
            position = next
        }
        return end
    }

    /// The end of a capitalised word at `index` (`Dupont`, `DUPONT`, `Jean-Pierre`, `O'Neil`, `Élise`), of an
    /// initial with its dot (`D.`), or nil.
    static func capitalisedWordEnd(in text: RecognizerText, at index: Int) -> Int? {
        guard !text.isWordCharacter(before: index), text.isUppercaseLetter(at: index) else { return nil }
        var end = text.endOfLetters(from: index)
        while true {
            let joiner = text.byte(at: end) == RecognizerBytes.hyphen ? 1 : text.apostropheLength(at: end)
            guard joiner > 0, text.isLetter(at: end + joiner) else { break }
            end = text.endOfLetters(from: end + joiner)
        }
        if text.isDigit(at: end) { return nil }
        let isInitial = text.letterLength(at: index) == end - index
        if isInitial, text.byte(at: end) == RecognizerBytes.dot { return end + 1 }
        return end
    }
}
