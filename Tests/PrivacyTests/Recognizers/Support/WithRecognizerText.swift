@testable import Privacy

/// Runs `body` on a `RecognizerText` over the UTF-8 bytes of `string`.
func withRecognizerText<Result>(_ string: String, _ body: (RecognizerText) -> Result) -> Result {
    var copy = string
    return copy.withUTF8 { body(RecognizerText($0)) }
}
