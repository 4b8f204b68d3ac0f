/// Why an `EmailMessage` cannot be serialised.
public enum EmailMessageError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An address is not a plain ASCII `local@domain` (field: the header it was meant for).
    case invalidAddress(String, field: String)
    /// The message has no `To` recipient (use the mailing service's placeholder).
    case missingRecipient
    /// An extra header name is empty or contains characters outside printable ASCII or a colon.
    case invalidHeaderName(String)
    /// An extra header would replace one the message writes itself.
    case reservedHeaderName(String)
    /// The one-click unsubscribe URL must be `https` (RFC 8058).
    case insecureUnsubscribeURL(String)
    /// `List-Unsubscribe` needs at least one of the URL and the mailto address.
    case emptyListUnsubscribe
    /// A header has a word (an address, a URL) too long for the 998-octet line limit of RFC 5322.
    case headerLineTooLong(String)

    public var description: String {
        switch self {
        case .invalidAddress(let address, let field): "\(field): '\(address)' is not a valid email address"
        case .missingRecipient: "To: the message has no recipient"
        case .invalidHeaderName(let name): "'\(name)' is not a valid header name"
        case .reservedHeaderName(let name): "\(name): this header is written by the message itself"
        case .insecureUnsubscribeURL(let url): "List-Unsubscribe: '\(url)' must be an https URL"
        case .emptyListUnsubscribe: "List-Unsubscribe: give an https URL, a mailto address, or both"
        case .headerLineTooLong(let name): "\(name): a line of this header would exceed 998 characters"
        }
    }
}
