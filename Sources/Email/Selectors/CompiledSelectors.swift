/// Selectors compiled to flat arrays of plain values, with their element names, classes and ids as atoms of an
/// `AtomTable`: matching reads integers, with no strings to compare and no references to count.
struct CompiledSelectors: Sendable {
    /// One compound selector and how it is linked to the compound on its left.
    struct Component: Sendable {
        var combinator: Combinator
        /// Its tests in `tests`.
        var tests: Range<Int32>
    }

    enum Combinator: UInt8, Sendable {
        /// The leftmost compound.
        case none
        case descendant, child, nextSibling, subsequentSibling
    }

    /// One simple selector; `*` has none, as it always matches.
    struct Test: Sendable {
        var kind: Kind
        /// The atom of a type, id or class; the index in `attributes`, `expressions` or `negations` otherwise.
        var value: Int32

        enum Kind: UInt8, Sendable {
            case type, id, `class`, attribute, firstChild, lastChild, onlyChild, nthChild, nthLastChild
            /// Matches when none of the compounds in `negations[value]` match.
            case not
            /// Pseudo-elements and dynamic pseudo-classes: never true statically.
            case never
        }
    }

    /// Each selector's components in `components`, from left to right.
    private(set) var selectors: [Range<Int32>] = []
    /// For each selector, the names, ids and classes that some ancestors of a matching element must have.
    private(set) var ancestorNeeds: [AtomFilter] = []
    private(set) var components: [Component] = []
    private(set) var tests: [Test] = []
    private(set) var attributes: [CSSAttributeSelector] = []
    private(set) var expressions: [CSSNthExpression] = []
    /// The compounds of each `:not()`, as ranges of `tests`.
    private(set) var negations: [[Range<Int32>]] = []

    /// Adds `selector`, with `atom` giving the atoms of its names, classes and ids; returns its index.
    @discardableResult
    mutating func append(_ selector: CSSSelector, atom: (String) -> Int32) -> Int {
        let start = Int32(components.count)
        for component in selector.components {
            components.append(
                Component(
                    combinator: Self.combinator(component.combinator), tests: append(component.compound, atom: atom)))
        }
        selectors.append(start..<Int32(components.count))
        ancestorNeeds.append(ancestorNeeds(of: Int(start)..<components.count))
        return selectors.count - 1
    }

    /// The tests of the rightmost compound of a selector: what it demands of the element it applies to.
    func rightmostTests(of selector: Int) -> ArraySlice<Test> {
        guard let last = selectors[selector].last else { return [] }
        let range = components[Int(last)].tests
        return tests[Int(range.lowerBound)..<Int(range.upperBound)]
    }

    /// A compound linked to the next one by a descendant or child combinator matches an ancestor of that one's
    /// element, hence of the subject (a sibling's ancestors are the subject's too).
    private func ancestorNeeds(of selectorComponents: Range<Int>) -> AtomFilter {
        var needs = AtomFilter()
        for index in selectorComponents.dropLast() {
            let link = components[index + 1].combinator
            guard link == .descendant || link == .child else { continue }
            let range = components[index].tests
            for test in tests[Int(range.lowerBound)..<Int(range.upperBound)] {
                if test.kind == .type || test.kind == .id || test.kind == .class { needs.insert(test.value) }
            }
        }
        return needs
    }

    private static func combinator(_ combinator: CSSCombinator?) -> Combinator {
        switch combinator {
        case nil: .none
        case .descendant: .descendant
        case .child: .child
        case .nextSibling: .nextSibling
        case .subsequentSibling: .subsequentSibling
        }
    }

    private mutating func append(_ compound: CSSCompoundSelector, atom: (String) -> Int32) -> Range<Int32> {
        // `:not()` compounds go first, so that the compound's own tests stay together.
        let compiled = compound.simpleSelectors.compactMap { compile($0, atom: atom) }
        let start = Int32(tests.count)
        tests += compiled
        return start..<Int32(tests.count)
    }

    private mutating func compile(_ simple: CSSSimpleSelector, atom: (String) -> Int32) -> Test? {
        switch simple {
        case .universal: return nil
        case .type(let name): return Test(kind: .type, value: atom(name))
        case .id(let id): return Test(kind: .id, value: atom(id))
        case .class(let name): return Test(kind: .class, value: atom(name))
        case .attribute(let attribute):
            attributes.append(attribute)
            return Test(kind: .attribute, value: Int32(attributes.count - 1))
        case .pseudoElement: return Test(kind: .never, value: 0)
        case .pseudoClass(let pseudoClass):
            switch pseudoClass {
            case .firstChild: return Test(kind: .firstChild, value: 0)
            case .lastChild: return Test(kind: .lastChild, value: 0)
            case .onlyChild: return Test(kind: .onlyChild, value: 0)
            case .nthChild(let expression):
                expressions.append(expression)
                return Test(kind: .nthChild, value: Int32(expressions.count - 1))
            case .nthLastChild(let expression):
                expressions.append(expression)
                return Test(kind: .nthLastChild, value: Int32(expressions.count - 1))
            case .not(let compounds):
                let ranges = compounds.map { append($0, atom: atom) }
                negations.append(ranges)
                return Test(kind: .not, value: Int32(negations.count - 1))
            case .dynamic: return Test(kind: .never, value: 0)
            }
        }
    }
}
