/// Prepares source bytes for parsing: invalid UTF-8 and NUL become U+FFFD, as the spec requires.
enum SourceBytes {
    /// Returns valid UTF-8 without NUL bytes.
    static func normalize<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [UInt8] {
        // Decoding as a String repairs invalid sequences with U+FFFD in one validating pass.
        let repaired = String(decoding: bytes, as: UTF8.self)
        var result = [UInt8]()
        result.reserveCapacity(repaired.utf8.count + 16)
        result.append(contentsOf: repaired.utf8)
        guard result.contains(0) else { return result }
        var withoutNUL = [UInt8]()
        withoutNUL.reserveCapacity(result.count + 16)
        for byte in result {
            if byte == 0 {
                withoutNUL.append(contentsOf: [0xEF, 0xBF, 0xBD])
            } else {
                withoutNUL.append(byte)
            }
        }
        return withoutNUL
    }
}
