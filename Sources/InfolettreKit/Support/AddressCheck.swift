/// A light check of email addresses written in the config: it catches typos (missing `@`, spaces, no
/// domain), not every RFC 5322 form.
enum AddressCheck {
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last,
              !local.isEmpty, domain.contains("."), !domain.hasPrefix("."), !domain.hasSuffix(".")
        else { return false }
        return !text.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," }
    }

    /// The part after `@`, used to make Message-IDs on the sender's domain.
    static func domain(of address: String) -> String {
        address.split(separator: "@").last.map(String.init) ?? address
    }
}
