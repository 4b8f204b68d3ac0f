import CLibXML2

/// Writes the nodes of a parsed document as libxml2 2.9's HTML serialiser (`htmlNodeDumpFormatOutput` without
/// formatting) writes them, byte for byte, straight from the tree into one buffer: libxml2 allocates and copies
/// every text and attribute value on the way, which made serialisation a fifth of an email's processing.
///
/// The rules it follows, from libxml2's `HTMLtree.c`, `entities.c`, `tree.c` and `uri.c`:
/// - text is escaped (`<`, `>`, `&`; control characters other than tab, line feed and carriage return are
///   dropped) unless its parent is `<script>` or `<style>`;
/// - attribute values are escaped the same way, except `<!-- … -->` and `&{ … }` which stay as they are, then
///   quoted with `"` (or `'` when the value holds `"` but no `'`; with both, `"` is written `&quot;`); boolean
///   attributes (`checked`, `nowrap`…) are written without their value;
/// - `href`, `src`, `action` and the `name` of `<a>` are also URI-escaped after their leading whitespace;
/// - void elements (`br`, `img`…) get no end tag, and neither do empty elements whose end tag HTML 4 lets go.
///
/// The HTML parser creates no namespaces and no unescaped text nodes (`xmlStringTextNoenc`), so there are none to
/// write.
struct HTMLSerializer {
    private(set) var output: [UInt8] = []
    /// `HTMLDocument.isStableUnderReparsing` of the document written, found on the way.
    private(set) var isStableUnderReparsing = true
    /// An attribute value is encoded here first: its quoting depends on the whole value.
    private var value: [UInt8] = []
    /// What libxml2's element table says of each element name met so far; names are interned by the parser, so
    /// the same pointers come back.
    private var kinds: [UnsafePointer<xmlChar>: ElementKind] = [:]

    init(capacity: Int) {
        output.reserveCapacity(capacity)
        // Room for the names of an email's elements, so that the table does not grow on the way.
        kinds.reserveCapacity(64)
    }

    /// How an element is written, from libxml2's HTML element table.
    private struct ElementKind {
        /// A void element: `>` and nothing more, not even its children.
        var isVoid: Bool
        /// Without children, `<p>` rather than `<p></p>`.
        var omitsEmptyEndTag: Bool
        /// `<script>` and `<style>`: their text is written raw.
        var hasRawText: Bool
    }

    /// Appends `node` and everything below it. Iterative, so deeply nested documents cannot overflow the stack.
    mutating func append(_ node: HTMLDocument.Node) {
        /// Whether the text children of each open element are raw.
        var rawTextStack: [Bool] = []
        var current = node
        while true {
            if current.pointee.type == XML_ELEMENT_NODE {
                let kind = kind(of: current)
                if let child = appendElementStart(current, kind: kind) {
                    rawTextStack.append(kind.hasRawText)
                    current = child
                    continue
                }
            } else {
                appendLeaf(current, parentHasRawText: rawTextStack.last ?? false)
            }
            // Close finished elements up to the next node in document order.
            while current != node, current.pointee.next == nil, let parent = current.pointee.parent {
                current = parent
                rawTextStack.removeLast()
                appendEndTag(of: current)
            }
            guard current != node, let next = current.pointee.next else { return }
            current = next
        }
    }

    /// Writes a node other than an element.
    private mutating func appendLeaf(_ node: HTMLDocument.Node, parentHasRawText: Bool) {
        switch node.pointee.type {
        case XML_TEXT_NODE:
            guard let content = node.pointee.content else { return }
            if parentHasRawText {
                appendCString(content)
            } else {
                Self.appendEscapedText(content, inAttribute: false, to: &output)
            }
        case XML_COMMENT_NODE:
            guard let content = node.pointee.content else { return }
            appendASCII("<!--")
            appendCString(content)
            appendASCII("-->")
        case XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { appendCString(content) }
        case XML_PI_NODE:
            guard let name = node.pointee.name else { return }
            appendASCII("<?")
            appendCString(name)
            if let content = node.pointee.content {
                output.append(UInt8(ascii: " "))
                appendCString(content)
            }
            output.append(UInt8(ascii: ">"))
        case XML_ENTITY_REF_NODE:
            Self.appendEntityReference(node, to: &output)
        default:
            break
        }
    }

