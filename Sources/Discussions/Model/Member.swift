/// A member of the network, as the export lists them. Everything here is personal data:
/// it feeds the anonymizer's lexicon and the leak check, and never reaches an output as is.
public struct Member: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var username: String
    public var email: String
    public var profession: String
    public var region: String
    public var city: String
    /// The member's RPPS number (11 digits), when the network stores it.
    public var rpps: String?

    public init(
        id: String, name: String, username: String, email: String,
        profession: String, region: String, city: String, rpps: String? = nil
    ) {
        self.id = id
        self.name = name
        self.username = username
        self.email = email
        self.profession = profession
        self.region = region
        self.city = city
        self.rpps = rpps
    }
}
