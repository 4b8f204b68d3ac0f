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

    /// The text with the rules applied.
    public func apply(to text: String) -> String {
        apply(to: [.text(text)])[0]
    }

    /// One output per run, in order. Text runs get the rules; opaque runs come back unchanged. Quote
    /// pairing and punctuation spacing see across runs, so `"` closing after an opaque run closes.
    public func apply(to runs: [TextRun]) -> [String] {
        var typesetter = Typesetter(runs: runs, language: language)
        typesetter.typesetAll()
        return typesetter.output.strings(runCount: runs.count)
    }
}
