/// A dotted name such as `article.author.name`, or the implicit iterator `.` (no components).
struct VariablePath: Sendable, Hashable {
    var components: [String]

    /// Parses the trimmed content of a tag; `.` is the implicit iterator.
    init(_ name: String) {
        components = name == "." ? [] : name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var isImplicitIterator: Bool { components.isEmpty }
}
