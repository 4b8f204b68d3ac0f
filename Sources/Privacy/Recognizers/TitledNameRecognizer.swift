/// Finds third parties named after a title: `M. Martin`, `Mme Dupont`, `Mlle Léa Durand`, `Dr. House`,
/// `Pr Jean-Pierre de La Tour`, `Me Durand`, `docteur Martin`, `Mme D.`, `Monsieur DUPONT`.
///
/// Only the name is flagged and the title kept (`Mme [nom]` reads better than `[nom]` and tells the reader
/// who is meant). A title followed by a function (`Madame la Ministre`, `Monsieur le Maire`), a lowercase
/// word (`docteur en pharmacie`) or a sentence start (`Merci Madame. Bonne…`) is not a name.
public struct TitledNameRecognizer: Recognizer {
    /// A recognizer; it holds no state and can be shared across threads.
    public init() {}

    /// The spans of `bytes` (UTF-8) this recognizer flags, in text order.
    public func findings(in bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let text = RecognizerText(bytes)
        var findings: [Finding] = []
        var position = 0
        while position < text.count {
            if TitledName.mayStartTitle(text[position]), let titled = TitledName.match(in: text, at: position) {
                findings.append(Finding(range: titled.name, category: .name))
                position = titled.name.upperBound
            } else {
                position = text.nextCandidate(after: position)
            }
        }
        return findings
    }
}
