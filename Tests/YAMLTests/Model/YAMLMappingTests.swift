import Testing
import YAML

@Suite("YAMLMapping")
struct YAMLMappingTests {
    private func entry(_ key: String, _ value: String, line: Int) -> YAMLMapping.Entry {
        YAMLMapping.Entry(key: key, keyLocation: at(line, 1), value: YAMLNode(.string(value), at: at(line, 4)))
    }

    @Test func lookupKeepsSourceOrderAndFindsTheFirstEntryOfARepeatedKey() throws {
        let mapping = YAMLMapping(entries: [entry("b", "1", line: 1), entry("a", "2", line: 2), entry("b", "3", line: 3)])
        #expect(mapping.keys == ["b", "a", "b"])
        #expect(mapping.count == 3)
        #expect(try mapping["b"]?.string() == "1")
        #expect(mapping.entry(forKey: "a")?.keyLocation == at(2, 1))
        #expect(mapping["c"] == nil)
        #expect(YAMLMapping().isEmpty)
    }

    @Test func parsedMappingsEqualBuiltOnes() throws {
        let parsed = try parse("b: x\na: y\n").mapping()
        var built = YAMLMapping()
        for (line, key, value) in [(1, "b", "x"), (2, "a", "y")] {
            let node = YAMLNode(.string(value), at: at(line, 4), scalarText: value)
            built.append(YAMLMapping.Entry(key: key, keyLocation: at(line, 1), value: node))
        }
        #expect(parsed == built)
    }
}
