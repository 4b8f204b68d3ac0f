import Diagnostics
import Foundation
import Testing
@testable import Discussions

/// Damaged exports never crash a reader: each either reads or throws a `DiscussionsError` located
/// inside the input.
@Suite struct MutationTests {
    private static let replacements: [[UInt8]] = ["", "\"", "{", "}", "[", "]", ",", ":", "\\", "\n", "é", "-", "0"]
        .map { Array($0.utf8) } + [[0xFF], [0xC3]]

    @Test(arguments: ["native/cercle-2026-w47.json", "native/cercle-2026-w47.jsonl"])
    func damagedExportsFailWithALocatedError(fixture: String) throws {
        let original = try [UInt8](Data(contentsOf: Fixtures.url(fixture)))
        let lineCount = original.filter { $0 == UInt8(ascii: "\n") }.count + 1
        var generator = SplitMix64(seed: 7)
        for _ in 0..<300 {
            var bytes = original
            let position = generator.next(below: bytes.count)
            bytes.replaceSubrange(position..<position + 1, with: Self.replacements[generator.next(below: Self.replacements.count)])
            do {
                if fixture.hasSuffix(".jsonl") {
                    var reader = JSONLinesReader(bytes: bytes)
                    _ = try ImportedExport(reading: &reader, file: nil)
                } else {
                    var reader = NativeJSONReader(bytes: bytes)
                    _ = try ImportedExport(reading: &reader, file: nil)
                }
            } catch let error as DiscussionsError {
                let location = try #require(error.diagnostic(file: nil).location)
                #expect(location.line >= 1 && location.line <= lineCount + 1 && location.column >= 1)
            }
        }
    }
}
