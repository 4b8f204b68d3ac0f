import Foundation
import Testing

@testable import Email

@Suite("Header fields")
struct HeaderFieldTests {
    @Test func foldsLongASCIISubjectsAtSpaces() {
        let subject = (1...30).map { "mot\($0)" }.joined(separator: " ")
        let rendered = HeaderField(name: "Subject", unstructured: subject).rendered
        let lines = rendered.components(separatedBy: "\r\n").dropLast()
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.utf8.count <= 78 })
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(rendered.replacingOccurrences(of: "\r\n ", with: " ") == "Subject: \(subject)\r\n")
    }

    @Test func encodesNonASCIIAndLineBreaks() {
        let rendered = HeaderField(name: "Subject", unstructured: "Été\r\nLyon").rendered
        #expect(rendered == "Subject: =?UTF-8?Q?=C3=89t=C3=A9_Lyon?=\r\n")
    }

    @Test func encodesWordsTooLongForALine() {
        let word = String(repeating: "x", count: 1200)
        let rendered = HeaderField(name: "X-Long", unstructured: word).rendered
        #expect(rendered.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
        #expect(EncodedWord.decode(String(rendered.dropFirst("X-Long: ".count))) .trimmingCharacters(in: .whitespacesAndNewlines) == word)
    }

    @Test func writesDisplayNames() throws {
        #expect(try EmailAddress(name: "Infolettre", address: "a@b.org").headerWords(field: "From") == ["Infolettre", "<a@b.org>"])
        #expect(try EmailAddress(name: "Dupont, Marie (IDE)", address: "a@b.org").headerWords(field: "From") == [#""Dupont, Marie (IDE)""#, "<a@b.org>"])
        #expect(try EmailAddress(name: #"Say "hi""#, address: "a@b.org").headerWords(field: "From") == [#""Say \"hi\"""#, "<a@b.org>"])
        #expect(try EmailAddress(name: "Réseau des infirmières", address: "a@b.org").headerWords(field: "From") == ["=?UTF-8?Q?R=C3=A9seau_des_infirmi=C3=A8res?=", "<a@b.org>"])
        #expect(try EmailAddress(address: "a@b.org").headerWords(field: "To") == ["<a@b.org>"])
    }

    @Test(arguments: ["", "ab", "a b@c.org", "a@", "é@b.org", "a<b@c.org", "a@b.org\r\nBcc: x@y.org"])
    func rejectsInvalidAddresses(address: String) {
        #expect(throws: EmailMessageError.invalidAddress(address, field: "To")) {
            try EmailAddress(address: address).headerWords(field: "To")
        }
    }
}
