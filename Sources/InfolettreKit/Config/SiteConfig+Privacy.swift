import Diagnostics
import Foundation
import Privacy

extension SiteConfig {
    var privacyLanguage: PrivacyLanguage { language == .en ? .english : .french }

    /// The anonymizer's settings from `privacy:` and `charter:`, shared by `build` and `anonymize`; reads the
    /// ANSM medicines database when `charter.bdpm` names one (relative to the project).
    func anonymizerOptions(root: ProjectLayout) throws(DiagnosticsError) -> AnonymizerOptions {
        var medicines = charter.extraMedicines
        if let path = charter.bdpmPath {
            do {
                medicines += try BDPMReader.medicineNames(contentsOf: root.url(forProjectPath: path))
            } catch {
                throw DiagnosticsError([error.diagnostic(file: path)])
            }
        }
        return AnonymizerOptions(
            language: privacyLanguage, k: privacy.k,
            charter: Privacy.CharterOptions(
                removesMedicines: charter.maskMedicines,
                extraMedicines: medicines,
                excludesInsults: charter.excludeInsults,
                removesAdvertising: charter.removeAdvertising),
            recognizers: IdentifierRecognizers.all(memberProfilePrefixes: privacy.profileURLPrefixes))
    }
}
