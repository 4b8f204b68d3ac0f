import Discussions

/// The figures by thread category and by author profession: threads, posts and distinct
/// participants. A figure under `k` could single people out, so it is suppressed: encoded as `null` in
/// JSON (the renderers print `<k`, e.g. `<5`). Totals are suppressed by the same rule.
public struct AggregateStats: Codable, Hashable, Sendable {
    /// Counts of one row; nil means suppressed (fewer than k).
    public struct Cell: Codable, Hashable, Sendable {
        public var threads: Int?
        public var posts: Int?
        public var participants: Int?

        public init(threads: Int?, posts: Int?, participants: Int?) {
            self.threads = threads
            self.posts = posts
            self.participants = participants
        }

        /// Writes suppressed figures as explicit `null`s, so readers see them as suppressed, not missing.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(threads, forKey: .threads)
            try container.encode(posts, forKey: .posts)
            try container.encode(participants, forKey: .participants)
        }
    }

    public var k: Int
    public var total: Cell
    /// By thread category (as the export names it).
    public var byCategory: [String: Cell]
    /// By the profession of posts' authors (as the export names it; unknown authors under `""`).
    public var byProfession: [String: Cell]

    /// Figures for the published `threads` of an issue.
    public init(threads: [DiscussionThread], members: [Member], k: Int = 5) {
        self.k = k
        let professions = Dictionary(members.map { ($0.id, $0.profession.trimmed) }, uniquingKeysWith: { first, _ in first })
        var total = Tally()
        var categories: [String: Tally] = [:]
        var byProfession: [String: Tally] = [:]
        for thread in threads {
            total.threads.insert(thread.id)
            categories[thread.category, default: Tally()].threads.insert(thread.id)
            for post in thread.posts {
                let profession = professions[post.author] ?? ""
                byProfession[profession, default: Tally()].add(post: post, threadID: thread.id)
                categories[thread.category]?.add(post: post, threadID: thread.id)
                total.add(post: post, threadID: thread.id)
            }
        }
        self.total = total.cell(k: k)
        self.byCategory = categories.mapValues { $0.cell(k: k) }
        self.byProfession = byProfession.mapValues { $0.cell(k: k) }
    }

    /// A figure for display: the number, or `<k` when suppressed.
    public func display(_ figure: Int?) -> String {
        figure.map(String.init) ?? "<\(k)"
    }

    private struct Tally {
        var threads: Set<String> = []
        var posts = 0
        var participants: Set<String> = []

        mutating func add(post: Post, threadID: String) {
            threads.insert(threadID)
            posts += 1
            participants.insert(post.author)
        }

        func cell(k: Int) -> Cell {
            func shown(_ value: Int) -> Int? { value >= k ? value : nil }
            return Cell(threads: shown(threads.count), posts: shown(posts), participants: shown(participants.count))
        }
    }

    private enum CodingKeys: String, CodingKey {
        case k
        case total
        case byCategory = "by_category"
        case byProfession = "by_profession"
    }
}
