/// What kind of personal or charter-protected data a piece of text is. Each category has a localised marker
/// that replaces the removed value (`[nom]`, `[téléphone]`…), and counts in the privacy report.
public enum PrivacyCategory: String, CaseIterable, Codable, Hashable, Sendable, Comparable {
    /// A member's or third party's name (full name, last name, first name in a greeting or signature).
    case name
    /// A member's username or `@mention`.
    case username
    case email
    case phone
    /// French social security number (NIR).
    case socialSecurityNumber = "social_security_number"
    /// RPPS (11 digits) or ADELI (9 digits) health professional identifiers.
    case professionalID = "professional_id"
    case iban
    case dateOfBirth = "date_of_birth"
    case postalAddress = "postal_address"
    case profileURL = "profile_url"
    /// A patient described by name, age, room…
    case patient
    /// A medicine name (charter: no medicine names in public exchanges).
    case medicine
    /// Advertising: promo codes, prices, commercial links (charter).
    case advertising

    public static func < (lhs: PrivacyCategory, rhs: PrivacyCategory) -> Bool { lhs.rawValue < rhs.rawValue }
}
