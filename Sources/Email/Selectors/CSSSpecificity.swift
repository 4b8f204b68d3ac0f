/// The specificity (a, b, c) of a selector: ids; classes, attributes and pseudo-classes; types and
/// pseudo-elements. Compared lexicographically.
public struct CSSSpecificity: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var ids: Int
    public var classes: Int
    public var types: Int

    public init(ids: Int, classes: Int, types: Int) {
        self.ids = ids
        self.classes = classes
        self.types = types
    }

    /// The specificity of `*`.
    public static let zero = CSSSpecificity(ids: 0, classes: 0, types: 0)

    public static func + (lhs: CSSSpecificity, rhs: CSSSpecificity) -> CSSSpecificity {
        CSSSpecificity(ids: lhs.ids + rhs.ids, classes: lhs.classes + rhs.classes, types: lhs.types + rhs.types)
    }

    public static func < (lhs: CSSSpecificity, rhs: CSSSpecificity) -> Bool {
        (lhs.ids, lhs.classes, lhs.types) < (rhs.ids, rhs.classes, rhs.types)
    }

    public var description: String { "(\(ids),\(classes),\(types))" }
}
