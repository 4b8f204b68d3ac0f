/// Forces an email into dark mode for the dashboard's dark previews (`?scheme=dark`), in the response only.
enum ColorSchemeOverride {
    static let darkTags = Array(
        "<meta name=\"color-scheme\" content=\"dark\"><style>:root{color-scheme:dark !important}</style>".utf8)

    /// `html` with the dark tags right after `<head>` (so they win over the email's own `color-scheme` meta),
    /// else after the doctype, else at the start.
    static func forceDark(_ html: [UInt8]) -> [UInt8] {
        var result = html
        result.insert(contentsOf: darkTags, at: insertionPoint(in: html))
        return result
    }

    private static func insertionPoint(in html: [UInt8]) -> Int {
        var searchFrom = 0
        while let head = html.firstIndex(ofASCIICaseInsensitive: Array("<head".utf8), from: searchFrom) {
            let next = head + 5
            // `<head>` or `<head attr…>`, not `<header>`.
            if next < html.count, html[next] == UInt8(ascii: ">") || html[next] == .space || html[next] == .tab
                || html[next] == .lineFeed || html[next] == .carriageReturn,
               let close = html[next...].firstIndex(of: UInt8(ascii: ">")) {
                return close + 1
            }
            searchFrom = next
        }
        if let doctype = html.firstIndex(ofASCIICaseInsensitive: Array("<!doctype".utf8)),
           let close = html[doctype...].firstIndex(of: UInt8(ascii: ">")) {
            return close + 1
        }
        return 0
    }
}
