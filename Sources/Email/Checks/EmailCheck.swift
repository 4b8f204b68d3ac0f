/// The outcome of one check of an email, for `manifest.json` and the console.
public struct EmailCheck: Sendable, Hashable, Codable {
    /// Whether the check passed; the raw values are what `manifest.json` stores.
    public enum Status: String, Sendable, Hashable, Codable {
        case passed
        /// Worth fixing, does not block sending.
        case warning
        case failed
    }

    /// A stable identifier, e.g. `image-alt`.
    public var name: String
    public var status: Status
    /// What was found, in English, ready to print.
    public var message: String

    public init(name: String, status: Status, message: String) {
        self.name = name
        self.status = status
        self.message = message
    }
}
