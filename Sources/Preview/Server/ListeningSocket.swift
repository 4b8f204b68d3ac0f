import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A bound, listening TCP socket on a numeric IPv4 or IPv6 address.
struct ListeningSocket: Sendable {
    var descriptor: Int32
    /// The port actually bound (the kernel's choice when 0 was asked for).
    var port: Int

    /// Why `open` failed.
    enum OpenFailure: Error, Sendable, Hashable {
        case invalidHost
        case invalidPort
        /// A socket call failed with `code` (errno).
        case call(operation: String, code: Int32)

        /// Whether another port would do: this one is taken, or privileged.
        var isPortUnavailable: Bool {
            guard case .call("bind", let code) = self else { return false }
            return code == EADDRINUSE || code == EACCES
        }

        func previewError(host: String, port: Int) -> PreviewError {
            switch self {
            case .invalidHost: .invalidHost(host)
            case .invalidPort: .invalidPort(port)
            case .call(let operation, let code):
                .socketFailure(operation: operation, host: host, port: port, reason: Socket.message(for: code))
            }
        }
    }

    /// Binds `host:port` and listens.
    static func open(host: String, port: Int, backlog: Int32 = 1024) throws(OpenFailure) -> ListeningSocket {
        guard (0...65535).contains(port) else { throw .invalidPort }
        guard var address = SocketAddress(host: host, port: port) else { throw .invalidHost }
        let descriptor = socket(address.family, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .call(operation: "socket", code: errno) }
        Socket.setOption(descriptor, level: SOL_SOCKET, name: SO_REUSEADDR, value: 1)
        guard address.withSockaddr({ bind(descriptor, $0, $1) }) == 0 else {
            let code = errno
            close(descriptor)
            throw .call(operation: "bind", code: code)
        }
        guard listen(descriptor, backlog) == 0 else {
            let code = errno
            close(descriptor)
            throw .call(operation: "listen", code: code)
        }
        return ListeningSocket(descriptor: descriptor, port: boundPort(descriptor) ?? port)
    }

    private static func boundPort(_ descriptor: Int32) -> Int? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let result = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard result == 0 else { return nil }
        let family = storage.ss_family
        return withUnsafePointer(to: &storage) { pointer in
            if family == sa_family_t(AF_INET6) {
                return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        }
    }
}
