import Foundation

/// Fans live-reload events out to every open `/__preview/events` stream. Each stream's connection thread
/// waits on its own `Subscription`, so a slow client never delays the others.
final class EventBroadcaster: Sendable {
    private struct State {
        var subscriptions: [Int: Subscription] = [:]
        var nextID = 0
        /// The error of the last failed rebuild, replayed to streams opened while the build stays broken.
        var currentError: ServerSentEvent?
        var isClosed = false
    }

    private let state = Locked(State())

    /// Opens a stream; nil once the broadcaster is closed.
    func subscribe() -> Subscription? {
        state.withLock { state in
            guard !state.isClosed else { return nil }
            let subscription = Subscription(id: state.nextID)
            state.nextID += 1
            state.subscriptions[subscription.id] = subscription
            if let error = state.currentError { subscription.enqueue(error) }
            return subscription
        }
    }

    func unsubscribe(_ subscription: Subscription) {
        _ = state.withLock { $0.subscriptions.removeValue(forKey: subscription.id) }
    }

    /// The number of open streams.
    var subscriberCount: Int { state.withLock { $0.subscriptions.count } }

    /// Sends `event` to every open stream; an `error` is remembered for later streams until a `reload`.
    func broadcast(_ event: ServerSentEvent) {
        let subscriptions = state.withLock { state in
            state.currentError = event.name == ServerSentEvent.reload.name ? nil : event
            return Array(state.subscriptions.values)
        }
        for subscription in subscriptions { subscription.enqueue(event) }
    }

    /// Ends every stream and refuses new ones (server stop).
    func close() {
        let subscriptions = state.withLock { state in
            state.isClosed = true
            defer { state.subscriptions = [:] }
            return Array(state.subscriptions.values)
        }
        for subscription in subscriptions { subscription.finish() }
    }
}
