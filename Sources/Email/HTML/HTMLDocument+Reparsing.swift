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
    /// `serialized()` finds the same while it writes the document out.
    var isStableUnderReparsing: Bool {
        var isStable = true
        forEachElement { node in
            guard isStable else { return }
            isStable = Self.isStableUnderReparsing(element: node)
            Self.forEachAttribute(of: node) { attribute in
                guard isStable, Self.isURIEscapedOnOutput(attribute, of: node) else { return }
                isStable = Self.isStableURL(attribute)
            }
        }
        return isStable
    }

    /// The element's own part of the test, its attributes aside.
    static func isStableUnderReparsing(element node: Node) -> Bool {
        if isElement(node, named: "style") || isElement(node, named: "script") {
            return isStableRawText(ofChildren: node.pointee.children)
        }
        return !isElement(node, named: "meta") || declaresOnlyUTF8(node)
    }

    /// Whether libxml2's serialiser URI-escapes this attribute: `href`, `src` and `action` of any element and
    /// `name` of `<a>`, outside namespaces.
    static func isURIEscapedOnOutput(_ attribute: Attribute, of node: Node) -> Bool {
        guard attribute.pointee.ns == nil, node.pointee.ns == nil, let name = attribute.pointee.name else {
            return false
        }
        // Most attribute names start with another letter: one byte settles them.
        switch name[0] {
        case UInt8(ascii: "h"), UInt8(ascii: "H"): return equalsIgnoringASCIICase(name, "href")
        case UInt8(ascii: "s"), UInt8(ascii: "S"): return equalsIgnoringASCIICase(name, "src")
        case UInt8(ascii: "a"), UInt8(ascii: "A"): return equalsIgnoringASCIICase(name, "action")
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return equalsIgnoringASCIICase(name, "name") && isElement(node, named: "a")
        default: return false
        }
    }

    /// Whether a URL attribute comes back the same: libxml2 leaves its value as it is, or it is a merge tag.
    static func isStableURL(_ attribute: Attribute) -> Bool {
        withValueBytes(of: attribute) { value in
            value.allSatisfy(isKeptByURIEscaping) || URLReference(bytes: value) == .mergeTag
        }
    }

    /// Bytes that libxml2 writes unchanged in a URL attribute (`xmlURIEscapeStr` with the serialiser's list of
    /// kept delimiters) and that read back as themselves (`&` is written `&amp;`).
    static func isKeptByURIEscaping(_ byte: UInt8) -> Bool {
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
