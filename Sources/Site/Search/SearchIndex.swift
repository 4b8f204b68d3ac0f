import Foundation

/// The archive's search index, built at build time and read by a small script on the search page:
/// a list of documents and an inverted index from term to document numbers. Compact JSON, sorted keys.
public struct SearchIndex: Sendable {
    public struct Document: Sendable, Hashable {
        public var title: String
        /// Site-relative path.
        public var path: String
        public var date: String
        public var summary: String
        public var kind: String
        public init(title: String, path: String, date: String, summary: String, kind: String) {
            self.title = title
            self.path = path
            self.date = date
            self.summary = summary
            self.kind = kind
        }
    }

    public private(set) var documents: [Document] = []
    private var postings: [String: [Int]] = [:]

    public init() {}

    /// Adds a document; its title counts twice so title matches rank first.
    public mutating func add(_ document: Document, text: String) {
        let number = documents.count
        documents.append(document)
        var seen: Set<String> = []
        let terms = SearchTokenizer.terms(document.title) + SearchTokenizer.terms(document.title)
            + SearchTokenizer.terms(document.summary) + SearchTokenizer.terms(text)
        for term in terms where seen.insert(term).inserted {
            postings[term, default: []].append(number)
        }
    }

    /// Compact JSON with sorted keys, written directly: the index of a large archive holds hundreds of
    /// thousands of postings, and going through JSONSerialization's `Any` boxes cost more than building it.
    public func json() -> String {
        var output = "{\"docs\":["
        for (number, document) in documents.enumerated() {
            if number > 0 { output += "," }
            output += "["
            output += [document.title, document.path, document.date, document.summary, document.kind]
                .map(Self.quoted).joined(separator: ",")
            output += "]"
        }
        output += "],\"fields\":[\"title\",\"path\",\"date\",\"summary\",\"kind\"],\"terms\":{"
        for (index, term) in postings.keys.sorted().enumerated() {
            if index > 0 { output += "," }
            output += Self.quoted(term) + ":["
            output += (postings[term] ?? []).map(String.init).joined(separator: ",")
            output += "]"
        }
        return output + "},\"v\":1}"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
