import Foundation

/// The queue of events waiting to be written to one stream.
final class Subscription: @unchecked Sendable {
    /// What waiting for the next event gave.
    enum Next: Sendable, Hashable {
        case event(ServerSentEvent)
        case timedOut
        case finished
    }

    let id: Int
    // Guarded by `condition`.
    private let condition = NSCondition()
    private var pending: [ServerSentEvent] = []
    private var isFinished = false

    init(id: Int) { self.id = id }

    func enqueue(_ event: ServerSentEvent) {
        condition.lock()
        pending.append(event)
        condition.signal()
        condition.unlock()
    }

    func finish() {
        condition.lock()
        isFinished = true
        condition.signal()
        condition.unlock()
    }

    /// The next event, waiting at most `timeout` seconds (then the caller sends a heartbeat).
    func next(timeout: TimeInterval) -> Next {
        let deadline = Date(timeIntervalSinceNow: timeout)
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !isFinished {
            if !condition.wait(until: deadline) { break }
        }
        if isFinished { return .finished }
        if pending.isEmpty { return .timedOut }
        return .event(pending.removeFirst())
    }
}
