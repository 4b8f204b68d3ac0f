import Foundation

/// Everything the preview server needs to know: where to listen, what to serve, what to watch and its limits.
public struct PreviewConfiguration: Sendable {
    /// The address to bind; loopback by default so the preview is not exposed to the network.
    public var host: String
    /// The port to listen on; 0 lets the kernel choose. When the port is taken, a free one is chosen instead.
    public var port: Int
    /// The build output folder holding `site/`, `email/` and `reports/`.
    public var outputDirectory: URL
    /// Files and folders (watched recursively) whose changes trigger a rebuild; empty disables the watcher.
    public var watchedPaths: [URL]
    /// How often the watcher compares modification times and sizes, in seconds.
    public var pollInterval: TimeInterval
    /// How long the files must stay unchanged before a rebuild starts, in seconds.
    public var debounce: TimeInterval
    /// How long a keep-alive connection may wait for its next request, in seconds.
    public var idleTimeout: TimeInterval
    /// How long a client may take to send a whole request line and headers, in seconds (slowloris guard).
    public var requestTimeout: TimeInterval
    /// The largest request line plus headers accepted, in bytes; larger requests get 431.
    public var maxRequestBytes: Int
    /// The most connections served at once; further clients get 503.
    public var maxConnections: Int
    /// How often an open live-reload stream receives a heartbeat comment, in seconds.
    public var heartbeatInterval: TimeInterval

    /// A configuration with the defaults of `infolettre preview`: loopback, port 8000, 300 ms polling,
    /// 200 ms debounce, 10 s idle and 5 s request timeouts, 16 KiB heads, 512 connections, 15 s heartbeats.
    public init(
        host: String = "127.0.0.1", port: Int = 8000, outputDirectory: URL, watchedPaths: [URL] = [],
        pollInterval: TimeInterval = 0.3, debounce: TimeInterval = 0.2, idleTimeout: TimeInterval = 10,
        requestTimeout: TimeInterval = 5, maxRequestBytes: Int = 16 * 1024, maxConnections: Int = 512,
        heartbeatInterval: TimeInterval = 15
    ) {
        self.host = host
        self.port = port
        self.outputDirectory = outputDirectory
        self.watchedPaths = watchedPaths
        self.pollInterval = pollInterval
        self.debounce = debounce
        self.idleTimeout = idleTimeout
        self.requestTimeout = requestTimeout
        self.maxRequestBytes = maxRequestBytes
        self.maxConnections = maxConnections
        self.heartbeatInterval = heartbeatInterval
    }
}
