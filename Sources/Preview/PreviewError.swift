import Foundation

/// Why the preview server could not start.
public enum PreviewError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `host` is not a numeric IPv4 or IPv6 address.
    case invalidHost(String)
    /// `port` is outside 0...65535.
    case invalidPort(Int)
    /// A socket call failed; `operation` is the call (`socket`, `bind`, `listen`), `reason` the system's message.
    case socketFailure(operation: String, host: String, port: Int, reason: String)
    /// `start()` was called on a server that is already running or was stopped.
    case alreadyStarted

    /// A one-line message for the terminal.
    public var description: String {
        switch self {
        case .invalidHost(let host):
            "cannot listen on '\(host)': not a numeric IP address (use e.g. 127.0.0.1 or ::1)"
        case .invalidPort(let port):
            "cannot listen on port \(port): ports go from 0 to 65535"
        case .socketFailure(let operation, let host, let port, let reason):
            "cannot listen on \(host):\(port): \(operation) failed: \(reason)"
        case .alreadyStarted:
            "the preview server was already started"
        }
    }
}
