import Foundation

/// A value guarded by a lock, so that the server's mutable state can live inside `Sendable` classes.
/// (`Synchronization.Mutex` would do, but needs macOS 15 where the package targets macOS 14.)
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    /// Runs `body` with exclusive access to the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
