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
    /// Each document's key, nil for the documents added without one, which a snapshot leaves out.
    private var keys: [UInt64?] = []
    /// Each document's distinct term numbers, one document after the other. The inverted index is built from them
    /// when written, and a snapshot keeps them for the next build.
    private var documentTerms: [UInt32] = []
    /// Where each document's term numbers start in `documentTerms`, then where the last document's end.
    private var documentTermStarts = [0]
    /// Each term's text, by term number.
    private var terms: [String] = []
    /// How many terms, from the first, are in the JSON's order: those taken over from a snapshot, which lists its
    /// terms sorted, so that writing the index only sorts the terms found since.
    private var sortedTermCount = 0
    /// The last document that listed each term, by term number: a document lists each of its terms once.
    private var lastDocument: [Int] = []
    /// The numbers of ASCII terms, nearly all of them, found without making a `String` of each word.
    private var asciiTerms = TermTable()
    /// The numbers of other terms, kept by `String` so that canonically equivalent spellings share one term.
    private var otherTerms: [String: Int] = [:]
    /// How many terms, from the first, the two tables above hold. Terms taken over from a snapshot are entered only
    /// when a term is looked up: a build that reuses every document never does.
    private var lookupTermCount = 0
    /// The snapshot that documents were last reused from, and the number in this index of each of its terms.
    private var reuse: (snapshot: Snapshot.Identity, numbers: [UInt32])?

    public init() {}

    /// Adds a document under the terms of its title, summary and text.
    public mutating func add(_ document: Document, text: String) {
        add(document, key: nil, tokenizing: text)
    }

    /// Adds a document under the distinct terms of its title, summary and text, found by the tokenizer.
    private mutating func add(_ document: Document, key: UInt64?, tokenizing text: String) {
        enterLookupTerms()
        let number = documents.count
        for field in [document.title, document.summary, text] {
            SearchTokenizer.forEachTerm(in: field) { term, isASCII in
                let termNumber = self.number(of: term, isASCII: isASCII) { String(decoding: term, as: UTF8.self) }
                if lastDocument[termNumber] != number {
                    lastDocument[termNumber] = number
                    documentTerms.append(UInt32(termNumber))
                }
            }
        }
        append(document, key: key)
    }

    /// Where the document's term numbers are in `documentTerms`.
    private func termRange(of document: Int) -> Range<Int> {
        documentTermStarts[document]..<documentTermStarts[document + 1]
    }

    /// Records a document whose term numbers were just appended to `documentTerms`.
    private mutating func append(_ document: Document, key: UInt64?) {
        documents.append(document)
        keys.append(key)
        documentTermStarts.append(documentTerms.count)
    }

    /// The term's number, given to it the first time it is seen. `text` makes its `String`, only needed for a new
    /// term or a non-ASCII one. The lookup tables must hold every term (`enterLookupTerms`).
    private mutating func number(of term: UnsafeBufferPointer<UInt8>, isASCII: Bool, text: () -> String) -> Int {
        let number = terms.count
        if isASCII {
            if let existing = asciiTerms.number(of: term) { return existing }
            asciiTerms.insert(term, number: number)
            terms.append(text())
        } else {
            let text = text()
            if let existing = otherTerms[text] { return existing }
            otherTerms[text] = number
            terms.append(text)
        }
        lastDocument.append(-1)
        lookupTermCount += 1
        return number
    }

    /// Enters the terms taken over from a snapshot into the lookup tables, before a lookup needs them. A term is
    /// ASCII for the tokenizer exactly when all its bytes are.
    private mutating func enterLookupTerms() {
        guard lookupTermCount < terms.count else { return }
        asciiTerms.reserveCapacity(terms.count)
        for number in lookupTermCount..<terms.count {
            let text = terms[number]
            text.withUTF8Bytes { bytes in
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    asciiTerms.insert(bytes, number: number)
                } else {
                    otherTerms[text] = number
                }
            }
        }
        lookupTermCount = terms.count
    }

    /// Compact JSON with sorted keys, written directly: the index of a large archive holds hundreds of
    /// thousands of postings, and going through JSONSerialization's `Any` boxes cost more than building it.
    public func json() -> String {
        let postings = Postings(termCount: terms.count, documentTerms: documentTerms, documentTermStarts: documentTermStarts)
        var output = UTF8Buffer(capacity: documents.reduce(1_024) {
            $0 + $1.title.utf8.count + $1.path.utf8.count + $1.date.utf8.count + $1.summary.utf8.count + 32
        } + terms.count * 16 + documentTerms.count * 5)
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
        // Terms taken over from a snapshot but listed by no document are left out.
        for (index, termNumber) in sortedTerms(where: { !postings.documents(of: $0).isEmpty }).enumerated() {
            if index > 0 { output.append(UInt8(ascii: ",")) }
            output.append(jsonQuoting: terms[termNumber])
            output.append(utf8: ":[")
            for (position, document) in postings.documents(of: termNumber).enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output.append(decimal: Int(document))
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(utf8: "},\"v\":1}")
        return output.string()
    }

    /// The numbers of the terms that `isIncluded` keeps, sorted by text as `String` compares it. The terms taken
    /// over from a snapshot are in that order already: only the others are sorted, then merged in, so that a build
    /// from a snapshot does not sort the whole vocabulary again.
    private func sortedTerms(where isIncluded: (Int) -> Bool) -> [Int] {
        let sorted = (0..<sortedTermCount).filter(isIncluded)
        let others = (sortedTermCount..<terms.count).filter(isIncluded).sorted { terms[$0] < terms[$1] }
        var merged: [Int] = []
        merged.reserveCapacity(sorted.count + others.count)
        var (nextSorted, nextOther) = (0, 0)
        while nextSorted < sorted.count && nextOther < others.count {
            if terms[others[nextOther]] < terms[sorted[nextSorted]] {
                merged.append(others[nextOther])
                nextOther += 1
            } else {
                merged.append(sorted[nextSorted])
                nextSorted += 1
            }
        }
        return merged + sorted[nextSorted...] + others[nextOther...]
    }
}

