import Testing
@testable import Markdown

@Suite("Display width")
struct DisplayWidthTests {
    @Test("The fast ranges agree with the Unicode properties for every scalar they cover")
    func fastRangesMatchProperties() {
        let covered = Array(0..<0x300) + Array(0x2000...0x206F)
        let mismatches = covered.compactMap(Unicode.Scalar.init).filter {
            DisplayWidth.width(of: $0) != DisplayWidth.propertyWidth(of: $0)
        }
        #expect(mismatches.isEmpty, "\(mismatches.map(\.value))")
    }

    @Test("Accented, punctuated, wide and combining text")
    func widths() {
        #expect(DisplayWidth.of("Été : « bilan »") == 15)
        #expect(DisplayWidth.of("e\u{301}t\u{E9}") == 3)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("a\u{AD}b\u{200B}c") == 3)
    }
}
