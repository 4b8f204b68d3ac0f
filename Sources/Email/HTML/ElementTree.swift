import CLibXML2

/// A flat, read-only snapshot of a document's elements in document order: what selector matching needs, with
/// names, classes and ids as atoms so that matching compares integers.
struct ElementTree {
    /// One element. Plain values: the tree is an array of them, built without an allocation per element.
    struct Element {
        let node: HTMLDocument.Node
        /// The parent element's index, `-1` for a top-level element.
        var parent: Int32
        /// The previous sibling *element*'s index (text and comments are skipped), `-1` for the first.
        var previousSibling: Int32
        /// 1-based position among the parent's child elements.
        var position: Int32
        /// Number of child elements of the parent.
        var siblingCount: Int32
        /// The atom of the lowercased element name.
        var name: Int32
        /// The atom of the `id` attribute, `AtomTable.absent` without one.
        var id: Int32
        /// Where the atoms of the `class` attribute's words are in `classAtoms`.
        var classes: Range<Int32>
        /// The names, ids and classes of the element's ancestors.
        var ancestors: AtomFilter

        /// The first attribute called `name` (lowercase), in any case.
        func attribute(_ name: String) -> String? {
            HTMLDocument.attribute(name, of: node)
        }
    }

    /// Keeps the nodes alive as long as the tree.
    let document: HTMLDocument
    private(set) var elements: [Element] = []
    private(set) var classAtoms: [Int32] = []
    /// The atoms of the selectors the tree was made for, plus those of its own names, classes and ids.
    private(set) var atoms: AtomTable

    /// The snapshot of `document`, its names, classes and ids added to `atoms`.
    init(_ document: HTMLDocument, atoms: AtomTable) {
        self.document = document
        self.atoms = atoms
        var builder = Builder()
        document.forEachElementWithDepth { node, depth in
            let index = Int32(elements.count)
            let (parent, previous) = builder.place(index, depth: depth)
            let position = previous < 0 ? 1 : elements[Int(previous)].position + 1
            let (id, classes) = identity(of: node)
            elements.append(
                Element(
                    node: node, parent: parent, previousSibling: previous, position: position, siblingCount: 1,
                    name: nameAtom(of: node), id: id, classes: classes, ancestors: ancestorFilter(parent: parent)))
        }
        finishSiblingCounts()
    }

    /// Remembers the open elements while the document is walked.
    private struct Builder {
        /// For each depth on the path from the top: the last element placed there.
        private var lastAtDepth: [Int32] = []

        /// The parent and previous sibling of the element `index` found at `depth`.
        mutating func place(_ index: Int32, depth: Int) -> (parent: Int32, previous: Int32) {
            let previous = depth < lastAtDepth.count ? lastAtDepth[depth] : -1
            lastAtDepth.removeSubrange(min(depth, lastAtDepth.count)...)
            lastAtDepth.append(index)
            return (depth > 0 ? lastAtDepth[depth - 1] : -1, previous)
        }

    }

    /// The atom of the element's lowercased name: the parser's names are lowercase ASCII already, and are looked up
    /// as bytes.
    private mutating func nameAtom(of node: HTMLDocument.Node) -> Int32 {
        guard let name = node.pointee.name else { return atoms.intern("") }
        let bytes = UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name)))
        let isLowercaseASCII = bytes.allSatisfy { $0 < 0x80 && !($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
        return isLowercaseASCII ? atoms.intern(bytes) : atoms.intern(HTMLDocument.name(of: node))
    }

    /// The atoms of the element's `id` and of the words of its `class`.
    private mutating func identity(of node: HTMLDocument.Node) -> (id: Int32, classes: Range<Int32>) {
        var id = AtomTable.absent
        var foundID = false
        var foundClass = false
        let start = Int32(classAtoms.count)
        HTMLDocument.forEachAttribute(of: node) { attribute in
            if !foundID, HTMLDocument.isAttribute(attribute, named: "id") {
                foundID = true
                id = HTMLDocument.withValueBytes(of: attribute) { atoms.intern($0) }
            } else if !foundClass, HTMLDocument.isAttribute(attribute, named: "class") {
                foundClass = true
                HTMLDocument.withValueBytes(of: attribute) { appendClassAtoms($0) }
            }
        }
        return (id, start..<Int32(classAtoms.count))
    }

    /// What the ancestors of a child of `parent` have: the parent's ancestors and the parent itself.
    private func ancestorFilter(parent: Int32) -> AtomFilter {
        guard parent >= 0 else { return AtomFilter() }
        let element = elements[Int(parent)]
        var filter = element.ancestors
        filter.insert(element.name)
        if element.id != AtomTable.absent { filter.insert(element.id) }
        for index in element.classes { filter.insert(classAtoms[Int(index)]) }
        return filter
    }

    /// Splits a `class` value at whitespace (Unicode's, as `Character.isWhitespace` has it) into atoms.
    private mutating func appendClassAtoms(_ value: UnsafeBufferPointer<UInt8>) {
        // In ASCII text a character is a byte (CR LF aside, both whitespace), so ASCII values split on bytes.
        guard value.allSatisfy({ $0 < 0x80 }) else {
            let words = String(decoding: value, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            for word in words { classAtoms.append(atoms.intern(String(word))) }
            return
        }
        var start = 0
        for index in 0...value.count where index == value.count || Self.isASCIIWhitespace(value[index]) {
            if index > start {
                classAtoms.append(atoms.intern(UnsafeBufferPointer(rebasing: value[start..<index])))
            }
            start = index + 1
        }
    }

    /// Tab, line feed, vertical tab, form feed, carriage return and space: the ASCII `White_Space` characters.
    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// Sets `siblingCount` once every element is placed.
    private mutating func finishSiblingCounts() {
        var childCounts = [Int32](repeating: 0, count: elements.count)
        var rootCount: Int32 = 0
        for element in elements {
            if element.parent >= 0 { childCounts[Int(element.parent)] += 1 } else { rootCount += 1 }
        }
        for index in elements.indices {
            let parent = elements[index].parent
            elements[index].siblingCount = parent >= 0 ? childCounts[Int(parent)] : rootCount
        }
    }
}

extension HTMLDocument {
    /// The elements as an `ElementTree` with atoms of its own, for matching selectors outside an inlining plan.
    func elementTree() -> (tree: ElementTree, nodes: [Node]) {
        let tree = ElementTree(self, atoms: AtomTable())
        return (tree, tree.elements.map(\.node))
    }
}
