import CLibXML2

extension HTMLDocument {
    /// The document as HTML5: `<!DOCTYPE html>` then every top-level node (comments included) in UTF-8,
    /// without reformatting, so conditional comments come out byte for byte. URLs are written as libxml2 writes
    /// them, except mailing service merge tags (`{{ UnsubscribeURL }}`, `*|UNSUB|*`), which are kept verbatim.
    func serialized() -> String {
        serialization().html
    }

    /// `serialized()` and `isStableUnderReparsing`, from one walk over the document.
    func serialization() -> (html: String, isStableUnderReparsing: Bool) {
        let doctype: StaticString = "<!DOCTYPE html>\n"
        var serializer = HTMLSerializer(capacity: parsedByteCount + parsedByteCount / 4 + 64)
        serializer.appendASCII(doctype)
        var top = document.pointee.children
        while let node = top {
            if node.pointee.type != XML_DTD_NODE { serializer.append(node) }
            top = node.pointee.next
        }
        serializer.endWithLineFeed()
        return (String(decoding: serializer.output, as: UTF8.self), serializer.isStableUnderReparsing)
    }
}
