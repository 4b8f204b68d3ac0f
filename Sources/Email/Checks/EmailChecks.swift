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
        let document = try HTMLDocument(parsing: html)
        let elements = document.elements.map { (node: $0, name: HTMLDocument.name(of: $0)) }
        let images = elements.filter { $0.name == "img" }.map(\.node)
        return [
            sizeCheck(byteCount: html.utf8.count),
            imageCheck(images, name: "image-alt", attribute: "alt"),
            imageCheck(images, name: "image-width", attribute: "width"),
            tableRoleCheck(elements.filter { $0.name == "table" }.map(\.node)),
            langCheck(elements.first { $0.name == "html" }?.node),
            preheaderCheck(elements.map(\.node)),
            absoluteURLCheck(elements.map(\.node)),
            scriptCheck(count: elements.filter { $0.name == "script" }.count),
            trackingPixelCheck(images),
            unsubscribeCheck(elements.filter { $0.name == "a" }.map(\.node)),
        ]
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
    private func tableRoleCheck(_ tables: [HTMLDocument.Node]) -> EmailCheck {
        let layoutTables = tables.filter { table in
            !HTMLDocument.descendants(of: table).contains { ["th", "caption", "thead"].contains(HTMLDocument.name(of: $0)) }
        }
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
            HTMLDocument.attribute("class", of: node)?.split(whereSeparator: \.isWhitespace).contains("preheader") == true
        }
        guard let preheader else {
            return EmailCheck(
                name: "preheader", status: .failed, message: "no element with class \"preheader\" (inbox preview text)")
        }
        let text = HTMLDocument.textContent(of: preheader).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return EmailCheck(name: "preheader", status: .passed, message: "preheader: \(text)")
    }

    private func absoluteURLCheck(_ elements: [HTMLDocument.Node]) -> EmailCheck {
        var relative: [String] = []
        let urlAttributes: Set<String> = ["href", "src", "background", "poster"]
        for node in elements {
            for (name, value) in HTMLDocument.attributes(of: node) {
                if urlAttributes.contains(name) {
                    let reference = URLReference(value)
                    if reference == .relative || reference == .empty { relative.append(value.isEmpty ? "(empty \(name))" : value) }
                } else if name == "style", value.contains("url(") {
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
        let found = anchors.contains {
            HTMLDocument.attribute("href", of: $0)?.trimmingCharacters(in: .whitespacesAndNewlines) == url
        }
        guard found else {
            return EmailCheck(name: "unsubscribe-link", status: .failed, message: "no link to \(url)")
        }
        return EmailCheck(name: "unsubscribe-link", status: .passed, message: "unsubscribe link to \(url)")
    }
}
