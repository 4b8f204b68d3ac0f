/// The kinds of inline node built while parsing inlines.
enum InlineKind {
    case text
    case softBreak
    case lineBreak
    case code
    case html
    case emphasis
    case strong
    case strikethrough
    case link
    case autolink
    case image
    case footnoteReference
}

/// Where a link or image points (or a footnote reference's label, as `destination`).
struct InlineTarget {
    var destination: String
    var title: String?
}

/// An inline node under construction, stored in an arena and linked by indices (no reference counting,
/// no recursive deallocation however long or deep the content).
struct InlineWorkNode {
    var kind: InlineKind
    /// Source span as offsets into the subject.
    var start: Int
    var end: Int
    /// The node's literal: a range of the subject, or of the decoded-bytes buffer when `decoded` is set.
    var literal: Range<Int>
    var decoded = false
    /// For links, images and footnote references: the index of their target in ``InlineWorkTree/targets``.
    /// Keeping strings out of the node makes it a plain value, copied without reference counting.
    var target = -1
    var parent = -1
    var first = -1
    var last = -1
    var next = -1
    var previous = -1
}

/// The arena holding one leaf block's inline nodes; node 0 is the root.
struct InlineWorkTree {
    var nodes: [InlineWorkNode] = []
    /// Bytes of literals that are not verbatim source (decoded entities, escapes, code span contents).
    var decodedBytes: [UInt8] = []
    /// Targets of link, image and footnote reference nodes.
    var targets: [InlineTarget] = []

    init() {
        nodes.append(InlineWorkNode(kind: .text, start: 0, end: 0, literal: 0..<0))
    }

    mutating func removeAll() {
        nodes.removeAll(keepingCapacity: true)
        decodedBytes.removeAll(keepingCapacity: true)
        targets.removeAll(keepingCapacity: true)
        nodes.append(InlineWorkNode(kind: .text, start: 0, end: 0, literal: 0..<0))
    }

    @discardableResult
    mutating func append(_ node: InlineWorkNode, to parent: Int) -> Int {
        let index = nodes.count
        nodes.append(node)
        attach(index, to: parent)
        return index
    }

    mutating func attach(_ child: Int, to parent: Int) {
        nodes[child].parent = parent
        nodes[child].next = -1
        let last = nodes[parent].last
        nodes[child].previous = last
        if last >= 0 {
            nodes[last].next = child
        } else {
            nodes[parent].first = child
        }
        nodes[parent].last = child
    }

    mutating func unlink(_ child: Int) {
        let node = nodes[child]
        if node.previous >= 0 {
            nodes[node.previous].next = node.next
        } else if node.parent >= 0 {
            nodes[node.parent].first = node.next
        }
        if node.next >= 0 {
            nodes[node.next].previous = node.previous
        } else if node.parent >= 0 {
            nodes[node.parent].last = node.previous
        }
        nodes[child].parent = -1
        nodes[child].next = -1
        nodes[child].previous = -1
    }

    /// Inserts a detached `child` right after `sibling`.
    mutating func insert(_ child: Int, after sibling: Int) {
        let parent = nodes[sibling].parent
        let next = nodes[sibling].next
        nodes[child].parent = parent
        nodes[child].previous = sibling
        nodes[child].next = next
        nodes[sibling].next = child
        if next >= 0 {
            nodes[next].previous = child
        } else if parent >= 0 {
            nodes[parent].last = child
        }
    }

    /// Moves every sibling after `start` (up to, not including, `stop`; -1 for all) under `container`.
    mutating func moveSiblings(after start: Int, before stop: Int, into container: Int) {
        var current = nodes[start].next
        while current >= 0 && current != stop {
            let following = nodes[current].next
            unlink(current)
            attach(current, to: container)
            current = following
        }
    }

    /// Stores a target and returns its index for ``InlineWorkNode/target``.
    mutating func storeTarget(_ destination: String, title: String? = nil) -> Int {
        targets.append(InlineTarget(destination: destination, title: title))
        return targets.count - 1
    }

    mutating func storeDecoded(_ bytes: some Sequence<UInt8>) -> Range<Int> {
        let start = decodedBytes.count
        decodedBytes.append(contentsOf: bytes)
        return start..<decodedBytes.count
    }
}
