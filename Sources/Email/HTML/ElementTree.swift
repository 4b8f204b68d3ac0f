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
        var childCounts: [Int: Int] = [:]
        var rootCount = 0
        for element in elements {
            if let parent = element.parent { childCounts[parent, default: 0] += 1 } else { rootCount += 1 }
        }
        for index in elements.indices {
            elements[index].siblingCount = elements[index].parent.map { childCounts[$0] ?? 1 } ?? rootCount
        }
    }
}
