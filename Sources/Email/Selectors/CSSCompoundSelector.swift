/// A sequence of simple selectors with no combinator, such as `td.cell[align]:first-child`.
public struct CSSCompoundSelector: Sendable, Hashable {
    public var simpleSelectors: [CSSSimpleSelector]

    public init(simpleSelectors: [CSSSimpleSelector]) {
        self.simpleSelectors = simpleSelectors
    }

    public var specificity: CSSSpecificity {
        simpleSelectors.reduce(CSSSpecificity.zero) { $0 + $1.specificity }
    }

    public var isStatic: Bool {
        simpleSelectors.allSatisfy(\.isStatic)
    }
}

/// One simple selector.
public enum CSSSimpleSelector: Sendable, Hashable {
    /// An element name, lowercased (HTML element names are case-insensitive).
    case type(String)
    /// `*`.
    case universal
    /// `#id`.
    case id(String)
    /// `.class`.
    case `class`(String)
    /// `[name]`, `[name=value]`, `[name~=value]`, …
    case attribute(CSSAttributeSelector)
    /// `:first-child`, `:nth-child(2n+1)`, `:not(…)`, `:hover`, …
    case pseudoClass(CSSPseudoClass)
    /// `::before`, `::after`, … (never matched statically).
    case pseudoElement(String)

    public var specificity: CSSSpecificity {
        switch self {
        case .universal: .zero
        case .type, .pseudoElement: CSSSpecificity(ids: 0, classes: 0, types: 1)
        case .id: CSSSpecificity(ids: 1, classes: 0, types: 0)
        case .class, .attribute: CSSSpecificity(ids: 0, classes: 1, types: 0)
        case .pseudoClass(let pseudoClass): pseudoClass.specificity
        }
    }

    public var isStatic: Bool {
        switch self {
        case .pseudoElement: false
        case .pseudoClass(let pseudoClass): pseudoClass.isStatic
        default: true
        }
    }
}

/// An attribute selector: `[name]` or `[name op value i]`.
public struct CSSAttributeSelector: Sendable, Hashable {
    /// The attribute name, lowercased (HTML attribute names are case-insensitive).
    public var name: String
    /// The comparison, `nil` for a presence test `[name]`.
    public var comparison: Comparison?
    /// The `i` flag: compare values ignoring ASCII case.
    public var ignoresCase: Bool

    /// The operator and its operand.
    public enum Comparison: Sendable, Hashable {
        /// `=`
        case equals(String)
        /// `~=`: one of the whitespace-separated words.
        case containsWord(String)
        /// `|=`: equal, or followed by `-`.
        case languagePrefix(String)
        /// `^=`
        case hasPrefix(String)
        /// `$=`
        case hasSuffix(String)
        /// `*=`
        case contains(String)
    }

    public init(name: String, comparison: Comparison? = nil, ignoresCase: Bool = false) {
        self.name = name
        self.comparison = comparison
        self.ignoresCase = ignoresCase
    }
}

/// A pseudo-class.
public indirect enum CSSPseudoClass: Sendable, Hashable {
    case firstChild
    case lastChild
    case onlyChild
    case nthChild(CSSNthExpression)
    case nthLastChild(CSSNthExpression)
    /// `:not(a, b)`: matches when none of the compounds match.
    case not([CSSCompoundSelector])
    /// Any other pseudo-class (`:hover`, `:focus`, `:visited`, …), lowercased: it cannot be decided statically.
    case dynamic(String)

    public var specificity: CSSSpecificity {
        switch self {
        // Selectors Level 4: `:not()` counts as its most specific argument.
        case .not(let arguments): arguments.map(\.specificity).max() ?? .zero
        default: CSSSpecificity(ids: 0, classes: 1, types: 0)
        }
    }

    public var isStatic: Bool {
        switch self {
        case .dynamic: false
        case .not(let arguments): arguments.allSatisfy(\.isStatic)
        default: true
        }
    }
}
