import Foundation

/// The last value handed over, kept until the process exits instead of being freed (one slot: a process
/// that runs the command many times, like the tests, frees each value when the next one comes).
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: Any?
    private static let lock = NSLock()

    static func keep(_ value: Any) { lock.withLock { kept = value } }
}
