#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open client sockets, bounded by `limit`, so that `stop()` can wake and end every connection thread.
final class ConnectionRegistry: Sendable {
    private struct State {
        var descriptors: Set<Int32> = []
        var isClosed = false
    }

    private let state = Locked(State())
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Admits a new connection; false when the server is full or stopping.
    func register(_ descriptor: Int32) -> Bool {
        state.withLock { state in
            guard !state.isClosed, state.descriptors.count < limit else { return false }
            state.descriptors.insert(descriptor)
            return true
        }
    }

    /// Forgets and closes a connection's socket. Removal happens under the lock before `close`, so
    /// `shutDownAll` never touches a descriptor number the system may already have reused.
    func release(_ descriptor: Int32) {
        _ = state.withLock { $0.descriptors.remove(descriptor) }
        _ = close(descriptor)
    }

    var count: Int { state.withLock { $0.descriptors.count } }

    /// Refuses new connections and shuts every open socket down: blocked `poll`/`recv` calls return at once.
    func shutDownAll() {
        state.withLock { state in
            state.isClosed = true
            for descriptor in state.descriptors { _ = shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
    }
}
