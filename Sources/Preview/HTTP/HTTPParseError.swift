/// Why a request head was refused; each case maps to the status sent back before closing the connection.
enum HTTPParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The request line and headers exceed `limit` bytes without ending.
    case headerSectionTooLarge(limit: Int)
    /// The request line is not `METHOD SP target SP HTTP/x.y` with a visible-ASCII origin-form target.
    case malformedRequestLine(String)
    /// Header line number `line` (1 is the first header after the request line) is not `name: value`.
    case malformedHeader(line: Int)
    /// The version is well formed but not HTTP/1.0 or HTTP/1.1.
    case unsupportedVersion(String)
    /// An HTTP/1.1 request without the mandatory `Host` header.
    case missingHost
    /// The request announces a body (`Content-Length` > 0 or `Transfer-Encoding`); the server reads none.
    case bodyNotAccepted

    /// The status answered for this error.
    var status: HTTPStatus {
        switch self {
        case .headerSectionTooLarge: .requestHeaderFieldsTooLarge
        case .malformedRequestLine, .malformedHeader, .missingHost: .badRequest
        case .unsupportedVersion: .httpVersionNotSupported
        case .bodyNotAccepted: .contentTooLarge
        }
    }

    var description: String {
        switch self {
        case .headerSectionTooLarge(let limit): "request line and headers exceed \(limit) bytes"
        case .malformedRequestLine(let line): "malformed request line '\(line)'"
        case .malformedHeader(let line): "malformed header field on header line \(line)"
        case .unsupportedVersion(let version): "unsupported protocol version '\(version)'"
        case .missingHost: "HTTP/1.1 request without a Host header"
        case .bodyNotAccepted: "request bodies are not accepted"
        }
    }
}
