/// Guards a loopback preview against DNS rebinding: a web page whose own name is made to resolve to 127.0.0.1
/// could otherwise read the unpublished issue from the preview. When the server listens on a loopback address,
/// a request's `Host` must be a loopback name or address; on any other address (the user chose to share the
/// preview on a network) every `Host` is accepted.
struct HostCheck: Sendable, Hashable {
    var isEnforced: Bool

    init(listeningHost: String) {
        isEnforced = Self.isLoopback(listeningHost.lowercased())
    }

    /// Whether a request with this `Host` value may be served (requests without `Host` are HTTP/1.0 ones).
    func allows(_ hostHeader: String?) -> Bool {
        guard isEnforced, let hostHeader else { return true }
        return Self.isLoopback(Self.hostName(of: hostHeader.lowercased()))
    }

    /// The name or address of a `Host` value, without port and IPv6 brackets.
    static func hostName(of value: String) -> String {
        if value.hasPrefix("[") {
            guard let end = value.firstIndex(of: "]") else { return value }
            return String(value[value.index(after: value.startIndex)..<end])
        }
        guard let colon = value.lastIndex(of: ":") else { return value }
        return String(value[..<colon])
    }

    private static func isLoopback(_ name: String) -> Bool {
        if name == "localhost" || name.hasSuffix(".localhost") || name == "::1" { return true }
        let octets = name.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
