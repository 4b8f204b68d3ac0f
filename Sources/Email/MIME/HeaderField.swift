/// One header field, written as `Name: value` folded at whitespace to lines of at most 78 characters.
struct HeaderField {
    /// Lines should not exceed this (RFC 5322 §2.1.1) and folding keeps them under it when there is whitespace.
    static let preferredLineLength = 78
    /// Lines must not exceed this.
    static let maximumLineLength = 998

    var name: String
    /// The words of the value; written separated by single spaces, and each space is a possible fold.
    var words: [String]

    init(name: String, words: [String]) {
        self.name = name
        self.words = words
    }

    /// An unstructured value (Subject, extra headers): printable ASCII is written as is (folded at its spaces),
    /// anything else — or a word too long for one line — as encoded words.
    init(name: String, unstructured value: String) {
        self.name = name
        let cleaned = value.map { $0.isNewline || $0 == "\t" ? " " : $0 }
        let text = String(cleaned)
        let isPrintableASCII = text.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let longestAllowed = Self.maximumLineLength - name.count - 2
        if isPrintableASCII && !text.contains("=?") && words.allSatisfy({ $0.count <= longestAllowed }) {
            self.words = words
        } else {
            self.words = EncodedWord.encode(text, firstWordMaximumLength: Self.firstWordRoom(name: name))
        }
    }

    /// The longest first word that keeps `Name: word` within 78 characters.
    static func firstWordRoom(name: String) -> Int {
        preferredLineLength - name.count - 2
    }

    /// The field with its CRLF, folded.
    var rendered: String {
        var output = name + ":"
        var lineLength = output.count
        for word in words {
            if lineLength + 1 + word.count > Self.preferredLineLength && lineLength > name.count + 1 {
                output += "\r\n"
                lineLength = 0
            }
            output += " " + word
            lineLength += 1 + word.count
        }
        return output + "\r\n"
    }
}
