import CLibXML2
import Foundation

/// Checks a finished email against what clients and inbox providers expect.
///
/// ```swift
/// let checks = try EmailChecks(options: .init(unsubscribeURL: unsubscribe)).run(on: finished.html)
/// let failed = checks.filter { $0.status == .failed }
/// ```
public struct EmailChecks: Sendable {
    /// The size budget and the unsubscribe URL to look for.
    public struct Options: Sendable, Hashable {
        /// Size above which a warning is given: Gmail clips messages above about 102 KB.
        public var sizeBudget: Int
        /// The URL the unsubscribe link must point to; `nil` makes that check fail.
        public var unsubscribeURL: String?

        public init(sizeBudget: Int = 90 * 1024, unsubscribeURL: String? = nil) {
            self.sizeBudget = sizeBudget
            self.unsubscribeURL = unsubscribeURL
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Runs every check, in a fixed order.
    public func run(on html: String) throws(EmailHTMLError) -> [EmailCheck] {
        run(on: try HTMLDocument(parsing: html), byteCount: html.utf8.count)
    }

    /// Runs every check on a parsed document whose HTML is `byteCount` bytes long.
    func run(on document: HTMLDocument, byteCount: Int) -> [EmailCheck] {
        var elements = DocumentElements()
        document.forEachElement { elements.add($0) }
        return [
            sizeCheck(byteCount: byteCount),
            imageCheck(elements.images, name: "image-alt", attribute: "alt"),
            imageCheck(elements.images, name: "image-width", attribute: "width"),
            tableRoleCheck(elements.tables, dataTables: elements.dataTables),
            langCheck(elements.html),
            preheaderCheck(elements.all),
            absoluteURLCheck(elements.all),
            scriptCheck(count: elements.scriptCount),
            trackingPixelCheck(elements.images),
            unsubscribeCheck(elements.anchors),
        ]
    }

    /// The elements the checks look at, sorted in one walk over the document.
    private struct DocumentElements {
        var all: [HTMLDocument.Node] = []
        var images: [HTMLDocument.Node] = []
        var tables: [HTMLDocument.Node] = []
        /// Tables with a header cell, a caption or a header row group somewhere inside.
        var dataTables: Set<HTMLDocument.Node> = []
        var anchors: [HTMLDocument.Node] = []
        var html: HTMLDocument.Node?
        var scriptCount = 0

        mutating func add(_ node: HTMLDocument.Node) {
            all.append(node)
            if HTMLDocument.isElement(node, named: "img") {
                images.append(node)
            } else if HTMLDocument.isElement(node, named: "a") {
                anchors.append(node)
            } else if HTMLDocument.isElement(node, named: "table") {
                tables.append(node)
            } else if HTMLDocument.isElement(node, named: "script") {
                scriptCount += 1
            } else if HTMLDocument.isElement(node, named: "html") {
                if html == nil { html = node }
            } else if HTMLDocument.isElement(node, named: "th") || HTMLDocument.isElement(node, named: "caption")
                || HTMLDocument.isElement(node, named: "thead")
            {
                var ancestor = node.pointee.parent
                while let current = ancestor, current.pointee.type == XML_ELEMENT_NODE {
                    if HTMLDocument.isElement(current, named: "table") { dataTables.insert(current) }
                    ancestor = current.pointee.parent
                }
            }
        }
    }

    private func sizeCheck(byteCount: Int) -> EmailCheck {
        let kilobytes = "\(byteCount / 1024) KB (\(byteCount) bytes)"
        guard byteCount <= options.sizeBudget else {
            return EmailCheck(
                name: "size", status: .warning,
                message: "\(kilobytes) is over the \(options.sizeBudget / 1024) KB budget; Gmail clips above 102 KB")
        }
        return EmailCheck(name: "size", status: .passed, message: "\(kilobytes), budget \(options.sizeBudget / 1024) KB")
    }

    private func imageCheck(_ images: [HTMLDocument.Node], name: String, attribute: String) -> EmailCheck {
        let missing = images.filter { HTMLDocument.attribute(attribute, of: $0) == nil }
        guard missing.isEmpty else {
            let sources = missing.map { HTMLDocument.attribute("src", of: $0) ?? "(no src)" }
            return EmailCheck(
                name: name, status: .failed,
                message: "\(missing.count) image(s) without \(attribute): \(sources.joined(separator: ", "))")
        }
        return EmailCheck(name: name, status: .passed, message: "all \(images.count) image(s) have \(attribute)")
    }

    /// Tables with headers or a caption are data tables; every other table is layout and needs
    /// `role="presentation"` so screen readers do not announce rows and columns.
    private func tableRoleCheck(_ tables: [HTMLDocument.Node], dataTables: Set<HTMLDocument.Node>) -> EmailCheck {
        let layoutTables = tables.filter { !dataTables.contains($0) }
        let missing = layoutTables.filter { HTMLDocument.attribute("role", of: $0)?.lowercased() != "presentation" }
        guard missing.isEmpty else {
            return EmailCheck(
                name: "table-role", status: .failed,
                message: "\(missing.count) of \(layoutTables.count) layout table(s) lack role=\"presentation\"")
        }
        return EmailCheck(
            name: "table-role", status: .passed,
            message: "all \(layoutTables.count) layout table(s) have role=\"presentation\"")
    }

    private func langCheck(_ html: HTMLDocument.Node?) -> EmailCheck {
        guard let lang = html.flatMap({ HTMLDocument.attribute("lang", of: $0) }), !lang.isEmpty else {
            return EmailCheck(name: "html-lang", status: .failed, message: "<html> has no lang attribute")
        }
        return EmailCheck(name: "html-lang", status: .passed, message: "lang=\"\(lang)\"")
    }

    private func preheaderCheck(_ elements: [HTMLDocument.Node]) -> EmailCheck {
        let preheader = elements.first { node in
            // Most elements have no class naming the preheader: the bytes tell before any string is made.
            guard let classes = HTMLDocument.attributeNode("class", of: node),
                HTMLDocument.withValueBytes(of: classes, { Self.contains($0, "preheader") })
            else { return false }
            return HTMLDocument.value(of: classes).split(whereSeparator: \.isWhitespace).contains("preheader")
        }
        guard let preheader else {
            return EmailCheck(
                name: "preheader", status: .failed, message: "no element with class \"preheader\" (inbox preview text)")
        }
        let text = HTMLDocument.collapsedTextContent(of: preheader)
        return EmailCheck(name: "preheader", status: .passed, message: "preheader: \(text)")
    }

    private static let urlAttributes: [StaticString] = ["href", "src", "background", "poster"]

    private func absoluteURLCheck(_ elements: [HTMLDocument.Node]) -> EmailCheck {
        var relative: [String] = []
        for node in elements {
            HTMLDocument.forEachAttribute(of: node) { attribute in
                if let name = Self.urlAttributes.first(where: { HTMLDocument.isAttribute(attribute, named: $0) }) {
                    let reference = HTMLDocument.withValueBytes(of: attribute, URLReference.init(bytes:))
                    if reference == .relative || reference == .empty {
                        let value = HTMLDocument.value(of: attribute)
                        relative.append(value.isEmpty ? "(empty \(name))" : value)
                    }
                } else if HTMLDocument.isAttribute(attribute, named: "style"),
                    HTMLDocument.withValueBytes(of: attribute, { CSSURLRewriter.mayContainReference($0) })
                {
                    let value = HTMLDocument.value(of: attribute)
                    guard value.contains("url(") else { return }
                    _ = CSSURLRewriter.rewrite(value) { url in
                        if URLReference(url) == .relative { relative.append(url) }
                        return nil
                    }
                }
            }
        }
        guard relative.isEmpty else {
            return EmailCheck(
                name: "absolute-urls", status: .failed,
                message: "\(relative.count) URL(s) not absolute: \(relative.prefix(10).joined(separator: ", "))")
        }
        return EmailCheck(name: "absolute-urls", status: .passed, message: "all URLs are absolute")
    }

    /// Whether `bytes` contain `word` (ASCII).
    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        let length = word.utf8CodeUnitCount
        guard bytes.count >= length else { return false }
        let first = word.utf8Start[0]
        for start in 0...(bytes.count - length) where bytes[start] == first {
            if (1..<length).allSatisfy({ bytes[start + $0] == word.utf8Start[$0] }) { return true }
        }
        return false
    }

