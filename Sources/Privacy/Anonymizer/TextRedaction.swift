/// The outcome of anonymizing one piece of text: the text with markers, what was removed (categories and
/// values; values stay in memory for the leak check and never reach a report), and the charter violations.
struct TextRedaction {
    var text: String
    /// The removed spans' categories and original values, in text order.
    var removals: [(category: PrivacyCategory, value: String)]
    var violations: Set<CharterViolation>
}
