import Discussions

/// Describes an author without identifying them (k-anonymity): `profession, région` when at least `k`
/// members of the export share both, else the profession when at least `k` share it, else `un membre`.
/// Professions and regions are compared case- and accent-insensitively.
public struct Attribution: Sendable {
    public let k: Int
    public let language: PrivacyLanguage
    private var labels: [String: String] = [:]

    public init(members: [Member], k: Int = 5, language: PrivacyLanguage = .french) {
        self.k = k
        self.language = language
        var professionCounts: [String: Int] = [:]
        var pairCounts: [String: Int] = [:]
        for member in members {
            professionCounts[Self.key(member.profession), default: 0] += 1
            pairCounts[Self.key(member.profession, member.region), default: 0] += 1
        }
        for member in members {
            labels[member.id] = label(
                for: member, professionCount: professionCounts[Self.key(member.profession)] ?? 0,
                pairCount: pairCounts[Self.key(member.profession, member.region)] ?? 0)
        }
    }

    /// The description of the member `memberID`; `un membre` / `a member` for an unknown id.
    public func label(forMemberID memberID: String) -> String {
        labels[memberID] ?? anonymousLabel
    }

    private var anonymousLabel: String { language == .french ? "un membre" : "a member" }

    private func label(for member: Member, professionCount: Int, pairCount: Int) -> String {
        let profession = member.profession.trimmed
        let region = member.region.trimmed
        if pairCount >= k, !profession.isEmpty, !region.isEmpty { return "\(profession), \(region)" }
        if professionCount >= k, !profession.isEmpty { return profession }
        return anonymousLabel
    }

    static func key(_ parts: String...) -> String {
        parts.map { TokenizedText.foldedWords(of: $0).joined(separator: " ") }.joined(separator: "|")
    }
}

extension String {
    var trimmed: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
