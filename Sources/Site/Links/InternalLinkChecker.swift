import Foundation

/// Finds links between the site's own pages that lead nowhere. Scans `href` and `src` attributes of the
/// generated HTML (byte scanner, linear) and resolves site-relative or same-site absolute URLs to files.
public struct InternalLinkChecker: Sendable {
    /// The site's absolute base URL, without a trailing slash.
    public var baseURL: String

    public init(baseURL: String) { self.baseURL = baseURL }

    public struct BrokenLink: Sendable, Hashable {
        /// The page (file path in the site) holding the link.
        public var page: String
        public var target: String
    }

    /// `pages`: site file path → HTML; `files`: every file path of the site (`index.html`, `2026/48/index.html`).
    public func brokenLinks(pages: [(path: String, html: String)], files: Set<String>) -> [BrokenLink] {
        var broken: [BrokenLink] = []
        for page in pages {
            for target in Self.linkTargets(in: page.html) {
                guard let path = sitePath(of: target) else { continue }
                if !files.contains(SitePaths.file(for: path)) { broken.append(BrokenLink(page: page.path, target: target)) }
            }
        }
        return broken
    }

    /// The site path a link points to, or nil when it leaves the site (other hosts, `mailto:`, fragments).
    func sitePath(of target: String) -> String? {
        if let path = printableASCIISitePath(of: target) { return path }
        var url = target
        if url.hasPrefix(baseURL) {
            url = String(url.dropFirst(baseURL.count))
            if url.isEmpty { url = "/" }
        }
        guard url.hasPrefix("/"), !url.hasPrefix("//") else { return nil }
        if let cut = url.firstIndex(where: { $0 == "#" || $0 == "?" }) { url = String(url[..<cut]) }
        return url.removingPercentEncoding ?? url
    }

    /// `sitePath(of:)` cut by bytes, for the links of a generated site: when the link and the base URL are printable
    /// ASCII, every character is one byte. Nil, to leave the link to the general path, otherwise.
    private func printableASCIISitePath(of target: String) -> String?? {
        target.withUTF8Bytes { url -> String?? in
            baseURL.withUTF8Bytes { base -> String?? in
                guard url.allSatisfy(Self.isPrintableASCII), base.allSatisfy(Self.isPrintableASCII) else { return nil }
                var path = url[...]
                if url.starts(with: base) {
                    path = url[base.count...]
                    if path.isEmpty { return "/" }
                }
                guard path.first == UInt8(ascii: "/"), path.dropFirst().first != UInt8(ascii: "/") else { return .some(nil) }
                if let cut = path.firstIndex(where: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") }) {
                    path = path[..<cut]
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: path), as: UTF8.self)
                return path.contains(UInt8(ascii: "%")) ? text.removingPercentEncoding ?? text : text
            }
        }
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

    /// The values of `href="…"` and `src="…"` attributes.
    static func linkTargets(in html: String) -> [String] {
        html.withUTF8Bytes { bytes in
            var targets: [String] = []
            // Both attributes end in `=`, rare in text: jumping from one `=` to the next, then looking back for
            // the attribute's name, skips most of the page at memchr's speed.
            var searchStart = 0
            // An attribute starts after the value of the one found before it.
            var attributeStart = 0
            while let equals = nextEquals(in: bytes, from: searchStart) {
                searchStart = equals + 1
                guard let (valueStart, quote) = attributeValueStart(bytes, equals: equals, notBefore: attributeStart)
                else { continue }
                var end = valueStart
                while end < bytes.count && bytes[end] != quote { end += 1 }
                targets.append(decodeEntities(UnsafeBufferPointer(rebasing: bytes[valueStart..<end])))
                searchStart = end + 1
                attributeStart = end + 1
            }
            return targets
        }
    }

    private static func nextEquals(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        guard index < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + index, Int32(UInt8(ascii: "=")), bytes.count - index)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Where the value of an ` href=` or ` src=` attribute whose `=` is at `equals` begins, and its quote, when the
    /// attribute starts at or after `notBefore`.
    private static func attributeValueStart(_ bytes: UnsafeBufferPointer<UInt8>, equals: Int,
                                            notBefore start: Int) -> (Int, UInt8)? {
        guard equals + 1 < bytes.count else { return nil }
        let quote = bytes[equals + 1]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        func named(_ name: String) -> Bool {
            let nameStart = equals - name.utf8.count
            return nameStart >= start && name.utf8.elementsEqual(bytes[nameStart..<equals])
        }
        return named(" href") || named(" src") ? (equals + 2, quote) : nil
    }

    private static func decodeEntities(_ value: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: value, as: UTF8.self)
        return value.contains(UInt8(ascii: "&")) ? text.replacingOccurrences(of: "&amp;", with: "&") : text
    }
}
