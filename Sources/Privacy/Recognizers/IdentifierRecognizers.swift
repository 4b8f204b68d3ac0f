/// The identifier recognizers in a stable order, for the anonymizer to run one after the other. The order
/// matters only for reports: the anonymizer merges overlapping findings whatever their order.
public enum IdentifierRecognizers {
    /// Every identifier recognizer; `memberProfilePrefixes` are the network's member profile URL prefixes
    /// (`https://cercle.example/u/`).
    public static func all(memberProfilePrefixes: [String] = []) -> [any Recognizer] {
        [
            EmailRecognizer(),
            ProfileURLRecognizer(memberProfilePrefixes: memberProfilePrefixes),
            IBANRecognizer(),
            SocialSecurityNumberRecognizer(),
            ProfessionalIDRecognizer(),
            PhoneRecognizer(),
            DateOfBirthRecognizer(),
            PostalAddressRecognizer(),
            PatientRecognizer(),
            TitledNameRecognizer(),
        ]
    }

    /// The findings of every recognizer of `all(memberProfilePrefixes:)` in `text`, in text order (ties by
    /// longer span first).
    public static func findings(
        in text: UnsafeBufferPointer<UInt8>, memberProfilePrefixes: [String] = []
    ) -> [Finding] {
        all(memberProfilePrefixes: memberProfilePrefixes)
            .flatMap { $0.findings(in: text) }
            .sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }
}
