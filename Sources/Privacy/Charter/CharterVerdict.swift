/// The charter's decision on a thread: published (possibly with medicines and advertising removed), or
/// excluded from the issue for the listed reasons.
public enum CharterVerdict: Hashable, Sendable {
    case accepted
    case excluded([CharterViolation])

    /// Whether the thread must stay out of every output.
    public var isExcluded: Bool {
        if case .excluded = self { return true }
        return false
    }
}
