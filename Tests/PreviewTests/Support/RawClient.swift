import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking TCP client for the tests: every read times out, so a misbehaving server fails a test
/// instead of hanging it.
final class RawClient {
    struct Response {
        var statusCode: Int
        var headers: [String: String]
        var body: [UInt8]

        var text: String { String(decoding: body, as: UTF8.self) }
        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    let descriptor: Int32
    private var buffer: [UInt8] = []

    init(port: Int, readTimeout: TimeInterval = 3) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw ClientError.connect(errno) }
        var timeout = timeval(tv_sec: Int(readTimeout), tv_usec: Int((readTimeout - readTimeout.rounded(.down)) * 1e6))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        inet_pton(AF_INET, "127.0.0.1", &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            close(descriptor)
            throw ClientError.connect(code)
        }
    }

    deinit { close(descriptor) }

    enum ClientError: Error {
        case connect(Int32)
        case closedOrTimedOut
        case malformed(String)
    }

    func send(_ text: String) throws { try send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress! + offset, $0.count - offset, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw ClientError.closedOrTimedOut }
            offset += sent
        }
    }

    /// `GET`-like request text with the Host header.
    static func request(_ method: String = "GET", _ target: String, headers: [String] = []) -> String {
        ([ "\(method) \(target) HTTP/1.1", "Host: localhost"] + headers).joined(separator: "\r\n") + "\r\n\r\n"
    }

    /// Reads one response; `expectBody` is false for HEAD.
    func readResponse(expectBody: Bool = true) throws -> Response {
        let headEnd = try fill { Self.find(Array("\r\n\r\n".utf8), in: $0) }
        let head = String(decoding: buffer[..<headEnd], as: UTF8.self)
        buffer.removeFirst(headEnd + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let code = Int(statusLine[1]) else { throw ClientError.malformed(head) }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw ClientError.malformed(line) }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = expectBody ? Int(headers["content-length"] ?? "0") ?? 0 : 0
        _ = try fill { $0.count >= length ? length : nil }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return Response(statusCode: code, headers: headers, body: body)
    }

    /// Reads until `marker` has arrived and returns everything up to and including it.
    func read(through marker: String) throws -> String {
        let needle = Array(marker.utf8)
        let start = try fill { Self.find(needle, in: $0) }
        let text = String(decoding: buffer[..<(start + needle.count)], as: UTF8.self)
        buffer.removeFirst(start + needle.count)
        return text
    }

    /// Whether the server closed the connection (reads 0 bytes before the timeout).
    func isClosedByServer() -> Bool {
        var byte = [UInt8](repeating: 0, count: 1)
        return byte.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, 1, 0) } == 0
    }

    private func fill(until found: ([UInt8]) -> Int?) throws -> Int {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            if let index = found(buffer) { return index }
            let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw ClientError.closedOrTimedOut }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        for index in 0...(bytes.count - needle.count) where bytes[index..<(index + needle.count)].elementsEqual(needle) {
            return index
        }
        return nil
    }
}
