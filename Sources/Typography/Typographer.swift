/// Applies a language's typographic conventions to prose: curly or French quotes, apostrophes,
/// ellipses, dashes, and the no-break spaces French punctuation, numbers and units need.
///
/// Applying it twice gives the same text as applying it once. Opaque runs (code, URLs, raw HTML) are
/// never changed but serve as context for the text around them.
///
/// ```swift
/// let french = Typographer(language: .fr)
/// french.apply(to: "La dose est de 500 mg : attention !")
/// // "La dose est de 500\u{A0}mg\u{202F}: attention\u{202F}!"
/// ```
///
/// French rules:
/// - a narrow no-break space (U+202F) before `;`, `:`, `!` and `?` that follow a word, replacing the
///   spaces there; `:` and `;` only when followed by a space, a quotation mark or the end (so `14:30`,
///   `1:2`, `http://`, `:)` stay), `!` and `?` only when followed by a space, the end, punctuation or a
///   quotation mark; none between `?!`;
/// - `"…"` becomes `« … »` with narrow no-break spaces inside (nested quotes become `“…”`), and existing
///   guillemets get those spaces;
/// - thousands separated by a space (`10 000`) are joined by a narrow no-break space;
/// - `%` takes a narrow no-break space after a number (`5 %`), as the Imprimerie nationale advises.
///
/// Rules of both languages:
/// - `'` after a word becomes the apostrophe `’`, after a space an opening `‘` (`’90s` excepted);
///   after a digit it is a prime and stays (`5'`);
/// - `"…"` becomes `“…”` in English;
/// - `...` becomes `…`, `---` an em dash `—`, `--` and ` - ` between words an en dash `–`;
/// - the space between a number and a unit (`10 mg`, `37,5 °C`, `20 €`, see ``Typographer/units``)
///   becomes a no-break space (U+00A0). Units written against the number (`10mg`) are left alone.
public struct Typographer: Sendable, Hashable {
    /// Whose conventions apply.
    public let language: TypographyLanguage

    /// A typographer for `language`.
    public init(language: TypographyLanguage) {
        self.language = language
    }

    /// The text with the rules applied; `text` itself when they change nothing.
    public func apply(to text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { input in
            withUnsafeTemporaryAllocation(of: RunBounds.self, capacity: 1) { runs in
                runs.baseAddress!.initialize(to: RunBounds(inputEnd: input.count, isOpaque: false))
                var typesetter = Typesetter(input: input, runs: runs, language: language)
                typesetter.typesetAll()
                return typesetter.text(ofRun: 0, original: text)
            }
        }
    }

    /// One output per run, in order. Text runs get the rules; opaque runs come back unchanged. Quote
    /// pairing and punctuation spacing see across runs, so `"` closing after an opaque run closes. A run
    /// the rules leave as it was comes back as the very string given.
    public func apply(to runs: [TextRun]) -> [String] {
        if runs.count == 1, case .text(let text) = runs[0] { return [apply(to: text)] }
        let byteCount = runs.reduce(0) { $0 + $1.string.utf8.count }
        // Runs are read as one stream: their UTF-8 is copied end to end, on the stack when small.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: byteCount) { input in
            withUnsafeTemporaryAllocation(of: RunBounds.self, capacity: runs.count) { bounds in
                var end = 0
                for (index, run) in runs.enumerated() {
                    let utf8 = run.string.utf8
                    _ = UnsafeMutableBufferPointer(rebasing: input[end...]).initialize(from: utf8)
                    end += utf8.count
                    (bounds.baseAddress! + index).initialize(to: RunBounds(inputEnd: end, isOpaque: run.isOpaque))
                }
                var typesetter = Typesetter(input: UnsafeBufferPointer(input), runs: bounds, language: language)
                typesetter.typesetAll()
                return runs.indices.map { typesetter.text(ofRun: $0, original: runs[$0].string) }
            }
        }
    }
}
