/// The protocol version of a request line; only HTTP/1.0 and HTTP/1.1 are served.
struct HTTPVersion: Sendable, Hashable, CustomStringConvertible {
    var major: Int
    var minor: Int

    static let http10 = HTTPVersion(major: 1, minor: 0)
    static let http11 = HTTPVersion(major: 1, minor: 1)

    var description: String { "HTTP/\(major).\(minor)" }
}
