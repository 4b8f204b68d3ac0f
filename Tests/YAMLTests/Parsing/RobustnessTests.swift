import Testing
import YAML

/// Random inputs built from YAML's significant characters must never crash the parser, and every
/// error must point inside the text.
@Suite("Robustness")
struct RobustnessTests {
    /// xorshift64*: deterministic, so a failure reproduces.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return Int((state &* 2_685_821_657_736_338_717) % UInt64(bound))
        }
    }

    private static let pieces = [
        "a", "é", "« »", " ", "  ", "\n", "\n  ", "\n    ", "\t", ":", ": ", "- ", "-", "#", " #", "'", "\"", "''",
        "\\", "\\u00e9", "\\x", "[", "]", "{", "}", ",", "|", ">", "|-", ">+2", "---", "...", "?", "&", "*", "!",
        "%", "@", "1", "0x1F", "2026-11-23", "2026-02-30", ".inf", "true", "~", "\r\n", "\r", "key: value\n",
    ]

    @Test func randomInputsFailCleanlyWithLocationsInsideTheText() {
        var generator = Generator(state: 0x9E37_79B9_7F4A_7C15)
        var failures = 0
        for _ in 0..<3_000 {
            var text = ""
            for _ in 0..<generator.next(40) { text += Self.pieces[generator.next(Self.pieces.count)] }
            guard let error = parseError(text) else { continue }
            failures += 1
            let lineCount = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.count
            #expect(error.location.line >= 1 && error.location.line <= lineCount + 1, "\(error) in \(text.debugDescription)")
            #expect(error.location.column >= 1, "\(error) in \(text.debugDescription)")
        }
        #expect(failures > 0)
    }

    @Test func frontMatterOfRandomInputsFailsCleanly() {
        var generator = Generator(state: 42)
        for _ in 0..<500 {
            var text = "---\n"
            for _ in 0..<generator.next(30) { text += Self.pieces[generator.next(Self.pieces.count)] }
            text += "\n---\ncorps"
            do {
                let split = try FrontMatter.split(text)
                #expect(split.bodyStartLine >= 3)
            } catch {
                #expect(error.location.line >= 1)
            }
        }
    }
}
