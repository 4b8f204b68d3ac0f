import CLibXML2
import Foundation
import Testing

@testable import Email

/// `HTMLDocument.serialized()` writes the tree itself; this checks it against libxml2's own HTML serialiser
/// (`htmlNodeDumpFormatOutput`, merge tags swapped for placeholders around it, as the email steps did before), and
/// its stability verdict against `isStableUnderReparsing`, on documents made of the constructs either treats
/// specially.
@Suite("HTML serialisation against libxml2")
struct HTMLSerializerEquivalenceTests {
    /// Pieces of markup that libxml2 writes in some particular way.
    private static let pieces = [
        "<p>plain text</p>", "<p>a &lt; b &gt; c &amp; d \" ' é € 😀</p>", "<p>tab\tand\r\nbreaks\u{1}ctl\u{7F}</p>",
        "<br><br/><img src=\"a.png\" alt=\"\"><hr class=\"x\"><input type=\"checkbox\" checked disabled=\"disabled\">",
        "<p></p><td></td><li></li><div></div><span></span><option></option><html></html>",
        "<a href=\"https://e.org/a b?x=1&y=2#z\">sp</a>", "<a href=\"  https://e.org/lead\">lead</a>",
        "<a href=\"https://e.org/é?q=ü\">non-ascii</a>", "<a href=\"{{ UnsubscribeURL }}\">tag</a>",
        "<a href=\"*|UNSUB|*\" src=\"[[x y]]\">tags</a>", "<img src=\"{% url 'x' %}\">", "<a name=\"a b\">n</a>",
        "<div name=\"a b\">div name</div>", "<form action=\"/go?a=1 2\"><input name=\"q\"></form>",
        "<p title='say \"hi\"'>q</p>", "<p title=\"it's\">a</p>", "<p title='both \" and &apos;'>b</p>",
        "<p data-x=\"&{expr}\" data-y=\"&{open\" data-z=\"<!-- ssi -->\" data-w=\"<!-- open\">x</p>",
        "<p data-c=\"a\u{2}b\" data-e=\"\">ctl</p>", "<p class=\"  a   b \">classes</p>", "<P CLASS=\"Up\">upper</P>",
        "<script>if (a < b && c > d) { x = '</p>' }</script>", "<style>a > b { content: \"&\" }</style>",
        "<!-- a comment & <b> -->", "<!--[if mso]><table><tr><td><![endif]-->", "<?php echo 1 ?>",
        "<table><tr><th>h</th><td nowrap>c</td></tr></table>", "<o:p>office</o:p>", "<custom-el a=b>c</custom-el>",
        "<textarea>a < b</textarea>", "<pre>\n  pre\n</pre>", "<ul><li>one<li>two</ul>", "&nbsp;&eacute;&#8199;&#847;",
        "<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
    ]

    @Test func writesWhatLibxml2Writes() throws {
        var generator = SplitMix(seed: 48)
        for round in 0..<600 {
            var body = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) { body += Self.pieces.randomElement(using: &generator)! }
            let html = "<!DOCTYPE html><html lang=\"fr\"><head><title>t</title></head><body>\(body)</body></html>"
            let document = try HTMLDocument(parsing: html)
            if round % 3 == 0 { Self.setAttributes(in: document, using: &generator) }
            let (serialized, isStable) = document.serialization()
            #expect(serialized == Self.libxml2Serialization(of: document), "\(html.debugDescription)")
            #expect(isStable == document.isStableUnderReparsing, "\(html.debugDescription)")
        }
    }

    /// Values as the inliner and the finisher set them, with characters that need escaping.
    private static func setAttributes(in document: HTMLDocument, using generator: inout SplitMix) {
        let values = ["color:red", "font-family:'A B',\"C\"", "a&b<c>d", "x\"y'z", "", "https://e.org/?a=1&b=2", "é à"]
        document.forEachElement { node in
            HTMLDocument.setAttribute("style", to: values.randomElement(using: &generator)!, on: node)
            if HTMLDocument.isElement(node, named: "a") {
                HTMLDocument.setAttribute("href", to: values.randomElement(using: &generator)!, on: node)
            }
        }
    }

    /// What the email steps wrote before they had their own serialiser.
    private static func libxml2Serialization(of document: HTMLDocument) -> String {
        var placeholders: [(node: HTMLDocument.Node, name: String, value: String, placeholder: String)] = []
        document.forEachElement { node in
            HTMLDocument.forEachAttribute(of: node) { attribute in
                let name = String(cString: attribute.pointee.name)
                guard ["href", "src", "action"].contains(name.lowercased()),
                    URLReference(HTMLDocument.value(of: attribute)) == .mergeTag
                else { return }
                placeholders.append((node, name, HTMLDocument.value(of: attribute), "merge-tag-\(placeholders.count)"))
            }
        }
        for entry in placeholders { HTMLDocument.setAttribute(entry.name, to: entry.placeholder, on: entry.node) }
        defer { for entry in placeholders { HTMLDocument.setAttribute(entry.name, to: entry.value, on: entry.node) } }
        let output = xmlAllocOutputBuffer(nil)!
        var top = document.document.pointee.children
        while let node = top {
            if node.pointee.type != XML_DTD_NODE { htmlNodeDumpFormatOutput(output, document.document, node, nil, 0) }
            top = node.pointee.next
        }
        xmlOutputBufferFlush(output)
        var html = "<!DOCTYPE html>\n" + String(
            decoding: UnsafeBufferPointer(start: xmlOutputBufferGetContent(output), count: xmlOutputBufferGetSize(output)),
            as: UTF8.self)
        xmlOutputBufferClose(output)
        if !html.hasSuffix("\n") { html += "\n" }
        for entry in placeholders {
            let escaped = entry.value.replacingOccurrences(of: "&", with: "&amp;")
                .replacingOccurrences(of: "\"", with: "&quot;")
                .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            html = html.replacingOccurrences(of: "\"\(entry.placeholder)\"", with: "\"\(escaped)\"")
        }
        return html
    }
}

/// A small seeded generator, so that a failure can be replayed.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}
