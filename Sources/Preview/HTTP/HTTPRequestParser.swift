/// Parses request heads from the bytes received on a connection, one at a time, so that pipelined requests
/// are answered in order. Works on UTF-8 bytes; the head is bounded by `maxHeaderBytes`.
struct HTTPRequestParser: Sendable {
    /// What the start of a buffer holds.
    enum Result: Sendable, Hashable {
        /// More bytes are needed; `scannedUpTo` is where the next search for the end of the head may resume.
        case incomplete(scannedUpTo: Int)
        /// A complete head that took `consumed` bytes.
        case request(HTTPRequest, consumed: Int)
        case failure(HTTPParseError)
    }

    var maxHeaderBytes: Int

    /// Looks for a complete request head at the start of `bytes`, resuming the search at `resumeAt`.
    func parse(_ bytes: [UInt8], resumeAt: Int = 0) -> Result {
        guard let end = Self.headEnd(in: bytes, from: resumeAt) else {
            if bytes.count > maxHeaderBytes { return .failure(.headerSectionTooLarge(limit: maxHeaderBytes)) }
            return .incomplete(scannedUpTo: max(0, bytes.count - 3))
        }
        if end > maxHeaderBytes { return .failure(.headerSectionTooLarge(limit: maxHeaderBytes)) }
        do {
            return .request(try Self.parseHead(bytes[..<end]), consumed: end)
        } catch {
            return .failure(error)
        }
    }

    /// The index just past the blank line ending the head (`\r\n\r\n`, or bare `\n\n` from lenient clients).
    static func headEnd(in bytes: [UInt8], from start: Int) -> Int? {
        var index = max(0, start)
        while index < bytes.count {
            if bytes[index] == .lineFeed {
                if index + 1 < bytes.count, bytes[index + 1] == .lineFeed { return index + 2 }
                if index + 2 < bytes.count, bytes[index + 1] == .carriageReturn, bytes[index + 2] == .lineFeed {
                    return index + 3
                }
            }
            index += 1
        }
        return nil
    }

    private static func parseHead(_ head: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPRequest {
        var lines = head.split(separator: .lineFeed, omittingEmptySubsequences: false).map { line in
            line.last == .carriageReturn ? line.dropLast() : line
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        // Robustness (RFC 9112 §2.2): empty lines before the request line are ignored.
        while lines.first?.isEmpty == true { lines.removeFirst() }
        guard let requestLine = lines.first else { throw .malformedRequestLine("") }
        var request = try parseRequestLine(requestLine)
        for (number, line) in lines.dropFirst().enumerated() {
            request.headers.append(try parseHeader(line, number: number + 1))
        }
        try validate(request)
        return request
    }

    private static func parseRequestLine(_ line: ArraySlice<UInt8>) throws(HTTPParseError) -> HTTPRequest {
        let text = String(decoding: line, as: UTF8.self)
        let parts = line.split(separator: .space, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(\.isTokenCharacter),
              parts[1].allSatisfy(\.isVisibleASCII), let target = originForm(of: parts[1])
        else { throw .malformedRequestLine(String(text.prefix(200))) }
        let version = try parseVersion(parts[2], requestLine: text)
        return HTTPRequest(
            method: String(decoding: parts[0], as: UTF8.self), target: String(decoding: target, as: UTF8.self),
            version: version, headers: [])
    }

    /// The path and query of a target: origin form (`/path?query`) as is, absolute form
    /// (`http://host/path?query`, which servers must accept) without its scheme and authority; nil otherwise.
    private static func originForm(of target: ArraySlice<UInt8>) -> [UInt8]? {
        if target.first == .slash { return Array(target) }
        let lowered = target.prefix(8).map(\.asciiLowercased)
        let schemeLength = lowered.starts(with: "https://".utf8) ? 8 : lowered.starts(with: "http://".utf8) ? 7 : 0
        guard schemeLength > 0 else { return nil }
        let afterScheme = target.dropFirst(schemeLength)
        guard let pathStart = afterScheme.firstIndex(where: { $0 == .slash || $0 == .questionMark }) else { return [.slash] }
        let rest = target[pathStart...]
        return rest.first == .slash ? Array(rest) : [.slash] + rest
    }

    private static func parseVersion(_ bytes: ArraySlice<UInt8>, requestLine: String) throws(HTTPParseError) -> HTTPVersion {
        let text = String(decoding: bytes, as: UTF8.self)
        let digits = Array(bytes)
        guard digits.count == 8, text.hasPrefix("HTTP/"), digits[6] == .period,
              digits[5].isDigit, digits[7].isDigit
        else { throw .malformedRequestLine(String(requestLine.prefix(200))) }
        let version = HTTPVersion(major: Int(digits[5] - .zero), minor: Int(digits[7] - .zero))
        guard version == .http10 || version == .http11 else { throw .unsupportedVersion(text) }
        return version
    }

    private static func parseHeader(_ line: ArraySlice<UInt8>, number: Int) throws(HTTPParseError) -> (name: String, value: String) {
        guard let colon = line.firstIndex(of: .colon) else { throw .malformedHeader(line: number) }
        let name = line[..<colon]
        // A name must be a token: this also refuses obsolete line folding and whitespace before the colon.
        guard !name.isEmpty, name.allSatisfy(\.isTokenCharacter) else { throw .malformedHeader(line: number) }
        let value = line[line.index(after: colon)...].trimmingOptionalWhitespace()
        guard !value.contains(0), !value.contains(.carriageReturn) else { throw .malformedHeader(line: number) }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self))
    }

    private static func validate(_ request: HTTPRequest) throws(HTTPParseError) {
        if request.version == .http11, request.header("Host") == nil { throw .missingHost }
        if request.header("Transfer-Encoding") != nil { throw .bodyNotAccepted }
        for header in request.headers where header.name.lowercased() == "content-length" {
            guard let length = Int(header.value), length >= 0 else { throw .malformedHeader(line: 0) }
            if length > 0 { throw .bodyNotAccepted }
        }
    }
}
