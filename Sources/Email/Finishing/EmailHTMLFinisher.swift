import Foundation

/// The last pass over an email's HTML before sending: absolute URLs, campaign parameters, `alt` on every image,
/// and the facts the manifest needs (links, images without alt, size).
///
/// ```swift
/// let finisher = EmailHTMLFinisher(options: .init(baseURL: URL(string: "https://lettre.example.org/")!,
///     utm: UTMParameters(source: "infolettre", campaign: "2026-48"), unsubscribeURL: unsubscribe))
/// let finished = try finisher.finish(inlined.html)
/// ```
public struct EmailHTMLFinisher: Sendable {
    /// The site the relative URLs belong to and the campaign parameters.
    public struct Options: Sendable {
        /// Relative `href`, `src`, `background` and `poster` values, and `url(…)` in `style` attributes, are
        /// resolved against it.
        public var baseURL: URL
        /// Added to `http(s)` links of `<a>` and `<area>`, except the unsubscribe link, links marked
        /// `data-no-utm` and those `excludesFromUTM` rejects. `nil`: no parameters.
        public var utm: UTMParameters?
        /// The unsubscribe URL: never tracked.
        public var unsubscribeURL: String?
        /// Called with each absolute web link; return `true` to leave it without UTM parameters.
        public var excludesFromUTM: @Sendable (String) -> Bool

        public init(
            baseURL: URL, utm: UTMParameters? = nil, unsubscribeURL: String? = nil,
            excludesFromUTM: @escaping @Sendable (String) -> Bool = { _ in false }
        ) {
            self.baseURL = baseURL
            self.utm = utm
            self.unsubscribeURL = unsubscribeURL
            self.excludesFromUTM = excludesFromUTM
        }
    }

    /// The attribute that opts one link out of UTM parameters; removed from the output.
    public static let noUTMAttribute = "data-no-utm"

    public var options: Options

    public init(options: Options) {
        self.options = options
    }

    /// Finishes `html` (normally `CSSInliningResult.html`) and returns it serialised as HTML5 with its facts.
    public func finish(_ html: String) throws(EmailHTMLError) -> FinishedEmailHTML {
        let document = try HTMLDocument(parsing: html)
        let facts = finish(in: document)
        let output = document.serialized()
        return FinishedEmailHTML(
            html: output, links: facts.links, imagesWithoutAlt: facts.imagesWithoutAlt, byteCount: output.utf8.count)
    }

    /// What finishing found in a document, besides changing it.
    struct Facts {
        var links: [EmailLink] = []
        var imagesWithoutAlt: [String] = []
    }

    /// Finishes `document` in place.
    func finish(in document: HTMLDocument) -> Facts {
        var facts = Facts()
        let utm = options.utm.map(UTMParameters.Encoded.init)
        document.forEachElement { node in
            resolveURLs(of: node)
            if HTMLDocument.isElement(node, named: "a") || HTMLDocument.isElement(node, named: "area") {
                if let link = finishLink(node, utm: utm) { facts.links.append(link) }
            } else if HTMLDocument.isElement(node, named: "img"), HTMLDocument.attributeNode("alt", of: node) == nil {
                HTMLDocument.setAttribute("alt", to: "", on: node)
                facts.imagesWithoutAlt.append(HTMLDocument.attribute("src", of: node) ?? "")
            }
        }
        return facts
    }

    private static let urlAttributes: [StaticString] = ["href", "src", "background", "poster"]

    private func resolveURLs(of node: HTMLDocument.Node) {
        HTMLDocument.forEachAttribute(of: node) { attribute in
            if let name = Self.urlAttributes.first(where: { HTMLDocument.isAttribute(attribute, named: $0) }) {
                // Only relative references change, and they are rare: the value is only read as a string for them.
                guard HTMLDocument.withValueBytes(of: attribute, URLReference.init(bytes:)) == .relative,
                    let resolved = resolved(HTMLDocument.value(of: attribute))
                else { return }
                HTMLDocument.setAttribute(name.description, to: resolved, on: node)
            } else if HTMLDocument.isAttribute(attribute, named: "style"),
                HTMLDocument.withValueBytes(of: attribute, { CSSURLRewriter.mayContainReference($0) })
            {
                // Background images in inline CSS (`background: url(images/x.png)`) need absolute URLs too.
                let value = HTMLDocument.value(of: attribute)
                guard value.contains("url(") else { return }
                let rewritten = CSSURLRewriter.rewrite(value, resolved)
                if rewritten != value { HTMLDocument.setAttribute("style", to: rewritten, on: node) }
            }
        }
    }

    /// The absolute form of a relative URL; `nil` for any other reference.
    private func resolved(_ value: String) -> String? {
        guard URLReference(value) == .relative else { return nil }
        return URL(string: value.trimmingCharacters(in: .whitespacesAndNewlines), relativeTo: options.baseURL)?
            .absoluteString
    }

    /// Adds UTM parameters when due and returns the link for the manifest.
    private func finishLink(_ node: HTMLDocument.Node, utm: UTMParameters.Encoded?) -> EmailLink? {
        let optedOut = HTMLDocument.attributeNode("data-no-utm", of: node) != nil
        if optedOut { HTMLDocument.removeAttribute(Self.noUTMAttribute, from: node) }
        guard var url = HTMLDocument.attribute("href", of: node) else { return nil }
        if let utm, !optedOut, URLReference.isWeb(url), url != options.unsubscribeURL,
            !options.excludesFromUTM(url)
        {
            url = utm.applied(to: url)
            HTMLDocument.setAttribute("href", to: url, on: node)
        }
        return EmailLink(text: linkText(node), url: url)
    }

    /// The link's visible text with whitespace collapsed, or the `alt` of its first image.
    private func linkText(_ node: HTMLDocument.Node) -> String {
        let text = HTMLDocument.collapsedTextContent(of: node)
        if !text.isEmpty { return text }
        var alt: String?
        HTMLDocument.forEachDescendant(of: node) { descendant in
            guard HTMLDocument.isElement(descendant, named: "img") else { return true }
            alt = HTMLDocument.attribute("alt", of: descendant)
            return false
        }
        return alt ?? ""
    }
}

/// What `EmailHTMLFinisher.finish(_:)` produced.
public struct FinishedEmailHTML: Sendable, Hashable {
    public var html: String
    /// Every `<a>`/`<area>` with an `href`, in document order, with its final URL.
    public var links: [EmailLink]
    /// The `src` of each image that had no `alt` (an empty one was added).
    public var imagesWithoutAlt: [String]
    /// The size of `html` in UTF-8 bytes (Gmail clips messages above about 102 KB).
    public var byteCount: Int
}

/// A link of the email, for the manifest.
public struct EmailLink: Sendable, Hashable, Codable {
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}
