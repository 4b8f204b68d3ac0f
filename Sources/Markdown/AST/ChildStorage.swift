/// A node type whose values may hold the ``ChildStorage`` boxes of their children (``Block``, ``Inline``).
protocol TreeElement: Sendable {
    /// Appends the child boxes that `element` holds, then drops `element`: a box that `element` owned alone is
    /// afterwards referenced only by `boxes`, which lets ``ChildStorage`` free it without recursion.
    static func appendChildStorages(of element: consuming Self, to boxes: inout [ChildStorage<Self>])

    /// Frees `elements` and everything below them with a work list (see ``ChildStorage``). Each node type
    /// implements it by calling ``dismantleSubtrees(_:)``, so that the loop is compiled for that type: run
    /// through the generic class's deinitializer, it went through metadata lookups and cost as much as parsing.
    static func dismantle(_ elements: inout [Self])
}

extension TreeElement {
    static func dismantleSubtrees(_ elements: inout [Self]) {
        var boxes = [ChildStorage<Self>]()
        while true {
            while let element = elements.popLast() {
                appendChildStorages(of: consume element, to: &boxes)
            }
            guard var box = boxes.popLast() else { return }
            // A box shared with another tree stays whole: releasing it here frees nothing.
            if isKnownUniquelyReferenced(&box) { swap(&elements, &box.elements) }
        }
    }
}

/// The children of a container node (block quote, list item, emphasis, link…), boxed so that freeing a tree
/// takes constant stack.
///
/// A tree of enums and arrays frees recursively: dropping a node releases its children's array, which drops the
/// children, which release their arrays… a few stack frames per level, so a document nested 50,000 deep would
/// overflow a thread's stack when dropped. When the last owner of a box lets go, its deinitializer dismantles the
/// subtree with a work list instead: it empties the boxes that only it owns before they are released.
final class ChildStorage<Element: TreeElement>: @unchecked Sendable {
    // Never mutated while shared: `ChildList` copies a shared box before writing (copy-on-write).
    var elements: [Element]

    init(_ elements: [Element]) {
        self.elements = elements
    }

    deinit {
        Element.dismantle(&elements)
    }
}

/// The copy-on-write children of a container node.
struct ChildList<Element: TreeElement>: Sendable {
    private(set) var storage: ChildStorage<Element>

    init(_ elements: [Element]) {
        storage = ChildStorage(elements)
    }

    var elements: [Element] {
        get { storage.elements }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = ChildStorage(storage.elements) }
            yield &storage.elements
        }
    }

    /// Whether both lists are the same box, hence equal without looking at the elements.
    func isIdentical(to other: ChildList) -> Bool {
        storage === other.storage
    }
}
