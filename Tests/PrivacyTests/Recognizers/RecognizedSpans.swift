@testable import Privacy

/// The text of each finding of `recognizer` in `text`, in text order: tests compare what was flagged,
/// not byte offsets.
func recognizedSpans(_ recognizer: some Recognizer, in text: String) -> [String] {
    let bytes = Array(text.utf8)
    return recognizer.findings(in: text)
        .sorted { $0.range.lowerBound < $1.range.lowerBound }
        .map { String(decoding: bytes[$0.range], as: UTF8.self) }
}
