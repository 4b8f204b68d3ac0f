import CLibXML2
import Foundation

/// A libxml2 HTML document: parsing, element traversal, attribute editing and HTML5 serialisation.
///
/// Owns its `xmlDoc`; node pointers handed out are valid while the document lives and the node is not removed.
final class HTMLDocument {
    typealias Node = UnsafeMutablePointer<xmlNode>

    private let document: htmlDocPtr

    /// libxml2 sets up its global state once, before any parse, so that documents can be parsed on several
    /// threads at once (Swift runs a static initialiser exactly once, whatever the thread).
    private static let libraryInitialized: Void = xmlInitParser()

    /// Parses `html` as UTF-8, without network access and without error output (libxml2 recovers like a browser).
    init(parsing html: String) throws(EmailHTMLError) {
        _ = Self.libraryInitialized
        let bytes = Array(html.utf8)
        guard bytes.count < Int(Int32.max) else { throw .documentTooLarge(byteCount: bytes.count) }
        let options = Int32(
            HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        guard let context = htmlNewParserCtxt() else { throw .unparsableDocument(byteCount: bytes.count) }
        defer { htmlFreeParserCtxt(context) }
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlCtxtReadMemory(context, $0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw .unparsableDocument(byteCount: bytes.count) }
        // libxml2 stops at 256 levels of nesting and keeps only what it read so far: refuse rather than
        // silently drop the rest of the email.
        if context.pointee.errNo == Int32(XML_ERR_INTERNAL_ERROR.rawValue) {
            xmlFreeDoc(parsed)
            throw .nestingTooDeep
        }
        guard xmlDocGetRootElement(parsed) != nil else {
            xmlFreeDoc(parsed)
            throw .unparsableDocument(byteCount: bytes.count)
        }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Every element of the document in document order.
    var elements: [Node] {
        Self.elements(under: topLevelNodes)
    }

    /// The elements below `node` in document order.
    static func descendants(of node: Node) -> [Node] {
        elements(under: children(of: node))
    }

    /// An iterative walk, so deeply nested input cannot overflow the stack.
    private static func elements(under roots: [Node]) -> [Node] {
        var result: [Node] = []
        var pending = Array(roots.reversed())
        while let node = pending.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            result.append(node)
            pending.append(contentsOf: children(of: node).reversed())
        }
        return result
    }

    /// The elements as an `ElementTree` (same indices as `nodes`) for selector matching.
    func elementTree() -> (tree: ElementTree, nodes: [Node]) {
        let nodes = elements
        var indexOfNode: [Node: Int] = [:]
        var lastChildOfParent: [Int: Int] = [:]
        var lastRoot: Int?
        var tree = ElementTree()
        tree.elements.reserveCapacity(nodes.count)
        for node in nodes {
            let parent = node.pointee.parent.flatMap { indexOfNode[$0] }
            let previous = if let parent { lastChildOfParent[parent] } else { lastRoot }
            let element = ElementTree.Element(name: Self.name(of: node), attributes: Self.attributes(of: node))
            let index = tree.append(element, parent: parent, previousSibling: previous)
            indexOfNode[node] = index
            if let parent { lastChildOfParent[parent] = index } else { lastRoot = index }
        }
        tree.finishSiblingCounts()
        return (tree, nodes)
    }

    /// The document's own children: the DTD, top-level comments and `<html>`.
    private var topLevelNodes: [Node] {
        var result: [Node] = []
        var child = document.pointee.children
        while let node = child {
            result.append(node)
            child = node.pointee.next
        }
        return result
    }

    static func children(of node: Node) -> [Node] {
        var result: [Node] = []
        var child = node.pointee.children
        while let current = child {
            result.append(current)
            child = current.pointee.next
        }
        return result
    }

    /// The lowercased element name.
    static func name(of node: Node) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    static func attributes(of node: Node) -> [(name: String, value: String)] {
        var result: [(name: String, value: String)] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = current.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            result.append((name, text(ofChildren: current.pointee.children)))
            attribute = current.pointee.next
        }
        return result
    }

