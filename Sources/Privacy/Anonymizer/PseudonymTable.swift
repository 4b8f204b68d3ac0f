/// Neutral pseudonyms for authors — `Membre A`, `Membre B`, … `Membre Z`, `Membre AA` — never realistic
/// names, assigned in order of first appearance so that the same member keeps the same pseudonym across
/// the threads of an issue, and the same input always gives the same pseudonyms.
public struct PseudonymTable: Hashable, Sendable {
    public let language: PrivacyLanguage
    private var indices: [String: Int] = [:]

    public init(language: PrivacyLanguage = .french) {
        self.language = language
    }

    /// The pseudonym of `memberID`, assigning the next one on first appearance.
    public mutating func pseudonym(for memberID: String) -> String {
        let index: Int
        if let known = indices[memberID] {
            index = known
        } else {
            index = indices.count
            indices[memberID] = index
        }
        return Self.pseudonym(at: index, language: language)
    }

    /// The number of members named so far.
    public var count: Int { indices.count }

    /// The pseudonym at a 0-based position: letters in bijective base 26 (A…Z, AA…AZ, BA…).
    static func pseudonym(at index: Int, language: PrivacyLanguage) -> String {
        var letters: [Character] = []
        var remaining = index + 1
        while remaining > 0 {
            remaining -= 1
            letters.append(Character(Unicode.Scalar(UInt8(65 + remaining % 26))))
            remaining /= 26
        }
        let prefix = language == .french ? "Membre" : "Member"
        return "\(prefix) \(String(letters.reversed()))"
    }
}
