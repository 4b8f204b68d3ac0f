import CLibXML2

/// A libxml2 HTML document: parsing, element traversal, attribute editing and HTML5 serialisation.
///
/// Owns its `xmlDoc`; node pointers handed out are valid while the document lives and the node is not removed.
/// Traversal follows libxml2's own child, sibling and parent pointers: no arrays are built to walk the tree.
final class HTMLDocument {
    typealias Node = UnsafeMutablePointer<xmlNode>
    typealias Attribute = UnsafeMutablePointer<xmlAttr>

    let document: htmlDocPtr
    /// The size of the parsed HTML: serialisation reserves about as much.
    let parsedByteCount: Int

    /// libxml2 sets up its global state once, before any parse, so that documents can be parsed on several
    /// threads at once (Swift runs a static initialiser exactly once, whatever the thread).
    private static let libraryInitialized: Void = xmlInitParser()

    /// Parses `html` as UTF-8, without network access and without error output (libxml2 recovers like a browser).
    init(parsing html: String) throws(EmailHTMLError) {
        _ = Self.libraryInitialized
        var html = html
        let parsed: Result<htmlDocPtr, EmailHTMLError> = html.withUTF8 { Self.parse($0) }
        document = try parsed.get()
        parsedByteCount = html.utf8.count
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<htmlDocPtr, EmailHTMLError> {
        guard bytes.count < Int(Int32.max) else { return .failure(.documentTooLarge(byteCount: bytes.count)) }
        let options = Int32(
            HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let context = htmlNewParserCtxt() else { return .failure(.unparsableDocument(byteCount: bytes.count)) }
        defer { htmlFreeParserCtxt(context) }
        // An empty buffer has no base address; libxml2 then reports that nothing could be read.
        let empty: [CChar] = [0]
        let parsed = bytes.baseAddress.map { base in
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                htmlCtxtReadMemory(context, $0, Int32(bytes.count), nil, "UTF-8", options)
            }
        } ?? htmlCtxtReadMemory(context, empty, 0, nil, "UTF-8", options)
        guard let parsed else { return .failure(.unparsableDocument(byteCount: bytes.count)) }
        // libxml2 stops at 256 levels of nesting and keeps only what it read so far: refuse rather than
        // silently drop the rest of the email.
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            xmlFreeDoc(parsed)
            return .failure(.nestingTooDeep)
        }
        guard xmlDocGetRootElement(parsed) != nil else {
            xmlFreeDoc(parsed)
            return .failure(.unparsableDocument(byteCount: bytes.count))
        }
        return .success(parsed)
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Calls `body` with every element of the document in document order (the DTD and top-level comments are
    /// skipped; elements inside them cannot exist).
    func forEachElement(_ body: (Node) -> Void) {
        var top = document.pointee.children
        while let node = top {
            if node.pointee.type == XML_ELEMENT_NODE {
                body(node)
                Self.forEachDescendant(of: node) { body($0); return true }
            }
            top = node.pointee.next
        }
    }

    /// Calls `body` with every element of the document in document order and its depth (0 for `<html>`).
    func forEachElementWithDepth(_ body: (Node, Int) -> Void) {
        var top = document.pointee.children
        while let root = top {
            top = root.pointee.next
            guard root.pointee.type == XML_ELEMENT_NODE else { continue }
            body(root, 0)
            var depth = 1
            var next = root.pointee.children
            while let node = next {
                if node.pointee.type == XML_ELEMENT_NODE {
                    body(node, depth)
                    if let child = node.pointee.children {
                        depth += 1
                        next = child
                        continue
                    }
                }
                // Climb out of finished elements to the next node in document order.
                var current = node
                while current.pointee.next == nil, let parent = current.pointee.parent, parent != root {
                    current = parent
                    depth -= 1
                }
                next = current.pointee.next
            }
        }
    }

    /// Calls `body` with each element below `root` in document order until it returns `false`; returns whether
    /// the walk went to the end. Iterative, so deeply nested input cannot overflow the stack.
    @discardableResult
    static func forEachDescendant(of root: Node, _ body: (Node) -> Bool) -> Bool {
        var next = root.pointee.children
        while let node = next {
            if node.pointee.type == XML_ELEMENT_NODE {
                guard body(node) else { return false }
                if let child = node.pointee.children {
                    next = child
                    continue
                }
            }
            next = following(node, within: root)
        }
        return true
    }

    /// The next node after `node`'s subtree in document order, without leaving `root`.
    private static func following(_ node: Node, within root: Node) -> Node? {
        var current = node
        while true {
            if let sibling = current.pointee.next { return sibling }
            guard let parent = current.pointee.parent, parent != root else { return nil }
            current = parent
        }
    }

    /// The lowercased element name.
    static func name(of node: Node) -> String {
        guard let name = node.pointee.name else { return "" }
        return lowercasedString(name)
    }

    /// Whether the element is called `name` (lowercase ASCII), in any case.
    static func isElement(_ node: Node, named name: StaticString) -> Bool {
        equalsIgnoringASCIICase(node.pointee.name, name)
    }

    /// Whether the NUL-terminated `string` is `word` (lowercase ASCII) in any ASCII case, as `xmlStrcasecmp` has
    /// it: compared here without a call into libxml2.
    static func equalsIgnoringASCIICase(_ string: UnsafePointer<xmlChar>?, _ word: StaticString) -> Bool {
        guard let string else { return false }
        let letters = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount {
            let byte = string[index]
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lowered != letters[index] { return false }
        }
        return string[word.utf8CodeUnitCount] == 0
    }

    static func forEachAttribute(of node: Node, _ body: (Attribute) -> Void) {
        var attribute = node.pointee.properties
        while let current = attribute {
            body(current)
            attribute = current.pointee.next
        }
    }

    /// Whether the attribute is called `name` (lowercase ASCII), in any case.
    static func isAttribute(_ attribute: Attribute, named name: StaticString) -> Bool {
        equalsIgnoringASCIICase(attribute.pointee.name, name)
    }

    static func attribute(_ name: String, of node: Node) -> String? {
        name.withXMLString { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if let attributeName = current.pointee.name, xmlStrcasecmp(attributeName, wanted) == 0 {
                    return value(of: current)
                }
                attribute = current.pointee.next
            }
            return nil
        }
    }

    /// Whether the element has an attribute called `name` (lowercase), in any case.
    static func hasAttribute(_ name: String, on node: Node) -> Bool {
        name.withXMLString { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if let own = current.pointee.name, xmlStrcasecmp(own, wanted) == 0 { return true }
                attribute = current.pointee.next
            }
            return false
        }
    }

