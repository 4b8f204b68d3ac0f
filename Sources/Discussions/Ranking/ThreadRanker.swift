import Foundation

/// Picks the threads of an issue: those opened in the issue's window, scored by engagement with
/// a gentle recency decay, best first.
///
/// `engagement = likes·wL + replies·wR + participants·wP + log10(1 + views)·wV` (Discourse's "top" score
/// idea: views on a log scale, interactions linear), then `score = engagement / (ageHours + 2)^gravity`
/// (Hacker News' gravity), where the age runs from the thread's creation to the end of the window.
/// Only posts written before the window's end count, so re-running an old issue gives the same result.
public struct ThreadRanker: Sendable {
    /// The weights of the score.
    public var weights: RankingWeights
    /// How many threads to keep.
    public var limit: Int

    /// A ranker keeping the best `limit` threads (5 by default).
    public init(weights: RankingWeights = RankingWeights(), limit: Int = 5) {
        self.weights = weights
        self.limit = limit
    }

    /// The best `limit` threads opened in `window` and not excluded, best first. Ties go to more
    /// participants, then the earlier thread, then the smaller id, so the order is always the same.
    public func rank(
        _ threads: [DiscussionThread], in window: DateInterval,
        isExcluded: (DiscussionThread) -> Bool = { _ in false }
    ) -> [RankedThread] {
        let candidates = threads
            .filter { $0.createdAt >= window.start && $0.createdAt < window.end && !isExcluded($0) }
            .map { ranked($0, in: window) }
        return candidates.sorted(by: Self.isRankedBefore).prefix(max(0, limit)).map { $0 }
    }

    /// The score of `thread` in `window`, with its statistics and its posts up to the window's end.
    public func ranked(_ thread: DiscussionThread, in window: DateInterval) -> RankedThread {
        var visible = thread
        visible.posts = thread.posts.filter { $0.createdAt < window.end }
        let stats = ThreadStats(visible)
        let engagement = weights.likes * Double(stats.likes) + weights.replies * Double(stats.replies)
            + weights.participants * Double(stats.participants) + weights.views * log10(1 + Double(max(0, stats.views)))
        let ageHours = max(0, window.end.timeIntervalSince(thread.createdAt)) / 3_600
        let score = engagement / pow(ageHours + 2, weights.gravity)
        return RankedThread(thread: visible, score: score, stats: stats)
    }

    private static func isRankedBefore(_ left: RankedThread, _ right: RankedThread) -> Bool {
        if left.score != right.score { return left.score > right.score }
        if left.stats.participants != right.stats.participants { return left.stats.participants > right.stats.participants }
        if left.thread.createdAt != right.thread.createdAt { return left.thread.createdAt < right.thread.createdAt }
        return left.thread.id < right.thread.id
    }
}

extension DateInterval {
    /// The week (Monday 00:00 to the next Monday 00:00, in `timeZone`) that contains `date`:
    /// an issue covers the threads opened during its week.
    public static func issueWeek(containing date: Date, timeZone: TimeZone = TimeZone(identifier: "Europe/Paris") ?? .gmt) -> DateInterval {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = timeZone
        return calendar.dateInterval(of: .weekOfYear, for: date) ?? DateInterval(start: date, duration: 7 * 86_400)
    }
}
