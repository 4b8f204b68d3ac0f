/// How a partial or parent tag names its template, where it sits, and how to indent it.
struct PartialReference: Sendable, Hashable {
    enum Name: Sendable, Hashable {
        /// `{{>header}}`
        case fixed(String)
        /// `{{>*kind}}`: the template name is the value of `kind` in the context.
        case dynamic(VariablePath)
    }

    var name: Name
    /// The whitespace before a standalone tag, prepended to every line of the included template;
    /// `nil` when the tag is inline.
    var indentation: String?
    /// Byte offset of the tag in its template, for diagnostics.
    var offset: Int

    /// Parses the trimmed content of the tag after its sigil: `*name` is a dynamic name.
    init(tagContent: String, indentation: String?, offset: Int) {
        if tagContent.hasPrefix("*") {
            let path = tagContent.dropFirst().trimmingMustacheWhitespace()
            name = .dynamic(VariablePath(path))
        } else {
            name = .fixed(tagContent)
        }
        self.indentation = indentation
        self.offset = offset
    }
}
