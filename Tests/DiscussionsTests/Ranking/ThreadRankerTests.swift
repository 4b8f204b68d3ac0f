import Foundation
import Testing
@testable import Discussions

@Suite struct ThreadRankerTests {
    /// Monday 2026-11-16 00:00 to Monday 2026-11-23 00:00, Paris time.
    private let week = DateInterval.issueWeek(containing: Fixtures.date("2026-11-19T12:00:00Z"))

    private func thread(
        _ id: String, opened: String, views: Int = 0, posts: [(author: String, likes: Int)] = [("a", 0)],
        category: String = "Soins"
    ) -> DiscussionThread {
        let created = Fixtures.date(opened)
        return DiscussionThread(
            id: id, title: "Sujet \(id)", category: category, createdAt: created, views: views,
            posts: posts.enumerated().map { index, post in
                Post(id: "\(id)-\(index)", author: post.author, createdAt: created.addingTimeInterval(Double(index) * 60),
                     body: "Message \(index).", likes: post.likes)
            })
    }

    @Test func issueWeekRunsMondayToMondayInParis() {
        #expect(week.start == Fixtures.date("2026-11-15T23:00:00Z"))
        #expect(week.end == Fixtures.date("2026-11-22T23:00:00Z"))
    }

    @Test func scoresWithTheDocumentedFormula() {
        let candidate = thread("t", opened: "2026-11-22T21:00:00Z", views: 99, posts: [("a", 3), ("b", 1), ("a", 0)])
        let ranked = ThreadRanker().ranked(candidate, in: week)
        #expect(ranked.stats == ThreadStats(posts: 3, participants: 2, likes: 4, views: 99))
        // likes 4·1 + replies 2·1 + participants 2·2 + log10(100)·2 = 14, aged 2 hours: 14 / (2 + 2)^0.5 = 7.
        #expect(abs(ranked.score - 7) < 1e-9)
        let noDecay = ThreadRanker(weights: RankingWeights(likes: 0, replies: 0, participants: 0, views: 1, gravity: 0))
        #expect(abs(noDecay.ranked(candidate, in: week).score - 2) < 1e-9)
    }

    @Test func ordersByScoreAndKeepsTheTopN() {
        let threads = (0..<8).map { index in
            thread("t\(index)", opened: "2026-11-18T10:00:00Z", posts: [("a", index), ("b", 0)])
        }
        let ranked = ThreadRanker(limit: 3).rank(threads, in: week)
        #expect(ranked.map(\.thread.id) == ["t7", "t6", "t5"])
        #expect(ThreadRanker().rank(threads, in: week).count == 5)
    }

    @Test func recencyFavoursTheYoungerOfTwoEqualThreads() {
        let old = thread("old", opened: "2026-11-16T08:00:00Z", posts: [("a", 5), ("b", 5)])
        let young = thread("young", opened: "2026-11-21T08:00:00Z", posts: [("a", 5), ("b", 5)])
        #expect(ThreadRanker().rank([old, young], in: week).map(\.thread.id) == ["young", "old"])
        let ageless = ThreadRanker(weights: RankingWeights(gravity: 0))
        #expect(ageless.rank([young, old], in: week).map(\.thread.id) == ["old", "young"])
    }

    @Test func breaksTiesByParticipantsThenDateThenID() {
        let ageless = ThreadRanker(weights: RankingWeights(likes: 1, replies: 0, participants: 0, views: 0, gravity: 0))
        let many = thread("b-many", opened: "2026-11-20T08:00:00Z", posts: [("a", 1), ("b", 1), ("c", 0)])
        let early = thread("z-early", opened: "2026-11-17T08:00:00Z", posts: [("a", 2)])
        let lateB = thread("b-late", opened: "2026-11-19T08:00:00Z", posts: [("a", 2)])
        let lateA = thread("a-late", opened: "2026-11-19T08:00:00Z", posts: [("a", 2)])
        #expect(ageless.rank([lateB, lateA, early, many], in: week).map(\.thread.id) == ["b-many", "z-early", "a-late", "b-late"])
    }

    @Test func ignoresThreadsOutsideTheWindowAndLaterPosts() {
        let before = thread("before", opened: "2026-11-15T22:59:59Z", posts: [("a", 50)])
        let first = thread("first", opened: "2026-11-15T23:00:00Z")
        let after = thread("after", opened: "2026-11-22T23:00:00Z", posts: [("a", 50)])
        var late = thread("late-replies", opened: "2026-11-22T22:00:00Z", posts: [("a", 1)])
        late.posts.append(Post(id: "next-week", author: "b", createdAt: Fixtures.date("2026-11-23T08:00:00Z"), body: "Plus tard.", likes: 40))
        let ranked = ThreadRanker().rank([before, first, after, late], in: week)
        #expect(Set(ranked.map(\.thread.id)) == ["first", "late-replies"])
        let lateRanked = ranked.first { $0.thread.id == "late-replies" }
        #expect(lateRanked?.stats == ThreadStats(posts: 1, participants: 1, likes: 1, views: 0))
        #expect(lateRanked?.thread.posts.map(\.id) == ["late-replies-0"])
    }

    @Test func excludesWhatThePredicateRejects() {
        let threads = [
            thread("clinical", opened: "2026-11-18T10:00:00Z", posts: [("a", 9)], category: "Cas cliniques"),
            thread("practice", opened: "2026-11-18T10:00:00Z", posts: [("a", 1)]),
        ]
        let ranked = ThreadRanker().rank(threads, in: week) { $0.category == "Cas cliniques" }
        #expect(ranked.map(\.thread.id) == ["practice"])
    }
}
