/// A request path split into percent-decoded segments, built only when every segment is safe to join under a
/// served folder: no `.` or `..`, no hidden names, no encoded `/` or `\`, no NUL or control bytes, no `%` left
/// after decoding (double encoding), no empty segment (`//`), valid UTF-8.
struct DecodedPath: Sendable, Hashable {
    var segments: [String]
    /// Whether the path ended with `/` (a folder was asked for).
    var hasTrailingSlash: Bool

    /// Decodes `encodedPath` (which must start with `/`); nil when any segment is unsafe.
    init?(encodedPath: Substring) {
        guard encodedPath.first == "/" else { return nil }
        var rawSegments = encodedPath.utf8.dropFirst().split(separator: .slash, omittingEmptySubsequences: false)
        hasTrailingSlash = rawSegments.last?.isEmpty == true
        if hasTrailingSlash { rawSegments.removeLast() }
        var decoded: [String] = []
        for raw in rawSegments {
            guard let segment = Self.decodeSegment(raw) else { return nil }
            decoded.append(segment)
        }
        segments = decoded
    }

    /// The same path without its first `count` segments, for routes that strip a prefix.
    func dropping(first count: Int) -> DecodedPath {
        var copy = self
        copy.segments.removeFirst(Swift.min(count, segments.count))
        return copy
    }

    private static func decodeSegment(_ raw: Substring.UTF8View.SubSequence) -> String? {
        let bytes = Array(raw)
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            var byte = bytes[index]
            if byte == .percent {
                guard index + 2 < bytes.count, let high = bytes[index + 1].hexValue, let low = bytes[index + 2].hexValue
                else { return nil }
                byte = high << 4 | low
                index += 2
            }
            guard byte >= 0x20, byte != 0x7F, byte != .slash, byte != .backslash, byte != .percent else { return nil }
            decoded.append(byte)
            index += 1
        }
        let text = String(decoding: decoded, as: UTF8.self)
        // Decoding replaces invalid UTF-8, so a round trip that changes the bytes means the segment was invalid.
        guard text.utf8.elementsEqual(decoded), !text.isEmpty, !text.hasPrefix(".") else { return nil }
        return text
    }
}
