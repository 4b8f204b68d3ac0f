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
    /// Each term's text, by term number.
    private var terms: [String] = []
    /// The documents holding each term, by term number, in increasing order.
    private var postings: [[Int]] = []
    /// The numbers of ASCII terms, nearly all of them, found without making a `String` of each word.
    private var asciiTerms = TermTable()
    /// The numbers of other terms, kept by `String` so that canonically equivalent spellings share one term.
    private var otherTerms: [String: Int] = [:]

    public init() {}

    /// Adds a document under the terms of its title, summary and text.
    public mutating func add(_ document: Document, text: String) {
        let number = documents.count
        documents.append(document)
        for field in [document.title, document.summary, text] {
            SearchTokenizer.forEachTerm(in: field) { term, isASCII in
                let termNumber = self.number(of: term, isASCII: isASCII)
                if postings[termNumber].last != number { postings[termNumber].append(number) }
            }
        }
    }

    /// The term's number, given to it the first time it is seen.
    private mutating func number(of term: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> Int {
        if isASCII {
            if let number = asciiTerms.number(of: term) { return number }
            asciiTerms.insert(term, number: terms.count)
        } else {
            let text = String(decoding: term, as: UTF8.self)
            if let number = otherTerms[text] { return number }
            otherTerms[text] = terms.count
        }
        terms.append(String(decoding: term, as: UTF8.self))
        postings.append([])
        return terms.count - 1
    }

    /// Compact JSON with sorted keys, written directly: the index of a large archive holds hundreds of
    /// thousands of postings, and going through JSONSerialization's `Any` boxes cost more than building it.
    public func json() -> String {
        var output = UTF8Buffer(capacity: documents.reduce(1_024) {
            $0 + $1.title.utf8.count + $1.path.utf8.count + $1.date.utf8.count + $1.summary.utf8.count + 32
        } + postings.reduce(0) { $0 + 16 + $1.count * 5 })
        output.append(utf8: "{\"docs\":[")
        for (number, document) in documents.enumerated() {
            if number > 0 { output.append(UInt8(ascii: ",")) }
            output.append(UInt8(ascii: "["))
            for (index, field) in [document.title, document.path, document.date, document.summary, document.kind].enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                output.append(jsonQuoting: field)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(utf8: "],\"fields\":[\"title\",\"path\",\"date\",\"summary\",\"kind\"],\"terms\":{")
        for (index, termNumber) in terms.indices.sorted(by: { terms[$0] < terms[$1] }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(jsonQuoting: terms[termNumber])
            output.append(utf8: ":[")
            for (position, document) in postings[termNumber].enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(decimal: document)
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(utf8: "},\"v\":1}")
        return output.string()
    }
}