    /// The first attribute called `name` (lowercase ASCII), in any case.
    static func attributeNode(_ name: StaticString, of node: Node) -> Attribute? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if equalsIgnoringASCIICase(current.pointee.name, name) { return current }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The first node of the attribute's value.
    static func firstChild(of attribute: Attribute) -> Node? {
        UnsafeMutableRawPointer(attribute.pointee.children)?.assumingMemoryBound(to: xmlNode.self)
    }

    /// The attribute's value: the concatenated content of its children.
    static func value(of attribute: Attribute) -> String {
        let first = firstChild(of: attribute)
        // Nearly every attribute has one text child: its bytes become the string without an intermediate copy.
        if let only = first, only.pointee.next == nil {
            guard let content = only.pointee.content else { return "" }
            return String(cString: content)
        }
        var bytes: [UInt8] = []
        appendText(ofChildren: first, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with the bytes of the attribute's value, copying only when it has several children.
    static func withValueBytes<Result>(
        of attribute: Attribute, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        let first = firstChild(of: attribute)
        if first == nil || first?.pointee.next == nil {
            guard let content = first?.pointee.content else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
        }
        var bytes: [UInt8] = []
        appendText(ofChildren: first, to: &bytes)
        return bytes.withUnsafeBufferPointer(body)
    }

    static func setAttribute(_ name: String, to value: String, on node: Node) {
        _ = name.withXMLString { name in value.withXMLString { value in xmlSetProp(node, name, value) } }
    }

    static func removeAttribute(_ name: String, from node: Node) {
        _ = name.withXMLString { xmlUnsetProp(node, $0) }
    }

    /// The concatenated text of the text and CDATA nodes below `node`, in document order.
    static func textContent(of node: Node) -> String {
        String(decoding: textBytes(of: node), as: UTF8.self)
    }

    /// The text below `node` with each whitespace run made one space, and none at the ends.
    static func collapsedTextContent(of node: Node) -> String {
        WhitespaceCollapsing.collapsed(textBytes(of: node))
    }

    /// The UTF-8 bytes of `textContent(of:)`.
    private static func textBytes(of node: Node) -> [UInt8] {
        var bytes: [UInt8] = []
        var next = node.pointee.children
        while let current = next {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content
            {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            } else if current.pointee.type == XML_ELEMENT_NODE, let child = current.pointee.children {
                next = child
                continue
            }
            next = following(current, within: node)
        }
        return bytes
    }

    /// Appends the content of `first` and its siblings (the children of an attribute).
    private static func appendText(ofChildren first: UnsafeMutablePointer<xmlNode>?, to bytes: inout [UInt8]) {
        var child = first
        while let current = child {
            if let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
    }

    /// Unlinks and frees `node`; the pointer must not be used afterwards.
    static func remove(_ node: Node) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// The `<head>` element, created as the first child of `<html>` when the document has none.
    func head() -> Node? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE && Self.isElement(node, named: "head") { return node }
            child = node.pointee.next
        }
        let head = "head".withXMLString { xmlNewDocNode(document, nil, $0, nil) }
        guard let head else { return nil }
        if let first = root.pointee.children {
            xmlAddPrevSibling(first, head)
        } else {
            xmlAddChild(root, head)
        }
        return head
    }

    /// Appends `<name>text</name>` to `parent`; the text is stored raw (right for `<style>`, whose content the
    /// serialiser writes unescaped).
    func appendElement(_ name: String, text: String, to parent: Node) {
        guard let element = name.withXMLString({ xmlNewDocNode(document, nil, $0, nil) }) else { return }
        if let textNode = text.withXMLString({ xmlNewDocText(document, $0) }) {
            xmlAddChild(element, textNode)
        }
        xmlAddChild(parent, element)
    }

    /// A lowercased copy of a libxml2 name; names are nearly always lowercase already, so that is checked on the
    /// bytes first.
    private static func lowercasedString(_ name: UnsafePointer<xmlChar>) -> String {
        var index = 0
        while name[index] != 0 {
            if name[index] >= UInt8(ascii: "A") && name[index] <= UInt8(ascii: "Z") || name[index] >= 0x80 {
                return String(cString: name).lowercased()
            }
            index += 1
        }
        return String(cString: name)
    }
}

extension String {
    /// Calls `body` with the string as a NUL-terminated `xmlChar` pointer.
    func withXMLString<Result>(_ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: utf8.count + 1, body)
        }
    }
}
