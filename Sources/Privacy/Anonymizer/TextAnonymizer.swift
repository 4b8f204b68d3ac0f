/// Anonymizes one piece of Markdown text: runs every recognizer (members' names and handles, the identifier
/// recognizers, the charter's lexicons), widens findings inside a link to the whole link (a Markdown link
/// `[text](url)` or autolink `<url>` is replaced whole), merges overlaps and writes localised markers.
struct TextAnonymizer: Sendable {
    private let names: NameRecognizer
    private let handles: HandleRecognizer
    private let identifiers: [any Recognizer]
    private let medicines: MedicineRecognizer?
    private let advertising: AdvertisingRecognizer?
    private let insults: InsultDetector?
    private let language: PrivacyLanguage

    init(lexicon: MemberLexicon, options: AnonymizerOptions) {
        names = NameRecognizer(lexicon: lexicon)
        handles = HandleRecognizer(lexicon: lexicon)
        identifiers = options.recognizers
        let charter = options.charter
        medicines = charter.removesMedicines ? MedicineRecognizer(extraNames: charter.extraMedicines) : nil
        advertising = charter.removesAdvertising ? AdvertisingRecognizer() : nil
        insults = charter.excludesInsults ? InsultDetector(extraInsults: charter.extraInsults) : nil
        language = options.language
    }

    func anonymize(_ text: String) -> TextRedaction {
        var copy = text
        return copy.withUTF8 { anonymize(bytes: $0) }
    }

    private func anonymize(bytes: UnsafeBufferPointer<UInt8>) -> TextRedaction {
        let tokenized = TokenizedText(bytes)
        let links = LinkSpans.find(in: bytes)
        // Order matters between equally long findings: identifiers first, then medicines (a capitalised
        // brand could pass for a name), names, advertising.
        var findings: [Finding] = []
        for recognizer in identifiers { findings += recognizer.findings(in: bytes) }
        findings += handles.findings(in: bytes)
        medicines?.findings(in: tokenized, into: &findings)
        names.findings(in: tokenized, into: &findings)
        advertising?.findings(in: tokenized, links: links, into: &findings)
        let violations = insults?.violations(in: tokenized) ?? []
        guard !findings.isEmpty else {
            return TextRedaction(text: String(decoding: bytes, as: UTF8.self), removals: [], violations: violations)
        }
        findings += wholeLinks(links, covering: findings, in: bytes)
        return write(FindingMerger.merge(findings), in: bytes, violations: violations)
    }

    /// For each link holding a personal finding, a finding over the whole link (and its Markdown syntax).
    private func wholeLinks(_ links: [Range<Int>], covering findings: [Finding], in bytes: UnsafeBufferPointer<UInt8>)
        -> [Finding]
    {
        let personal = findings.filter { $0.category.identifiesPerson }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        guard !personal.isEmpty else { return [] }
        var widened: [Finding] = []
        var cursor = 0
        for link in links {
            while cursor < personal.count, personal[cursor].range.upperBound <= link.lowerBound { cursor += 1 }
            var probe = cursor
            var category: PrivacyCategory?
            while probe < personal.count, personal[probe].range.lowerBound < link.upperBound {
                if category == nil || personal[probe].category == .profileURL { category = personal[probe].category }
                probe += 1
            }
            if let category { widened.append(Finding(range: MarkdownLink.extent(of: link, in: bytes), category: category)) }
        }
        return widened
    }

    private func write(_ merged: [Finding], in bytes: UnsafeBufferPointer<UInt8>, violations: Set<CharterViolation>)
        -> TextRedaction
    {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var removals: [(category: PrivacyCategory, value: String)] = []
        var position = 0
        for finding in merged {
            output.append(contentsOf: bytes[position..<finding.range.lowerBound])
            output.append(contentsOf: finding.category.marker(in: language).utf8)
            removals.append((finding.category, String(decoding: bytes[finding.range], as: UTF8.self)))
            position = finding.range.upperBound
        }
        output.append(contentsOf: bytes[position...])
        return TextRedaction(text: String(decoding: output, as: UTF8.self), removals: removals, violations: violations)
    }
}
