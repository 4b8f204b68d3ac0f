/// Where a started preview server listens.
public struct PreviewAddress: Sendable, Hashable {
    /// The address listened on, as configured.
    public var host: String
    /// The bound port: the requested one, or the kernel's choice when it was 0 or unavailable.
    public var port: Int
    /// Why the requested port was not used (e.g. `port 8000 is unavailable: Address already in use`), else nil.
    public var portFallbackReason: String?

    /// An address; `portFallbackReason` is nil when the requested port was used.
    public init(host: String, port: Int, portFallbackReason: String? = nil) {
        self.host = host
        self.port = port
        self.portFallbackReason = portFallbackReason
    }

    /// The site's URL, e.g. `http://127.0.0.1:8000/` (IPv6 hosts in brackets).
    public var siteURL: String { "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/" }

    /// The dashboard's URL, e.g. `http://127.0.0.1:8000/__preview/`.
    public var dashboardURL: String { siteURL + "__preview/" }
}
