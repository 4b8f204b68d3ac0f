import Discussions

/// What the export's members are called, folded for matching: full names in both orders and with the first
/// name's initial, last names, first names, usernames and emails. Built once per export, in memory only.
struct MemberLexicon: Sendable {
    /// Full names; the value tells whether every word is also an ordinary word, in which case one of them
    /// must be capitalised in the text (`Pierre Blanc` but not `pierre blanc`).
    private(set) var fullNames = PhraseTrie<Bool>()
    /// Last names; the value tells whether the name is also an ordinary word (`Petit`, `Fontaine`).
    private(set) var lastNames = PhraseTrie<Bool>()
    private(set) var firstNames = WordSet()
    /// Lowercased usernames, without a leading `@`.
    private(set) var usernames: Set<String> = []
    /// Lowercased emails.
    private(set) var emails: Set<String> = []

    /// Words that start a last name without being one (`de Villiers`, `Le Goff` keeps `le` in the phrase).
    private static let particles: Set<String> = ["de", "d", "du", "des", "van", "von", "der", "di", "da", "del"]

    init(members: some Sequence<Member>) {
        for member in members { add(member) }
    }

    mutating func add(_ member: Member) {
        addName(member.name)
        let username = member.username.lowercased().drop { $0 == "@" }
        if !username.isEmpty { usernames.insert(String(username)) }
        let email = member.email.lowercased()
        if email.contains("@") { emails.insert(email) }
    }

    private mutating func addName(_ name: String) {
        let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let words = parts.map { TokenizedText.foldedWords(of: String($0)) }
        guard let first = words.first, !first.isEmpty else { return }
        let last = words.dropFirst().flatMap { $0 }
        for word in first { firstNames.insert(word) }
        guard !last.isEmpty else { return }
        let ordinary = (first + last).allSatisfy(Self.isOrdinary)
        fullNames.insert(first + last, value: ordinary)
        fullNames.insert(last + first, value: ordinary)
        if let initial = first[0].first {
            fullNames.insert([String(initial)] + last, value: last.allSatisfy(Self.isOrdinary))
        }
        addLastName(last)
        if Self.particles.contains(last[0]), last.count > 1 { addLastName(Array(last.dropFirst())) }
        // Each distinctive part of a compound last name is used alone too (`Dubois` of `Dubois-Martin`,
        // `Goff` of `Le Goff`).
        let pieces = parts.dropFirst().flatMap { $0.split(separator: "-") }.map { TokenizedText.foldedWords(of: String($0)) }
        if pieces.count > 1 {
            for piece in pieces where piece.joined().count >= 3 && !piece.allSatisfy(Self.isParticleOrOrdinary) {
                addLastName(piece)
            }
        }
    }

    private static func isParticleOrOrdinary(_ word: String) -> Bool { particles.contains(word) || isOrdinary(word) }

    private mutating func addLastName(_ words: [String]) {
        lastNames.insert(words, value: words.allSatisfy(Self.isOrdinary))
    }

    /// A word that could be meant as an ordinary word rather than as this name.
    private static func isOrdinary(_ word: String) -> Bool {
        FrenchCommonWords.all.contains(word) || FrenchFirstNames.ambiguous.contains(word)
    }
}
