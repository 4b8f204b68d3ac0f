import Testing
@testable import Typography

/// The shortcuts that stand in for slower exact checks must agree with them.
@Suite struct ByteScanTests {
    @Test func eightBytesAtATimeFindsTheSameCandidateAsOneByOne() {
        // Every byte value at every position of a word, among bytes that are never candidates.
        for value in 0...255 {
            for position in 0..<16 {
                var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 16)
                bytes[position] = UInt8(value)
                let expected = bytes.firstIndex(where: ByteScan.isCandidate) ?? bytes.count
                let found = bytes.withUnsafeBufferPointer { ByteScan.firstCandidate(in: $0, from: 0, to: $0.count) }
                #expect(found == expected, "byte \(value) at \(position)")
            }
        }
    }

    @Test func asciiShortcutsMatchUnicodeProperties() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            #expect(scalar.isWhitespace == scalar.properties.isWhitespace, "\(value)")
            #expect(scalar.isLetter == scalar.properties.isAlphabetic, "\(value)")
        }
    }
}
