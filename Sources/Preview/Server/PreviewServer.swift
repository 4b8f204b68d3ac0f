import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `infolettre preview` server: serves the build output over HTTP/1.1 on loopback with live reload,
/// the preview dashboard at `/__preview/`, and rebuilds through the caller's closure when watched files change.
///
/// ```swift
/// let server = PreviewServer(configuration: .init(outputDirectory: output, watchedPaths: [content, themes]),
///                            rebuild: { build() }, warnings: { checkWarnings() })
/// let address = try server.start()  // then server.stop() on Ctrl-C
/// ```
public final class PreviewServer: Sendable {
    private enum Phase {
        case idle
        case running(address: PreviewAddress, acceptLoopEnded: DispatchSemaphore, watcher: FileWatcher?)
        case stopped
    }

    /// The configuration given at creation.
    public let configuration: PreviewConfiguration
    private let rebuild: @Sendable () -> RebuildOutcome
    private let warnings: @Sendable () -> [String]
    private let console: (@Sendable (String) -> Void)?
    private let broadcaster = EventBroadcaster()
    private let registry: ConnectionRegistry
    private let phase = Locked(Phase.idle)
    private let isStopping = Locked(false)

    /// - Parameters:
    ///   - rebuild: runs the build after a change of the watched files (on the watcher's serial queue).
    ///   - warnings: the `check` warnings shown on the dashboard, asked for on each dashboard request.
    ///   - console: receives the diagnostics of failed rebuilds, for the terminal.
    public init(
        configuration: PreviewConfiguration, rebuild: @escaping @Sendable () -> RebuildOutcome,
        warnings: @escaping @Sendable () -> [String] = { [] }, console: (@Sendable (String) -> Void)? = nil
    ) {
        self.configuration = configuration
        self.rebuild = rebuild
        self.warnings = warnings
        self.console = console
        self.registry = ConnectionRegistry(limit: max(1, configuration.maxConnections))
    }

    /// Binds and starts serving, and starts the watcher when there are watched paths. When the configured
    /// port is taken (or privileged), a free port is used and `portFallbackReason` says why.
    @discardableResult
    public func start() throws(PreviewError) -> PreviewAddress {
        let (listener, address) = try bind()
        let acceptLoopEnded = DispatchSemaphore(value: 0)
        let watcher = configuration.watchedPaths.isEmpty ? nil : FileWatcher(
            paths: configuration.watchedPaths, interval: configuration.pollInterval, debounce: configuration.debounce
        ) { [weak self] in self?.rebuildAfterChange() }
        let started = phase.withLock { phase -> Bool in
            guard case .idle = phase else { return false }
            phase = .running(address: address, acceptLoopEnded: acceptLoopEnded, watcher: watcher)
            return true
        }
        guard started else {
            close(listener.descriptor)
            throw .alreadyStarted
        }
        watcher?.start()
        let thread = Thread { [self] in
            acceptLoop(listener.descriptor)
            acceptLoopEnded.signal()
        }
        thread.name = "infolettre.preview.accept"
        thread.start()
        return address
    }

    /// Where the server listens, nil before `start()` and after `stop()`.
    public var address: PreviewAddress? {
        phase.withLock { phase in
            guard case .running(let address, _, _) = phase else { return nil }
            return address
        }
    }

    /// Stops the watcher, closes the listening socket (the port is free when this returns), ends the
    /// live-reload streams and shuts every open connection down. Safe to call more than once.
    public func stop() {
        let running = phase.withLock { phase -> (DispatchSemaphore, FileWatcher?)? in
            defer { phase = .stopped }
            guard case .running(_, let ended, let watcher) = phase else { return nil }
            return (ended, watcher)
        }
        guard let (acceptLoopEnded, watcher) = running else { return }
        watcher?.stop()
        isStopping.withLock { $0 = true }
        acceptLoopEnded.wait()
        broadcaster.close()
        registry.shutDownAll()
    }

    /// Tells the open pages about a rebuild: `reload` on success; on failure the `error` overlay with the
    /// diagnostics (also passed to `console`), while the previous output keeps being served.
    public func notifyRebuild(_ outcome: RebuildOutcome) {
        if outcome.succeeded {
            broadcaster.broadcast(.reload)
        } else {
            // The terminal first: once a page shows the error, the terminal has it too.
            console?(outcome.diagnostics)
            broadcaster.broadcast(.error(diagnostics: outcome.diagnostics))
        }
    }

    /// The number of open live-reload streams.
    public var liveReloadClientCount: Int { broadcaster.subscriberCount }

    private func rebuildAfterChange() {
        notifyRebuild(rebuild())
    }

    private func bind() throws(PreviewError) -> (ListeningSocket, PreviewAddress) {
        let host = configuration.host
        let port = configuration.port
        do {
            let listener = try ListeningSocket.open(host: host, port: port)
            return (listener, PreviewAddress(host: host, port: listener.port))
        } catch where error.isPortUnavailable && port != 0 {
            let reason = error.previewError(host: host, port: port).description
            do {
                let listener = try ListeningSocket.open(host: host, port: 0)
                return (listener, PreviewAddress(host: host, port: listener.port, portFallbackReason: reason))
            } catch {
                throw error.previewError(host: host, port: 0)
            }
        } catch {
            throw error.previewError(host: host, port: port)
        }
    }

    /// Accepts clients until `stop()`, each on its own thread (blocking I/O bounded by deadlines), then
    /// closes the listener. Polls with a short timeout so that `stop()` is noticed promptly.
    private func acceptLoop(_ listener: Int32) {
        let router = Router(
            outputDirectory: configuration.outputDirectory, hostCheck: HostCheck(listeningHost: configuration.host),
            warnings: warnings)
        while !isStopping.withLock({ $0 }) {
            var listenerPoll = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&listenerPoll, 1, 100) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                // Out of descriptors or an aborted handshake: back off instead of spinning on a ready listener.
                usleep(10_000)
                continue
            }
            serve(client, router: router)
        }
        close(listener)
    }

    private func serve(_ client: Int32, router: Router) {
        Socket.setSendTimeout(client, seconds: configuration.idleTimeout)
        Socket.setOption(client, level: Int32(IPPROTO_TCP), name: TCP_NODELAY, value: 1)
        guard registry.register(client) else {
            let busy = Connection.errorResponse(.serviceUnavailable, detail: "too many connections")
            _ = Socket.sendAll(client, busy.serialized(includeBody: true, keepAlive: false))
            close(client)
            return
        }
        let connection = Connection(
            descriptor: client, configuration: configuration, router: router, broadcaster: broadcaster)
        let registry = registry
        let thread = Thread {
            connection.run()
            registry.release(client)
        }
        thread.stackSize = 512 * 1024
        thread.start()
    }
}
