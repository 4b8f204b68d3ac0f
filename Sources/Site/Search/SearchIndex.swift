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

    public func json() -> String {
        let docs: [[String]] = documents.map { [$0.title, $0.path, $0.date, $0.summary, $0.kind] }
        let object: [String: Any] = ["v": 1, "fields": ["title", "path", "date", "summary", "kind"], "docs": docs, "terms": postings]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
