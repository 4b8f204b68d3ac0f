/// The weights of the thread score (see `ThreadRanker` and docs/discussions.md for the formula).
/// Configuration keys map one to one: `likes`, `replies`, `participants`, `views`, and `gravity`
/// (also accepted as `recency`).
public struct RankingWeights: Hashable, Sendable {
    /// Points per like, on any post of the thread.
    public var likes: Double
    /// Points per reply (every post but the opening one).
    public var replies: Double
    /// Points per distinct author, opening poster included.
    public var participants: Double
    /// Points per factor of ten of views (`log10(1 + views)`), as Discourse's "top" score does.
    public var views: Double
    /// How strongly age divides the score: `score / (ageHours + 2)^gravity`. 0 ignores age;
    /// 1 ranks by engagement per hour.
    public var gravity: Double

    /// The documented defaults (docs/discussions.md explains each).
    public init(likes: Double = 1, replies: Double = 1, participants: Double = 2, views: Double = 2, gravity: Double = 0.5) {
        self.likes = likes
        self.replies = replies
        self.participants = participants
        self.views = views
        self.gravity = gravity
    }
}
