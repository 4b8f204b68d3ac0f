import Diagnostics

/// The posts of the thread a reader just decoded, handed out one at a time after the thread itself:
/// the stream stays flat (`.thread`, then its `.post`s) even where the input nests posts in threads.
struct PendingPosts {
    private var posts: [(threadID: String, post: Post, location: SourceLocation)] = []
    private var nextIndex = 0

    /// Queues `thread`'s posts (located at `locations`) and returns the thread without them.
    mutating func detach(from thread: DiscussionThread, locations: [SourceLocation]) -> DiscussionThread {
        posts = zip(thread.posts, locations).map { (thread.id, $0, $1) }
        nextIndex = 0
        var bare = thread
        bare.posts = []
        return bare
    }

    /// The next queued post as a record, with its location.
    mutating func next() -> (record: ExportRecord, location: SourceLocation)? {
        guard nextIndex < posts.count else { return nil }
        let pending = posts[nextIndex]
        nextIndex += 1
        return (.post(threadID: pending.threadID, pending.post), pending.location)
    }
}