    /// Writes the start tag, or the whole element when it has no children to write; returns the first child
    /// otherwise.
    private mutating func appendElementStart(_ node: HTMLDocument.Node, kind: ElementKind) -> HTMLDocument.Node? {
        if isStableUnderReparsing { isStableUnderReparsing = HTMLDocument.isStableUnderReparsing(element: node) }
        output.append(UInt8(ascii: "<"))
        appendCString(node.pointee.name)
        var attribute = node.pointee.properties
        while let current = attribute {
            appendAttribute(current, of: node)
            attribute = current.pointee.next
        }
        if kind.isVoid {
            output.append(UInt8(ascii: ">"))
            return nil
        }
        guard let child = node.pointee.children else {
            if kind.omitsEmptyEndTag {
                output.append(UInt8(ascii: ">"))
            } else {
                appendASCII("></")
                appendCString(node.pointee.name)
                output.append(UInt8(ascii: ">"))
            }
            return nil
        }
        output.append(UInt8(ascii: ">"))
        return child
    }

    private mutating func appendEndTag(of element: HTMLDocument.Node) {
        appendASCII("</")
        appendCString(element.pointee.name)
        output.append(UInt8(ascii: ">"))
    }

    private mutating func kind(of element: HTMLDocument.Node) -> ElementKind {
        guard let name = element.pointee.name else {
            return ElementKind(isVoid: false, omitsEmptyEndTag: false, hasRawText: false)
        }
        if let known = kinds[name] { return known }
        var kind = ElementKind(
            isVoid: false, omitsEmptyEndTag: false,
            hasRawText: HTMLDocument.equalsIgnoringASCIICase(name, "script")
                || HTMLDocument.equalsIgnoringASCIICase(name, "style"))
        if let description = htmlTagLookup(name) {
            kind.isVoid = description.pointee.empty != 0
            let isHTMLOrBody =
                HTMLDocument.equalsIgnoringASCIICase(name, "html") || HTMLDocument.equalsIgnoringASCIICase(name, "body")
            kind.omitsEmptyEndTag = description.pointee.saveEndTag != 0 && !isHTMLOrBody
        }
        kinds[name] = kind
        return kind
    }

    // MARK: Attributes

    private mutating func appendAttribute(_ attribute: HTMLDocument.Attribute, of element: HTMLDocument.Node) {
        output.append(UInt8(ascii: " "))
        guard let name = attribute.pointee.name else { return }
        appendCString(name)
        guard let first = HTMLDocument.firstChild(of: attribute), !Self.isBooleanAttribute(name) else { return }
        if Self.mayHoldMergeTag(name),
            HTMLDocument.withValueBytes(of: attribute, URLReference.init(bytes:)) == .mergeTag
        {
            return appendMergeTag(HTMLDocument.value(of: attribute))
        }
        let isURL = HTMLDocument.isURIEscapedOnOutput(attribute, of: element)
        // Nearly every value is one text node with nothing to escape: written from the tree without a copy.
        if first.pointee.next == nil, first.pointee.type == XML_TEXT_NODE, let content = first.pointee.content {
            let (length, classes) = Self.scan(content)
            if isURL && classes & ByteClass.changedByReparsing != 0 { isStableUnderReparsing = false }
            if classes & ByteClass.changedInText == 0 && (!isURL || classes & ByteClass.escapedInURL == 0) {
                return appendQuoted(UnsafeBufferPointer(start: content, count: length), classes: classes)
            }
        } else if isURL && isStableUnderReparsing {
            isStableUnderReparsing = HTMLDocument.isStableURL(attribute)
        }
        appendEncodedValue(first, isURL: isURL)
    }

    /// `href`, `src` and `action`, in any case: where a merge tag goes.
    private static func mayHoldMergeTag(_ name: UnsafePointer<xmlChar>) -> Bool {
        switch name[0] | 0x20 {
        case UInt8(ascii: "h"): HTMLDocument.equalsIgnoringASCIICase(name, "href")
        case UInt8(ascii: "s"): HTMLDocument.equalsIgnoringASCIICase(name, "src")
        case UInt8(ascii: "a"): HTMLDocument.equalsIgnoringASCIICase(name, "action")
        default: false
        }
    }

