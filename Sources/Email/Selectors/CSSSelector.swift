/// A complex selector such as `table.main > tr td:first-child`: compound selectors joined by combinators.
public struct CSSSelector: Sendable, Hashable {
    /// The compounds from left to right; each one but the first records how it is linked to the previous one.
    public var components: [Component]

    /// One compound selector and the combinator that links it to the compound on its left.
    public struct Component: Sendable, Hashable {
        /// `nil` for the leftmost compound.
        public var combinator: CSSCombinator?
        public var compound: CSSCompoundSelector

        public init(combinator: CSSCombinator?, compound: CSSCompoundSelector) {
            self.combinator = combinator
            self.compound = compound
        }
    }

    public init(components: [Component]) {
        self.components = components
    }

    /// Parses one complex selector; `nil` when this parser does not understand it.
    public init?(parsing text: String) {
        guard let selector = CSSSelectorParser.parseSelector(Array(text.utf8)[...]) else { return nil }
        self = selector
    }

    /// The specificity (a, b, c) of the selector, per Selectors Level 4.
    public var specificity: CSSSpecificity {
        components.reduce(CSSSpecificity.zero) { $0 + $1.compound.specificity }
    }

    /// Whether the selector can be decided from the document alone, so its declarations can be inlined.
    /// `:hover`, `::before` and other dynamic or unknown pseudo-classes make it false.
    public var isStatic: Bool {
        components.allSatisfy { $0.compound.isStatic }
    }
}

/// How two compound selectors are related.
public enum CSSCombinator: Sendable, Hashable {
    /// Whitespace: any ancestor.
    case descendant
    /// `>`: the parent.
    case child
    /// `+`: the immediately preceding sibling element.
    case nextSibling
    /// `~`: any preceding sibling element.
    case subsequentSibling
}
