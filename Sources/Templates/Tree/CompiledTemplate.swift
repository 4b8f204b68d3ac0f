import Diagnostics

/// A template parsed once into its node tree, with what diagnostics need to locate tags.
struct CompiledTemplate: Sendable {
    var path: String
    var nodes: [Node]
    /// The UTF-8 source, kept to turn byte offsets into lines and columns when an error is reported.
    var source: [UInt8]

    func location(ofByte offset: Int) -> SourceLocation {
        SourceText(bytes: source).location(ofByte: offset)
    }
}
