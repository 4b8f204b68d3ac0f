/// Finds advertising: promo codes (`code PROMO20`), discounts (`-20 %`), prices (`49,90 €`), shop links and
/// sales pitches (`achetez`, `en vente sur`). Signals are grouped by sentence: a sentence with at least one
/// strong signal has everything from its first to its last signal replaced by one `[publicité]`. Prices
/// without cents and ordinary links are weak: removed only next to a strong signal, so `une prime de 100 €`
/// or a link to the HAS stay.
struct AdvertisingRecognizer: TextRecognizer {
    private static let pitches: PhraseTrie<Bool> = WordList.trie(
        """
        achetez
        achetez-le
        achetez-la
        commandez
        commandez-le
        en vente sur
        en vente chez
        en vente libre sur
        profitez de
        profitez-en
        livraison gratuite
        livraison offerte
        frais de port offerts
        offre spéciale
        offre exclusive
        offre limitée
        prix cassé
        prix cassés
        prix imbattable
        prix imbattables
        code promo
        code de réduction
        code réduction
        code parrain
        code parrainage
        lien d'affiliation
        lien affilié
        en promo
        en promotion
        déstockage
        satisfait ou remboursé
        ma boutique
        mon e-shop
        je vends
        à vendre
        """, value: true)

    /// Words inside a host name that make a link commercial.
    private static let commercialHostWords: [[UInt8]] = [
        "shop", "boutique", "store", "promo", "vente", "achat", "deal", "discount", "solde", "pharma", "amazon",
        "cdiscount", "aliexpress", "ebay", "fnac", "darty", "temu", "shein", "wish", "vinted", "leboncoin",
        "rakuten", "affili", "bit.ly", "coupon",
    ].map { Array($0.utf8) }

    /// Query fragments that mark tracking or affiliate links.
    private static let affiliateMarkers: [[UInt8]] = ["ref=", "aff=", "affiliate", "utm_", "coupon", "promo"]
        .map { Array($0.utf8) }

    struct Signal {
        var range: Range<Int>
        var isStrong: Bool
    }

    func findings(in text: TokenizedText, into findings: inout [Finding]) {
        self.findings(in: text, links: LinkSpans.find(in: text.bytes), into: &findings)
    }

    /// The findings, given the text's links (`LinkSpans.find`) when the caller has them already.
    func findings(in text: TokenizedText, links: [Range<Int>], into findings: inout [Finding]) {
        var signals: [Signal] = []
        pitchSignals(in: text, into: &signals)
        promoCodeSignals(in: text, into: &signals)
        ByteSignals(bytes: text.bytes).scan(into: &signals)
        for link in links {
            signals.append(Signal(range: link, isStrong: Self.isCommercial(UnsafeBufferPointer(rebasing: text.bytes[link]))))
        }
        guard signals.contains(where: \.isStrong) else { return }
        signals.sort { $0.range.lowerBound < $1.range.lowerBound }
        groupBySentence(signals, in: text.bytes, into: &findings)
    }

    private func groupBySentence(_ signals: [Signal], in bytes: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
        var index = 0
        while index < signals.count {
            let sentenceEnd = Self.sentenceEnd(after: signals[index].range.lowerBound, in: bytes)
            var group = index
            var isStrong = false
            var end = signals[index].range.upperBound
            while group < signals.count, signals[group].range.lowerBound < sentenceEnd {
                isStrong = isStrong || signals[group].isStrong
                end = max(end, signals[group].range.upperBound)
                group += 1
            }
            if isStrong { findings.append(Finding(range: signals[index].range.lowerBound..<end, category: .advertising)) }
            index = group
        }
    }

    /// The end of the sentence holding `position`: a line break, or `.`, `!`, `?` before a space or the end.
    private static func sentenceEnd(after position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = position
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"): return index
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"):
                if index + 1 == bytes.count || ASCII.isSpace(bytes[index + 1]) { return index }
            default: break
            }
            index += 1
        }
        return bytes.count
    }

    private func pitchSignals(in text: TokenizedText, into signals: inout [Signal]) {
        let tokens = text.tokens
        var index = 0
        while index < tokens.count {
            if let match = Self.pitches.longestMatch(in: text, from: index) {
                signals.append(Signal(range: tokens[index].range.lowerBound..<tokens[match.last].range.upperBound, isStrong: true))
                index = match.last + 1
            } else {
                index += 1
            }
        }
    }

    /// `code PROMO20`, `code promo : SOIGNANT`, or a bare `PROMO20`/`SOLDES30`.
    private func promoCodeSignals(in text: TokenizedText, into signals: inout [Signal]) {
        let tokens = text.tokens
        for index in tokens.indices {
            let token = tokens[index]
            let hasDigit = token.folded.utf8.contains(where: ASCII.isDigit)
            let hasLetter = token.folded.utf8.contains(where: ASCII.isLetter)
            if hasDigit, hasLetter, token.isCapitalized,
                ["promo", "code", "solde", "reduc", "remise", "bienvenue"].contains(where: token.folded.hasPrefix)
            {
                signals.append(Signal(range: token.range, isStrong: true))
                continue
            }
            guard token.folded == "code", index + 1 < tokens.count else { continue }
            var next = index + 1
            if ["promo", "promotionnel", "reduction", "reduc", "parrain", "parrainage"].contains(tokens[next].folded),
                next + 1 < tokens.count
            {
                next += 1
            }
            let code = tokens[next]
            let codeHasDigit = code.folded.utf8.contains(where: ASCII.isDigit)
            let isCode = codeHasDigit && code.folded.utf8.contains(where: ASCII.isLetter)
                || (next > index + 1 && code.isUppercase)
            if isCode, code.range.lowerBound - tokens[next - 1].range.upperBound <= 4 {
                signals.append(Signal(range: token.range.lowerBound..<code.range.upperBound, isStrong: true))
            }
        }
    }

    private static func isCommercial(_ link: UnsafeBufferPointer<UInt8>) -> Bool {
        let lowered = link.map(ASCII.lowercase)
        let hostEnd = hostEnd(in: lowered)
        let host = lowered[..<hostEnd]
        if commercialHostWords.contains(where: { host.containsSequence($0) }) { return true }
        return affiliateMarkers.contains { lowered[hostEnd...].containsSequence($0) }
    }

    private static func hostEnd(in link: [UInt8]) -> Int {
        var start = 0
        if let scheme = link.firstRange(of: Array("://".utf8)) { start = scheme.upperBound }
        return link[start...].firstIndex(of: UInt8(ascii: "/")) ?? link.count
    }
}

extension Collection where Element == UInt8 {
    /// Whether `pattern` occurs in the bytes (short patterns, short haystacks).
    fileprivate func containsSequence(_ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, count >= pattern.count else { return false }
        var start = startIndex
        while distance(from: start, to: endIndex) >= pattern.count {
            if self[start...].starts(with: pattern) { return true }
            start = index(after: start)
        }
        return false
    }
}
