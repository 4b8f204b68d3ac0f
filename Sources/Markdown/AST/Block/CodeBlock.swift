/// An indented or fenced code block.
public struct CodeBlock: Sendable, Equatable {
    /// The info string of a fenced block (after the opening fence), empty otherwise.
    public var info: String
    /// The code, verbatim, each line ending with a newline.
    public var code: String
    /// Whether the block was fenced (```` ``` ```` or `~~~`).
    public var isFenced: Bool
    /// Where the block was parsed from.
    public var range: SourceRange

    /// The first word of the info string (the language), if any.
    public var language: String? {
        let word = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init)
        return word?.isEmpty == false ? word : nil
    }

    /// Creates a code block.
    public init(info: String, code: String, isFenced: Bool, range: SourceRange) {
        self.info = info
        self.code = code
        self.isFenced = isFenced
        self.range = range
    }
}
