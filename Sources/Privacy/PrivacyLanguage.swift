/// The language of the markers, pseudonyms and summaries the privacy stage writes. French is the default.
public enum PrivacyLanguage: String, CaseIterable, Codable, Hashable, Sendable {
    case french = "fr"
    case english = "en"
}
