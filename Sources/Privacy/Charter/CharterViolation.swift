/// Why the charter excludes a whole thread from the issue.
public enum CharterViolation: String, Codable, Hashable, Sendable, Comparable {
    /// An insult or slur.
    case insult
    /// An accusation against someone (`escroc`, `voleur`, `incompétente notoire`).
    case defamation

    public static func < (lhs: CharterViolation, rhs: CharterViolation) -> Bool { lhs.rawValue < rhs.rawValue }
}
