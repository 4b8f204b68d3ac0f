import Testing
@testable import Markdown

@Suite("Entity table")
struct EntityTableTests {
    private func value(_ name: String) -> String? {
        EntityTable.value(of: Array(name.utf8)[...]).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("Finds the first, last and in-between names, including names with digits")
    func lookups() {
        #expect(value("AElig") == "Æ")
        #expect(value("zwnj") == "\u{200C}")
        #expect(value("amp") == "&")
        #expect(value("frac12") == "½")
        #expect(value("there4") == "∴")
        #expect(value("equals") == "=")
    }

    @Test("Rejects prefixes, extensions and case variants of names")
    func misses() {
        for name in ["am", "ampx", "AMp", "zwnjx", "A", "zzzz", "0"] {
            #expect(value(name) == nil, "\(name)")
        }
    }
}
