import Foundation
import Privacy

extension SiteConfig {
    var privacyLanguage: PrivacyLanguage { language == .en ? .english : .french }

    /// The anonymizer's settings from `privacy:` and `charter:`, shared by `build` and `anonymize`.
    func anonymizerOptions(root: ProjectLayout?) -> AnonymizerOptions {
        AnonymizerOptions(
            language: privacyLanguage, k: privacy.k,
            charter: Privacy.CharterOptions(
                removesMedicines: charter.maskMedicines,
                extraMedicines: charter.extraMedicines,
                excludesInsults: charter.excludeInsults,
                removesAdvertising: charter.removeAdvertising),
            recognizers: IdentifierRecognizers.all(memberProfilePrefixes: privacy.profileURLPrefixes))
    }
}
