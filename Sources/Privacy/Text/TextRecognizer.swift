/// A recognizer that works on text already split into words, so several lexicons share one tokenization.
protocol TextRecognizer: Sendable {
    /// Appends the findings in `text` to `findings`.
    func findings(in text: TokenizedText, into findings: inout [Finding])
}
