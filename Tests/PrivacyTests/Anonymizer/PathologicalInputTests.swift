import Foundation
import Testing
@testable import Privacy

@Suite("Pathological inputs")
struct PathologicalInputTests {
    static let inputs: [String] = [
        String(repeating: "[Claire](https://facebook.com/claire.dubois) ", count: 4_000),
        String(repeating: "0", count: 200_000),
        String(repeating: "Claire Dubois Benali Karim ", count: 8_000),
        String(repeating: "é", count: 100_000) + String(repeating: "-20 % ", count: 10_000),
        String(repeating: "(((((", count: 40_000) + "https://shop.fr/" + String(repeating: ")", count: 10_000),
    ]

    @Test("large adversarial texts are processed in linear time, without trapping", arguments: inputs.indices)
    func linear(index: Int) {
        let anonymizer = TextAnonymizer(lexicon: MemberLexicon(members: Fixtures.members), options: AnonymizerOptions())
        let start = ContinuousClock.now
        let result = anonymizer.anonymize(Self.inputs[index])
        #expect(!result.text.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(15), "input \(index) took too long")
    }
}
