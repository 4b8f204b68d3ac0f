/// A thread chosen for an issue, with its score and statistics.
public struct RankedThread: Hashable, Sendable {
    /// The thread, with only the posts written before the end of the window.
    public var thread: DiscussionThread
    /// The thread's score (see `ThreadRanker`).
    public var score: Double
    /// The counts the score was computed from.
    public var stats: ThreadStats

    /// A ranked thread from its parts.
    public init(thread: DiscussionThread, score: Double, stats: ThreadStats) {
        self.thread = thread
        self.score = score
        self.stats = stats
    }
}
