/// The current tag delimiters, `{{` and `}}` until a set-delimiters tag changes them.
struct Delimiters: Sendable, Hashable {
    var opening: [UInt8]
    var closing: [UInt8]

    static let standard = Delimiters(opening: Array("{{".utf8), closing: Array("}}".utf8))

    /// Parses the content of `{{=<% %>=}}` (here `<% %>`): two non-empty delimiters separated by
    /// whitespace, containing neither whitespace nor `=`. Returns `nil` when the content is not that.
    init?(setDelimitersContent content: String) {
        let parts = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard parts.count == 2, parts.allSatisfy({ !$0.contains("=") }) else { return nil }
        opening = Array(parts[0].utf8)
        closing = Array(parts[1].utf8)
    }

    init(opening: [UInt8], closing: [UInt8]) {
        self.opening = opening
        self.closing = closing
    }
}
