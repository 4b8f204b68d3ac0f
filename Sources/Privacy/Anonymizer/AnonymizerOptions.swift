/// How the anonymizer works: language of markers and pseudonyms, the k of k-anonymous attribution, the
/// charter, and the identifier recognizers.
public struct AnonymizerOptions: Sendable {
    public var language: PrivacyLanguage
    /// A profession (and region) is shown next to a pseudonym only when at least `k` members share it.
    public var k: Int
    public var charter: CharterOptions
    /// The recognizers of emails, phones, NIR, RPPS/ADELI, IBAN, dates of birth, addresses, profile links,
    /// titled names and patients.
    public var recognizers: [any Recognizer]

    public init(
        language: PrivacyLanguage = .french, k: Int = 5, charter: CharterOptions = CharterOptions(),
        recognizers: [any Recognizer] = AnonymizerOptions.standardRecognizers
    ) {
        self.language = language
        self.k = k
        self.charter = charter
        self.recognizers = recognizers
    }

    /// The identifier recognizers of this module (see `IdentifierRecognizers`).
    public static var standardRecognizers: [any Recognizer] { IdentifierRecognizers.all() }
}
