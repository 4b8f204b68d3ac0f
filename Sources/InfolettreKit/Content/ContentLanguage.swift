/// The languages the product speaks. French is the default everywhere.
public enum ContentLanguage: String, Sendable, Hashable, CaseIterable, Codable {
    case fr
    case en

    /// The BCP 47 tag written in `lang` attributes.
    public var tag: String { rawValue }

    /// The Foundation locale used to format dates.
    public var localeIdentifier: String {
        switch self {
        case .fr: "fr_FR"
        case .en: "en_GB"
        }
    }
}
