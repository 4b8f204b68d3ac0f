/// Percent-encodes link destinations as the reference implementations do (mdurl's `encode`):
/// bytes outside the URL-safe set are encoded, existing `%XX` escapes are kept.
enum URLEncoder {
    private static let safe: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in ";/?:@&=+$,-_.!~*'()#".utf8 { table[Int(byte)] = true }
        return table
    }()

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// The encoded form of a decoded destination.
    static func normalize(_ destination: String) -> String {
        let bytes = Array(destination.utf8)
        var output = [UInt8]()
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if safe[Int(byte)] {
                output.append(byte)
            } else if byte == UInt8(ascii: "%") && index + 2 < bytes.count
                        && ByteClass.isHexDigit(bytes[index + 1]) && ByteClass.isHexDigit(bytes[index + 2]) {
                output.append(byte)
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0x0F)])
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
