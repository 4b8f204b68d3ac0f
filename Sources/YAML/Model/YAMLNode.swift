import Diagnostics

/// One node of a parsed YAML document: its value and where it starts in the source.
public struct YAMLNode: Sendable, Hashable {
    /// The resolved value (core schema for plain scalars; quoted and block scalars are strings).
    public var value: YAMLValue
    /// Where the node starts: the first character of a scalar (its quote or `|`/`>` indicator),
    /// the first key of a block mapping, the first `-` of a block sequence, the bracket of a flow
    /// collection, or the position just after `:`/`-` for an empty value.
    public var location: SourceLocation
    /// The scalar's text as written, after line folding and escapes, before resolution
    /// (`"0612345678"` for a plain scalar that resolved to an integer); `nil` for collections.
    public var scalarText: String?

    /// A node of `value` starting at `location`.
    public init(_ value: YAMLValue, at location: SourceLocation, scalarText: String? = nil) {
        self.value = value
        self.location = location
        self.scalarText = scalarText
    }
}