    static func attribute(_ name: String, of node: Node) -> String? {
        name.withXMLString { wanted in
            var attribute = node.pointee.properties
            while let current = attribute {
                if let attributeName = current.pointee.name, xmlStrcasecmp(attributeName, wanted) == 0 {
                    return text(ofChildren: current.pointee.children)
                }
                attribute = current.pointee.next
            }
            return nil
        }
    }

    static func setAttribute(_ name: String, to value: String, on node: Node) {
        _ = name.withXMLString { name in value.withXMLString { value in xmlSetProp(node, name, value) } }
    }

    static func removeAttribute(_ name: String, from node: Node) {
        _ = name.withXMLString { xmlUnsetProp(node, $0) }
    }

    /// The concatenated text of the node's descendants (iterative).
    static func textContent(of node: Node) -> String {
        var bytes: [UInt8] = []
        var pending = children(of: node).reversed() as [Node]
        while let current = pending.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content
            {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            } else if current.pointee.type == XML_ELEMENT_NODE {
                pending.append(contentsOf: children(of: current).reversed())
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func text(ofChildren first: UnsafeMutablePointer<xmlNode>?) -> String {
        var bytes: [UInt8] = []
        var child = first
        while let current = child {
            if let content = current.pointee.content {
                bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
            }
            child = current.pointee.next
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unlinks and frees `node`; the pointer must not be used afterwards.
    static func remove(_ node: Node) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// The `<head>` element, created as the first child of `<html>` when the document has none.
    func head() -> Node? {
        guard let root = xmlDocGetRootElement(document) else { return nil }
        let rootChildren = Self.children(of: root)
        if let head = rootChildren.first(where: { $0.pointee.type == XML_ELEMENT_NODE && Self.name(of: $0) == "head" }) {
            return head
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

    /// The document as HTML5: `<!DOCTYPE html>` then every top-level node (comments included) in UTF-8,
    /// without reformatting, so conditional comments come out byte for byte.
    func serialized() throws(EmailHTMLError) -> String {
        let protected = protectMergeTags()
        defer { restore(protected) }
        guard let output = xmlAllocOutputBuffer(nil) else { throw .serializationFailed }
        var bytes: [UInt8] = Array("<!DOCTYPE html>\n".utf8)
        for node in topLevelNodes where node.pointee.type != XML_DTD_NODE {
            htmlNodeDumpFormatOutput(output, document, node, nil, 0)
        }
        xmlOutputBufferFlush(output)
        if let content = xmlOutputBufferGetContent(output) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: xmlOutputBufferGetSize(output)))
        }
        xmlOutputBufferClose(output)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        var html = String(decoding: bytes, as: UTF8.self)
        for attribute in protected {
            html = html.replacingOccurrences(
                of: "\"\(attribute.placeholder)\"", with: "\"\(Self.escapedAttributeValue(attribute.value))\"")
        }
        return html
    }

    /// An attribute value swapped for a placeholder during serialisation.
    private struct ProtectedAttribute {
        var node: Node
        var name: String
        var value: String
        var placeholder: String
    }

    /// The attributes libxml2 URI-escapes on output (`href`, `src`, `action`); escaping would break mailing
    /// service merge tags such as `{{ UnsubscribeURL }}` or `*|UNSUB|*`, so those values are swapped for plain
    /// placeholders and written back verbatim after serialisation.
    private static let uriEscapedAttributes = ["href", "src", "action"]

    private func protectMergeTags() -> [ProtectedAttribute] {
        var protected: [ProtectedAttribute] = []
        for node in elements {
            for name in Self.uriEscapedAttributes {
                guard let value = Self.attribute(name, of: node), URLReference(value) == .mergeTag else { continue }
                let placeholder = "infolettre-merge-tag-\(protected.count)-\(SHA256.hexDigest(Array(value.utf8)).prefix(12))"
                protected.append(ProtectedAttribute(node: node, name: name, value: value, placeholder: placeholder))
                Self.setAttribute(name, to: placeholder, on: node)
            }
        }
        return protected
    }

    private func restore(_ protected: [ProtectedAttribute]) {
        for attribute in protected { Self.setAttribute(attribute.name, to: attribute.value, on: attribute.node) }
    }

    private static func escapedAttributeValue(_ value: String) -> String {
        value.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
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
