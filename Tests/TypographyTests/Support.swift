import Foundation
import Typography

/// Narrow no-break space U+202F, written `⍽` in expectations for readability.
let narrow = "\u{202F}"
/// No-break space U+00A0, written `~` in expectations.
let noBreak = "\u{00A0}"

/// Expected text written with `⍽` for U+202F and `~` for U+00A0.
func spaced(_ text: String) -> String {
    text.replacingOccurrences(of: "⍽", with: narrow).replacingOccurrences(of: "~", with: noBreak)
}

let french = Typographer(language: .fr)
let english = Typographer(language: .en)

/// The text with U+202F shown as `⍽` and U+00A0 as `~`, so that failures show which space is which.
func visible(_ text: String) -> String {
    text.replacingOccurrences(of: narrow, with: "⍽").replacingOccurrences(of: noBreak, with: "~")
}
