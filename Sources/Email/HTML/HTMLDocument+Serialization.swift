import CLibXML2

extension HTMLDocument {
    /// The document as HTML5: `<!DOCTYPE html>` then every top-level node (comments included) in UTF-8,
    /// without reformatting, so conditional comments come out byte for byte.
    func serialized() throws(EmailHTMLError) -> String {
        let protected = protectMergeTags()
        defer { restore(protected) }
        guard let output = xmlAllocOutputBuffer(nil) else { throw .serializationFailed }
        var top = document.pointee.children
        while let node = top {
            if node.pointee.type != XML_DTD_NODE { htmlNodeDumpFormatOutput(output, document, node, nil, 0) }
            top = node.pointee.next
        }
        xmlOutputBufferFlush(output)
        let doctype: StaticString = "<!DOCTYPE html>\n"
        var bytes: [UInt8] = []
        bytes.reserveCapacity(doctype.utf8CodeUnitCount + xmlOutputBufferGetSize(output) + 1)
        bytes.append(contentsOf: UnsafeBufferPointer(start: doctype.utf8Start, count: doctype.utf8CodeUnitCount))
        if let content = xmlOutputBufferGetContent(output) {
            bytes.append(contentsOf: UnsafeBufferPointer(start: content, count: xmlOutputBufferGetSize(output)))
        }
        xmlOutputBufferClose(output)
        if bytes.last != 0x0A { bytes.append(0x0A) }
        if !protected.isEmpty { bytes = Self.restoringMergeTags(protected, in: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An attribute value swapped for a placeholder during serialisation.
    private struct ProtectedAttribute {
        var node: Node
        var name: String
        var value: String
        var placeholder: String
    }

    /// libxml2 URI-escapes `href`, `src` and `action` on output; escaping would break mailing service merge tags
    /// such as `{{ UnsubscribeURL }}` or `*|UNSUB|*`, so those values are swapped for plain placeholders and
    /// written back verbatim after serialisation.
    private func protectMergeTags() -> [ProtectedAttribute] {
        var protected: [ProtectedAttribute] = []
        forEachElement { node in
            Self.forEachAttribute(of: node) { attribute in
                guard let name = Self.uriEscapedNames.first(where: { Self.isAttribute(attribute, named: $0) }),
                    Self.withValueBytes(of: attribute, URLReference.init(bytes:)) == .mergeTag
                else { return }
                let value = Self.value(of: attribute)
                let placeholder =
                    "infolettre-merge-tag-\(protected.count)-\(SHA256.hexDigest(Array(value.utf8)).prefix(12))"
                protected.append(
                    ProtectedAttribute(node: node, name: name.description, value: value, placeholder: placeholder))
            }
        }
        for attribute in protected { Self.setAttribute(attribute.name, to: attribute.placeholder, on: attribute.node) }
        return protected
    }

    private static let uriEscapedNames: [StaticString] = ["href", "src", "action"]

    /// Whether libxml2's serialiser URI-escapes this attribute: `href`, `src` and `action` of any element and
    /// `name` of `<a>`, outside namespaces.
    static func isURIEscapedOnOutput(_ attribute: Attribute, of node: Node) -> Bool {
        guard attribute.pointee.ns == nil, node.pointee.ns == nil else { return false }
        return uriEscapedNames.contains { isAttribute(attribute, named: $0) }
            || (isAttribute(attribute, named: "name") && isElement(node, named: "a"))
    }

    private func restore(_ protected: [ProtectedAttribute]) {
        for attribute in protected { Self.setAttribute(attribute.name, to: attribute.value, on: attribute.node) }
    }

    /// `bytes` with each quoted placeholder replaced by the quoted, escaped original value.
    private static func restoringMergeTags(_ protected: [ProtectedAttribute], in bytes: [UInt8]) -> [UInt8] {
        let replacements = protected.map { (Array("\"\($0.placeholder)\"".utf8), Array("\"\(escapedAttributeValue($0.value))\"".utf8)) }
        let marker = Array("\"infolettre-merge-tag-".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0], bytes[index...].starts(with: marker),
                let (placeholder, value) = replacements.first(where: { bytes[index...].starts(with: $0.0) })
            {
                output.append(contentsOf: value)
                index += placeholder.count
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func escapedAttributeValue(_ value: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