    /// libxml2 would URI-escape a mailing service merge tag such as `{{ UnsubscribeURL }}` or `*|UNSUB|*` and
    /// break it: it is written as it is, escaped only as markup.
    private mutating func appendMergeTag(_ value: String) {
        appendASCII("=\"")
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "&"): appendASCII("&amp;")
            case UInt8(ascii: "\""): appendASCII("&quot;")
            case UInt8(ascii: "<"): appendASCII("&lt;")
            case UInt8(ascii: ">"): appendASCII("&gt;")
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The general case: libxml2 encodes each child of the attribute, joins them, then URI-escapes URLs.
    private mutating func appendEncodedValue(_ first: HTMLDocument.Node, isURL: Bool) {
        value.removeAll(keepingCapacity: true)
        var hasValue = false
        var child: HTMLDocument.Node? = first
        while let node = child {
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    Self.appendEscapedText(content, inAttribute: true, to: &value)
                    hasValue = true
                }
            case XML_ENTITY_REF_NODE:
                Self.appendEntityReference(node, to: &value)
                hasValue = true
            default:
                break
            }
            child = node.pointee.next
        }
        guard hasValue else { return appendASCII("=\"\"") }
        if isURL {
            appendURIEscaped(value)
        } else {
            value.withUnsafeBufferPointer { bytes in
                appendQuoted(bytes, classes: bytes.reduce(0) { $0 | Self.byteClasses[Int($1)] })
            }
        }
    }

    /// Writes `=` and the value in quotes, as `xmlBufWriteQuotedString` does.
    private mutating func appendQuoted(_ bytes: UnsafeBufferPointer<UInt8>, classes: UInt8) {
        if classes & ByteClass.quote == 0 {
            appendASCII("=\"")
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
        } else if classes & ByteClass.apostrophe == 0 {
            appendASCII("='")
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "'"))
        } else {
            appendASCII("=\"")
            for byte in bytes {
                if byte == UInt8(ascii: "\"") { appendASCII("&quot;") } else { output.append(byte) }
            }
            output.append(UInt8(ascii: "\""))
        }
    }

    /// Writes `=` and the value as `xmlURIEscapeStr` escapes it with the serialiser's list of kept characters, after
    /// leading whitespace; the result has no `"`, so it is always written in double quotes.
    private mutating func appendURIEscaped(_ bytes: [UInt8]) {
        var start = 0
        while start < bytes.count, Self.isBlank(bytes[start]) { start += 1 }
        appendASCII("=\"")
        for byte in bytes[start...] {
            if Self.byteClasses[Int(byte)] & ByteClass.escapedInURL == 0 {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(Self.hexDigit(byte >> 4))
                output.append(Self.hexDigit(byte & 0x0F))
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// The attribute names libxml2 writes without a value (`htmlIsBooleanAttr`), by first letter: most attribute
    /// names start with another one, and the others are told apart in a few bytes.
    private static func isBooleanAttribute(_ name: UnsafePointer<xmlChar>) -> Bool {
        func isAny(_ words: StaticString...) -> Bool {
            words.contains { HTMLDocument.equalsIgnoringASCIICase(name, $0) }
        }
        switch name[0] | 0x20 {
        case UInt8(ascii: "c"): return isAny("checked", "compact")
        case UInt8(ascii: "d"): return isAny("declare", "defer", "disabled")
        case UInt8(ascii: "i"): return isAny("ismap")
        case UInt8(ascii: "m"): return isAny("multiple")
        case UInt8(ascii: "n"): return isAny("nohref", "noresize", "noshade", "nowrap")
        case UInt8(ascii: "r"): return isAny("readonly")
        case UInt8(ascii: "s"): return isAny("selected")
        default: return false
        }
    }

    // MARK: Text

    /// What a byte means to the serialiser, as bit flags.
    private enum ByteClass {
        /// `<`, `>`, `&` and the control characters libxml2 drops: text with none of them is written as is.
        static let changedInText: UInt8 = 1
        static let quote: UInt8 = 2
        static let apostrophe: UInt8 = 4
        /// Percent-encoded in a URL attribute.
        static let escapedInURL: UInt8 = 8
        /// In a URL attribute, changed by writing the document out and parsing it back.
        static let changedByReparsing: UInt8 = 16
    }

    private static let byteClasses: [UInt8] = (0...255).map { value in
        let byte = UInt8(value)
        var classes: UInt8 = 0
        if byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
            || (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        {
            classes |= ByteClass.changedInText
        }
        if byte == UInt8(ascii: "\"") { classes |= ByteClass.quote }
        if byte == UInt8(ascii: "'") { classes |= ByteClass.apostrophe }
        if !isKeptByURIEscaping(byte) { classes |= ByteClass.escapedInURL }
        if !HTMLDocument.isKeptByURIEscaping(byte) { classes |= ByteClass.changedByReparsing }
        return classes
    }

    /// Unreserved characters (RFC 2396) and the serialiser's list of kept delimiters, `@/:=?;#%&,+<>`.
    private static func isKeptByURIEscaping(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || "-_.!~*'()@/:=?;#%&,+<>".utf8.contains(byte)
    }

    /// The length of a NUL-terminated string and the union of its byte classes.
    private static func scan(_ string: UnsafePointer<xmlChar>) -> (length: Int, classes: UInt8) {
        byteClasses.withUnsafeBufferPointer { table in
            var classes: UInt8 = 0
            var index = 0
            while string[index] != 0 {
                classes |= table[Int(string[index])]
                index += 1
            }
            return (index, classes)
        }
    }

    /// `xmlEncodeEntitiesReentrant` (text) or `xmlEncodeAttributeEntities` (attribute values) of an HTML
    /// document: non-ASCII bytes stay as they are.
    private static func appendEscapedText(_ text: UnsafePointer<xmlChar>, inAttribute: Bool, to bytes: inout [UInt8]) {
        let (length, classes) = scan(text)
        guard classes & ByteClass.changedInText != 0 else {
            return bytes.append(contentsOf: UnsafeBufferPointer(start: text, count: length))
        }
        var index = 0
        var runStart = 0
        while index < length {
            let byte = text[index]
            guard byteClasses[Int(byte)] & ByteClass.changedInText != 0 else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: text + runStart, count: index - runStart))
            if inAttribute, let end = endOfVerbatimRun(text, at: index, length: length) {
                bytes.append(contentsOf: UnsafeBufferPointer(start: text + index, count: end - index))
                index = end
            } else {
                switch byte {
                case UInt8(ascii: "<"): bytes += "&lt;".utf8
                case UInt8(ascii: ">"): bytes += "&gt;".utf8
                case UInt8(ascii: "&"): bytes += "&amp;".utf8
                default: break  // A control character: dropped.
                }
                index += 1
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: text + runStart, count: length - runStart))
    }

    /// In attribute values, a server-side include `<!-- … -->` and an HTML 4 `&{ … }` are kept as they are: the
    /// index just past such a run starting at `index`.
    private static func endOfVerbatimRun(_ text: UnsafePointer<xmlChar>, at index: Int, length: Int) -> Int? {
        if text[index] == UInt8(ascii: "<") {
            guard index + 3 < length, text[index + 1] == UInt8(ascii: "!"), text[index + 2] == UInt8(ascii: "-"),
                text[index + 3] == UInt8(ascii: "-")
            else { return nil }
            var end = index
            while end + 2 < length {
                if text[end] == UInt8(ascii: "-") && text[end + 1] == UInt8(ascii: "-")
                    && text[end + 2] == UInt8(ascii: ">")
                {
                    return end + 3
                }
                end += 1
            }
            return nil
        }
        guard text[index] == UInt8(ascii: "&"), index + 1 < length, text[index + 1] == UInt8(ascii: "{") else {
            return nil
        }
        var end = index + 2
        while end < length {
            if text[end] == UInt8(ascii: "}") { return end + 1 }
            end += 1
        }
        return nil
    }

    private static func appendEntityReference(_ node: HTMLDocument.Node, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "&"))
        if let name = node.pointee.name {
            bytes.append(contentsOf: UnsafeBufferPointer(start: name, count: Int(xmlStrlen(name))))
        }
        bytes.append(UInt8(ascii: ";"))
    }

    private mutating func appendCString(_ string: UnsafePointer<xmlChar>) {
        output.append(contentsOf: UnsafeBufferPointer(start: string, count: Int(xmlStrlen(string))))
    }

    mutating func appendASCII(_ text: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Adds a final line feed unless the output already ends with one.
    mutating func endWithLineFeed() {
        if output.last != 0x0A { output.append(0x0A) }
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
