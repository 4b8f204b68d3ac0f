import Dispatch
import Foundation

/// Watches files and folders (recursively) by polling modification times and sizes, which works on every
/// file system, and calls `onChange` once the files have stayed unchanged for `debounce` seconds, so that
/// an editor saving several files triggers one rebuild. Calls are serial: a change made during `onChange`
/// leads to another call afterwards.
public final class FileWatcher: Sendable {
    private struct State {
        var timer: (any DispatchSourceTimer)?
        var snapshot = FileSnapshot()
        /// When the last difference was seen, while a call to `onChange` is due.
        var pendingSince: Date?
    }

    private let paths: [String]
    private let interval: TimeInterval
    private let debounce: TimeInterval
    private let onChange: @Sendable () -> Void
    private let queue = DispatchQueue(label: "infolettre.preview.watcher")
    private let state = Locked(State())

    /// - Parameters:
    ///   - paths: files or folders to watch; folders are watched recursively, missing paths are watched for creation.
    ///   - interval: seconds between two scans.
    ///   - debounce: seconds without change before `onChange` runs.
    ///   - onChange: runs on the watcher's serial queue.
    public init(paths: [URL], interval: TimeInterval = 0.3, debounce: TimeInterval = 0.2,
                onChange: @escaping @Sendable () -> Void) {
        self.paths = paths.map(\.path)
        self.interval = max(0.01, interval)
        self.debounce = max(0, debounce)
        self.onChange = onChange
    }

    /// Records the current state of the files, then starts polling. Calling it twice has no effect.
    public func start() {
        let initial = FileSnapshot.take(of: paths)
        state.withLock { state in
            guard state.timer == nil else { return }
            state.snapshot = initial
            let timer = DispatchSource.makeTimerSource(queue: queue)
            timer.schedule(deadline: .now() + interval, repeating: interval, leeway: .milliseconds(20))
            timer.setEventHandler { [weak self] in self?.scan() }
            state.timer = timer
            timer.resume()
        }
    }

    /// Stops polling; a pending change is dropped. `onChange` is not called after `stop()` returns, unless it
    /// was already running.
    public func stop() {
        let timer = state.withLock { state in
            defer { state.timer = nil }
            return state.timer
        }
        timer?.cancel()
    }

    /// One tick: compares with the last snapshot and calls `onChange` when a change has settled.
    private func scan() {
        let current = FileSnapshot.take(of: paths)
        let now = Date()
        let isDue = state.withLock { state -> Bool in
            guard state.timer != nil else { return false }
            if current != state.snapshot {
                state.snapshot = current
                state.pendingSince = now
                return false
            }
            guard let since = state.pendingSince, now.timeIntervalSince(since) >= debounce else { return false }
            state.pendingSince = nil
            return true
        }
        if isDue { onChange() }
    }
}