    private func scriptCheck(count: Int) -> EmailCheck {
        guard count == 0 else {
            return EmailCheck(
                name: "no-script", status: .failed, message: "\(count) <script> element(s): email clients strip them")
        }
        return EmailCheck(name: "no-script", status: .passed, message: "no <script>")
    }

    /// A 1×1 (or 0×0) image, by attributes or inline style, is the classic open-tracking pixel.
    private func trackingPixelCheck(_ images: [HTMLDocument.Node]) -> EmailCheck {
        let pixels = images.filter { image in
            let style = CSSDeclaration.parseList(HTMLDocument.attribute("style", of: image) ?? "")
            func dimension(_ name: String) -> String? {
                let fromStyle = style.last { $0.property == name }.flatMap {
                    PresentationalAttributes.length($0.value, allowsPercent: false)
                }
                return HTMLDocument.attribute(name, of: image) ?? fromStyle
            }
            return ["0", "1"].contains(dimension("width")) && ["0", "1"].contains(dimension("height"))
        }
        guard pixels.isEmpty else {
            let sources = pixels.map { HTMLDocument.attribute("src", of: $0) ?? "(no src)" }
            return EmailCheck(
                name: "no-tracking-pixel", status: .failed,
                message: "tracking pixel(s): \(sources.joined(separator: ", "))")
        }
        return EmailCheck(name: "no-tracking-pixel", status: .passed, message: "no 1×1 image")
    }

    private func unsubscribeCheck(_ anchors: [HTMLDocument.Node]) -> EmailCheck {
        guard let url = options.unsubscribeURL else {
            return EmailCheck(name: "unsubscribe-link", status: .failed, message: "no unsubscribe URL configured")
        }
        let found = anchors.contains { anchor in
            guard let href = HTMLDocument.attributeNode("href", of: anchor) else { return false }
            // Foundation's trimming is slow and seldom needed: printable ASCII at both ends has nothing to trim.
            let isTrimmed = HTMLDocument.withValueBytes(of: href) { bytes in
                guard let first = bytes.first, let last = bytes.last else { return false }
                return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
            }
            let value = HTMLDocument.value(of: href)
            return (isTrimmed ? value : value.trimmingCharacters(in: .whitespacesAndNewlines)) == url
        }
        guard found else {
            return EmailCheck(name: "unsubscribe-link", status: .failed, message: "no link to \(url)")
        }
        return EmailCheck(name: "unsubscribe-link", status: .passed, message: "unsubscribe link to \(url)")
    }
}
