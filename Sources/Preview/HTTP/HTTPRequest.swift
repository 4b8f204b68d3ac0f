import Foundation

/// One parsed request head (request line and header fields). Bodies are never read: requests announcing
/// one are refused by the parser.
struct HTTPRequest: Sendable, Hashable {
    /// The method token as sent, e.g. `GET` (methods are case-sensitive).
    var method: String
    /// The request target as sent (origin form: path and optional query), still percent-encoded.
    var target: String
    var version: HTTPVersion
    /// Header fields in order, names as sent.
    var headers: [(name: String, value: String)]

    init(method: String, target: String, version: HTTPVersion, headers: [(name: String, value: String)]) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
    }

    /// The first value of the header `name`, compared case-insensitively.
    func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name.lowercased() == lowered }?.value
    }

    /// The target's path (before `?`), still percent-encoded.
    var path: Substring { target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0] }

    /// The target's query (after `?`), or nil when there is none.
    var query: Substring? {
        guard let mark = target.firstIndex(of: "?") else { return nil }
        return target[target.index(after: mark)...]
    }

    /// Whether the connection stays open after the response: HTTP/1.1 unless `Connection: close`,
    /// HTTP/1.0 only with `Connection: keep-alive`.
    var keepsConnectionAlive: Bool {
        let tokens = (header("Connection") ?? "").lowercased().split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        if version == .http10 { return tokens.contains("keep-alive") }
        return !tokens.contains("close")
    }

    static func == (lhs: HTTPRequest, rhs: HTTPRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.version == rhs.version
            && lhs.headers.elementsEqual(rhs.headers) { $0.name == $1.name && $0.value == $1.value }
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(method)
        hasher.combine(target)
        hasher.combine(version)
        for header in headers {
            hasher.combine(header.name)
            hasher.combine(header.value)
        }
    }
}
