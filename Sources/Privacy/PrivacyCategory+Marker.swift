extension PrivacyCategory {
    /// The text that replaces a removed value of this category, e.g. `[nom]` in French, `[name]` in English.
    public func marker(in language: PrivacyLanguage) -> String {
        "[\(label(in: language))]"
    }

    /// The category's name as readers see it, without brackets: used in markers and in the report's summary.
    public func label(in language: PrivacyLanguage) -> String {
        switch language {
        case .french: frenchLabel
        case .english: englishLabel
        }
    }

    private var frenchLabel: String {
        switch self {
        case .name: "nom"
        case .username: "pseudo"
        case .email: "e-mail"
        case .phone: "téléphone"
        case .socialSecurityNumber: "n° de sécurité sociale"
        case .professionalID: "n° RPPS/ADELI"
        case .iban: "IBAN"
        case .dateOfBirth: "date de naissance"
        case .postalAddress: "adresse"
        case .profileURL: "lien de profil"
        case .patient: "patient"
        case .medicine: "médicament"
        case .advertising: "publicité"
        }
    }

    private var englishLabel: String {
        switch self {
        case .name: "name"
        case .username: "username"
        case .email: "email"
        case .phone: "phone"
        case .socialSecurityNumber: "social security number"
        case .professionalID: "professional ID"
        case .iban: "IBAN"
        case .dateOfBirth: "date of birth"
        case .postalAddress: "address"
        case .profileURL: "profile link"
        case .patient: "patient"
        case .medicine: "medicine"
        case .advertising: "advertising"
        }
    }

    /// Whether values of this category identify a person, so that they feed the leak check. Medicine names
    /// and advertising are charter matters, not identities.
    public var identifiesPerson: Bool {
        switch self {
        case .medicine, .advertising: false
        default: true
        }
    }
}
