import CLibXML2

/// A flat, read-only snapshot of a document's elements: what selector matching needs, independent of libxml2.
struct ElementTree {
    /// A class, so that matching hands elements around without copying their arrays and strings.
    final class Element {
        /// Lowercased element name.
        var name: String
        /// Attributes with lowercased names, in document order.
        var attributes: [(name: String, value: String)]
        var parent: Int?
        /// The previous sibling *element* (text and comments are skipped).
        var previousSibling: Int?
        /// 1-based position among the parent's child elements.
        var position: Int
        /// The `id` attribute.
        let id: String?
        /// Number of child elements of the parent.
        var siblingCount: Int

        init(name: String, attributes: [(name: String, value: String)]) {
            self.name = name
            self.attributes = attributes
            self.position = 1
            self.siblingCount = 1
            self.id = attributes.first { $0.name == "id" }?.value
            self.classes = attributes.first { $0.name == "class" }.map {
                $0.value.split(whereSeparator: \.isWhitespace).map(String.init)
            } ?? []
        }

        /// The `class` attribute split into words.
        let classes: [String]

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name == name }?.value
        }
    }

    var elements: [Element] = []

    /// Appends an element as the last child of `parent` and returns its index.
    @discardableResult
    mutating func append(_ element: Element, parent: Int?, previousSibling: Int?) -> Int {
        element.parent = parent
        element.previousSibling = previousSibling
        element.position = previousSibling.map { elements[$0].position + 1 } ?? 1
        elements.append(element)
        return elements.count - 1
    }

    /// Sets `siblingCount` once every element is appended.
    mutating func finishSiblingCounts() {
        var childCounts = [Int](repeating: 0, count: elements.count)
        var rootCount = 0
        for element in elements {
            if let parent = element.parent { childCounts[parent] += 1 } else { rootCount += 1 }
        }
        for element in elements {
            element.siblingCount = element.parent.map { childCounts[$0] } ?? rootCount
        }
    }
}

extension HTMLDocument {
    /// The elements as an `ElementTree` (same indices as `nodes`, document order) for selector matching.
    func elementTree() -> (tree: ElementTree, nodes: [Node]) {
        var tree = ElementTree()
        var nodes: [Node] = []
        /// For each open element on the path from the top: its index and the index of its last child so far.
        var open: [(index: Int, lastChild: Int?)] = []
        var lastTopLevel: Int?
        var next = document.pointee.children
        while let node = next {
            if node.pointee.type == XML_ELEMENT_NODE {
                let parent = open.last?.index
                let previous = open.isEmpty ? lastTopLevel : open[open.count - 1].lastChild
                let element = ElementTree.Element(name: Self.name(of: node), attributes: Self.attributes(of: node))
                let index = tree.append(element, parent: parent, previousSibling: previous)
                nodes.append(node)
                if open.isEmpty { lastTopLevel = index } else { open[open.count - 1].lastChild = index }
                if let child = node.pointee.children {
                    open.append((index, nil))
                    next = child
                    continue
                }
            } else if open.isEmpty {
                // The DTD and top-level comments hold no elements.
                next = node.pointee.next
                continue
            }
            // Climb out of finished elements, closing them, to the next node in document order.
            var current = node
            while current.pointee.next == nil, !open.isEmpty, let parent = current.pointee.parent {
                open.removeLast()
                current = parent
            }
            next = current.pointee.next
        }
        tree.finishSiblingCounts()
        return (tree, nodes)
    }
}