extension SearchIndex {
    /// Adds a document whose title, summary and `text` are digested by `key` (the caller's 64-bit fingerprint
    /// of everything indexed for it). When `previous` holds a document with the same key, its terms are
    /// reused and `text` is never called.
    public mutating func add(_ document: Document, key: UInt64, reusing previous: Snapshot?, text: () -> String) {
        guard let previous else { return add(document, key: key, tokenizing: text()) }
        var numbers = takeNumbers(of: previous)
        if let range = previous.documents[key] {
            let snapshotNumbers = previous.termNumbers[range]
            for snapshotNumber in snapshotNumbers where numbers[Int(snapshotNumber)] == Self.unnumbered {
                numbers[Int(snapshotNumber)] = UInt32(number(of: previous.terms[Int(snapshotNumber)]))
            }
            numbers.withUnsafeBufferPointer { numbers in
                documentTerms.append(contentsOf: snapshotNumbers.lazy.map { numbers[Int($0)] })
            }
            append(document, key: key)
        } else {
            add(document, key: key, tokenizing: text())
        }
        reuse = (previous.identity, numbers)
    }

    /// Everything a later build needs to reuse this index's tokenization: the term table and, per document
    /// added with a key, its key and the numbers of its distinct terms. Binary, compact, versioned.
    ///
    /// Only the terms of those documents are kept, numbered in `String` order: a term that no document lists any
    /// more is dropped here, and the next build takes the terms over already sorted.
    public func snapshot() -> Data {
        let postings = Postings(termCount: terms.count, documentTerms: documentTerms, documentTermStarts: documentTermStarts)
        let order = sortedTerms { postings.documents(of: $0).contains { keys[Int($0)] != nil } }
        let snapshotNumbers = snapshotNumbers(order: order, postings: postings)
        var writer = Snapshot.Writer(capacity: 64 + order.count * 16 + keys.count * 16 + documentTerms.count * 2)
        writer.append(count: order.count)
        for term in order { writer.append(term: terms[term]) }
        let keyed = keys.enumerated().compactMap { document, key in key.map { (document: document, key: $0) } }
        writer.append(count: keyed.count)
        writer.append(count: keyed.reduce(0) { $0 + termRange(of: $1.document).count })
        for (document, key) in keyed { writer.append(key: key, termNumbers: snapshotNumbers[termRange(of: document)]) }
        return writer.data()
    }

