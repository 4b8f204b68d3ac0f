import CLibXML2

extension HTMLDocument {
    /// Whether parsing `serialized()` again would give the email steps the same document: the same elements,
    /// attribute values and text. When it does, one step can hand its document to the next instead of writing it
    /// out and parsing it back, with the same result.
    ///
    /// The test is conservative: it holds for what a template and the inliner produce, and fails on the few
    /// constructs that a round trip through libxml2 changes, or might:
    /// - URL attributes that libxml2 URI-escapes on output (a space, a quote, non-ASCII…) or trims (leading
    ///   whitespace), mailing service merge tags excepted, as serialisation writes them back verbatim;
    /// - `<style>` or `<script>` text that would end the element early (`</` and a letter) or holds a carriage
    ///   return (the inliner writes the CSS it keeps there without going through the parser);
    /// - a `<meta>` that declares another encoding than UTF-8, which the parser would switch to on the way back.
    var isStableUnderReparsing: Bool {
        var isStable = true
        forEachElement { node in
            guard isStable else { return }
            if Self.isElement(node, named: "style") || Self.isElement(node, named: "script") {
                isStable = Self.isStableRawText(ofChildren: node.pointee.children)
            } else if Self.isElement(node, named: "meta") {
                isStable = Self.declaresOnlyUTF8(node)
            }
            Self.forEachAttribute(of: node) { attribute in
                guard isStable, Self.isURIEscapedOnOutput(attribute, of: node) else { return }
                isStable = Self.withValueBytes(of: attribute) { value in
                    value.allSatisfy(Self.isKeptByURIEscaping) || URLReference(bytes: value) == .mergeTag
                }
            }
        }
        return isStable
    }

    /// Bytes that libxml2 writes unchanged in a URL attribute (`xmlURIEscapeStr` with the serialiser's list of
    /// kept delimiters) and that read back as themselves (`&` is written `&amp;`).
    private static func isKeptByURIEscaping(_ byte: UInt8) -> Bool {
        if byte.isASCIILetter || byte.isASCIIDigit { return true }
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"),
            UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "@"),
            UInt8(ascii: "/"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: ";"),
            UInt8(ascii: "#"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: ","), UInt8(ascii: "+"):
            return true
        default:
            return false
        }
    }

    private static func isStableRawText(ofChildren first: Node?) -> Bool {
        var child = first
        while let node = child {
            if let content = node.pointee.content {
                var index = 0
                while content[index] != 0 {
                    if content[index] == 0x0D { return false }
                    if content[index] == UInt8(ascii: "<") && content[index + 1] == UInt8(ascii: "/")
                        && content[index + 2].isASCIILetter
                    {
                        return false
                    }
                    index += 1
                }
            }
            child = node.pointee.next
        }
        return true
    }

    private static func declaresOnlyUTF8(_ meta: Node) -> Bool {
        if let charset = attribute("charset", of: meta), charset.lowercased() != "utf-8" { return false }
        if let content = attribute("content", of: meta)?.lowercased(), content.contains("charset"),
            !content.contains("charset=utf-8")
        {
            return false
        }
        return true
    }
}
