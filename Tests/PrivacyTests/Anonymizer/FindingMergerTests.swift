import Testing
@testable import Privacy

@Suite("Merging overlapping findings")
struct FindingMergerTests {
    @Test("the longest wins, ties go to the first, disjoint findings all stay in text order")
    func merge() {
        let findings = [
            Finding(range: 10..<14, category: .name),
            Finding(range: 0..<5, category: .phone),
            Finding(range: 8..<20, category: .postalAddress),
            Finding(range: 30..<35, category: .email),
            Finding(range: 30..<35, category: .username),
            Finding(range: 18..<25, category: .name),
        ]
        #expect(FindingMerger.merge(findings) == [
            Finding(range: 0..<5, category: .phone),
            Finding(range: 8..<20, category: .postalAddress),
            Finding(range: 30..<35, category: .email),
        ])
    }

    @Test("a chain of overlaps keeps what fits beside the winner")
    func chain() {
        let findings = [
            Finding(range: 0..<4, category: .name), Finding(range: 3..<10, category: .phone),
            Finding(range: 9..<12, category: .name),
        ]
        #expect(FindingMerger.merge(findings).map(\.range) == [3..<10])
    }
}