    /// Each keyed document's terms by their numbers in the snapshot, their places in `order`, at the places of
    /// `documentTerms`. Going through the terms in that order puts each document's numbers in increasing order,
    /// the order the format stores them in, without sorting them document by document.
    private func snapshotNumbers(order: [Int], postings: Postings) -> [UInt32] {
        var snapshotNumbers = [UInt32](repeating: 0, count: documentTerms.count)
        var nextSlot = Array(documentTermStarts.dropLast())
        snapshotNumbers.withUnsafeMutableBufferPointer { snapshotNumbers in
            nextSlot.withUnsafeMutableBufferPointer { nextSlot in
                for (snapshotNumber, term) in order.enumerated() {
                    for document in postings.documents(of: term) where keys[Int(document)] != nil {
                        snapshotNumbers[nextSlot[Int(document)]] = UInt32(snapshotNumber)
                        nextSlot[Int(document)] += 1
                    }
                }
            }
        }
        return snapshotNumbers
    }

    /// Marks a snapshot term that no reused document has listed yet.
    private static let unnumbered = UInt32.max

    /// This index's numbers for the terms of `snapshot`, taken out of `reuse` to be updated in place. An index with
    /// no terms yet takes the snapshot's terms over, numbers and order included.
    private mutating func takeNumbers(of snapshot: Snapshot) -> [UInt32] {
        if let reuse = reuse.take(), reuse.snapshot === snapshot.identity { return reuse.numbers }
        guard terms.isEmpty else { return [UInt32](repeating: Self.unnumbered, count: snapshot.terms.count) }
        terms = snapshot.terms
        sortedTermCount = terms.count
        lastDocument = [Int](repeating: -1, count: terms.count)
        documentTerms.reserveCapacity(snapshot.termNumbers.count)
        return Array(0..<UInt32(terms.count))
    }

    /// The number of a term met in a snapshot, looked up by its text.
    private mutating func number(of text: String) -> Int {
        enterLookupTerms()
        return text.withUTF8Bytes { bytes in number(of: bytes, isASCII: bytes.allSatisfy { $0 < 0x80 }) { text } }
    }
}

/// The inverted index, built from the documents' term lists when it is written: each term's documents, in increasing
/// order, found by one counting sort rather than kept in an array per term while documents are added.
private struct Postings {
    /// Where each term's documents start in `documents`; one more entry for the end of the last term's.
    private var starts: [Int]
    private var documents: [UInt32]

    /// Hundreds of thousands of numbers are counted, then placed: the loops work on the arrays' buffers, without
    /// an array's checks on every number.
    init(termCount: Int, documentTerms: [UInt32], documentTermStarts: [Int]) {
        var starts = [Int](repeating: 0, count: termCount + 1)
        var documents = [UInt32](repeating: 0, count: documentTerms.count)
        documentTerms.withUnsafeBufferPointer { documentTerms in
            starts.withUnsafeMutableBufferPointer { starts in
                for term in documentTerms { starts[Int(term) + 1] += 1 }
                for term in 0..<termCount { starts[term + 1] += starts[term] }
            }
            var nextSlot = starts
            nextSlot.withUnsafeMutableBufferPointer { nextSlot in
                documents.withUnsafeMutableBufferPointer { documents in
                    for document in 0..<documentTermStarts.count - 1 {
                        for term in documentTerms[documentTermStarts[document]..<documentTermStarts[document + 1]] {
                            documents[nextSlot[Int(term)]] = UInt32(document)
                            nextSlot[Int(term)] += 1
                        }
                    }
                }
            }
        }
        self.starts = starts
        self.documents = documents
    }

    func documents(of term: Int) -> ArraySlice<UInt32> { documents[starts[term]..<starts[term + 1]] }
}
