/// Decodes backslash escapes and entity/numeric character references (spec sections 2.4 and 2.5).
enum Unescaper {
    /// The decoded string of `input[range]`.
    static func unescape(_ input: [UInt8], _ range: Range<Int>) -> String {
        var needsWork = false
        for index in range where input[index] == UInt8(ascii: "\\") || input[index] == UInt8(ascii: "&") {
            needsWork = true
            break
        }
        guard needsWork else { return String(decoding: input[range], as: UTF8.self) }
        var output = [UInt8]()
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = input[index]
            if byte == UInt8(ascii: "\\"), index + 1 < range.upperBound, ByteClass.isASCIIPunctuation(input[index + 1]) {
                output.append(input[index + 1])
                index += 2
            } else if byte == UInt8(ascii: "&"), let entity = EntityDecoder.decode(input, at: index, end: range.upperBound) {
                output.append(contentsOf: entity.bytes)
                index = entity.next
            } else {
                output.append(byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
