/// An article with its body rendered. A class: pages, tags, issues and emails all hold the same articles, and
/// copying the struct's many strings for each showed on archives of thousands.
final class RenderedArticle: Sendable {
    let article: Article
    let body: ContentRenderer.Rendered
    /// The issue the article appeared in, if any.
    let issueID: String?
    /// What the article's values show besides its body (`content_html`, deferred), besides the config and theme:
    /// its front matter and reading time. Listings of the article depend on it alone while they do not show the
    /// body.
    let outlineFingerprint: Fingerprint

    init(article: Article, body: ContentRenderer.Rendered, issueID: String?) {
        self.article = article
        self.body = body
        self.issueID = issueID
        var outline = article.metadataFingerprint
        outline.combine(Self.readingMinutes(wordCount: body.wordCount))
        outlineFingerprint = outline
    }

    /// What the article's values depend on besides the config and theme: its file.
    var fingerprint: Fingerprint { article.fingerprint }

    var readingMinutes: Int { Self.readingMinutes(wordCount: body.wordCount) }

    /// At 220 words a minute, rounded up.
    private static func readingMinutes(wordCount: Int) -> Int { max(1, Int((Double(wordCount) / 220).rounded(.up))) }
}

/// An issue with its editorial, articles and discussions ready for templates. A class, as `RenderedArticle`:
/// the site's pages hold each issue several times.
final class RenderedIssue: Sendable {
    let issue: Issue
    let editorial: ContentRenderer.Rendered
    let articles: [RenderedArticle]
    let digest: DiscussionDigest?

    /// What the issue's values depend on besides the config and theme: its file, its articles' files and its
    /// digest.
    let fingerprint: Fingerprint
    /// What the issue's values show besides its editorial, its discussions and its articles' bodies (all deferred),
    /// besides the config and theme: its front matter, its articles' outlines and whether it has discussions.
    let outlineFingerprint: Fingerprint
    /// The digest's fingerprint, computed once: it goes through every post.
    let digestFingerprint: Fingerprint?

    init(issue: Issue, editorial: ContentRenderer.Rendered, articles: [RenderedArticle], digest: DiscussionDigest?) {
        self.issue = issue
        self.editorial = editorial
        self.articles = articles
        self.digest = digest
        digestFingerprint = digest?.fingerprint
        var fingerprint = issue.fingerprint, outline = issue.metadataFingerprint
        for article in articles {
            fingerprint.combine(article.fingerprint)
            outline.combine(article.outlineFingerprint)
        }
        fingerprint.combine(digestFingerprint)
        outline.combine(digest?.threads.isEmpty ?? true)
        self.fingerprint = fingerprint
        outlineFingerprint = outline
    }
}

/// The week's selected threads, anonymized and rendered: the only form in which discussions reach templates.
struct DiscussionDigest: Sendable {
    var threads: [Thread]
    var postCount: Int
    var participantCount: Int

    /// A digest of everything templates can show of the threads.
    var fingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        fingerprint.combine(postCount)
        fingerprint.combine(participantCount)
        for thread in threads {
            for text in [thread.title, thread.category] + thread.tags { fingerprint.combine(text) }
            for number in [thread.tags.count, thread.rank, thread.replies, thread.participants, thread.likes, thread.views, thread.posts.count] {
                fingerprint.combine(number)
            }
            for post in thread.posts {
                for text in [post.author, post.attribution, post.markdown, post.html] { fingerprint.combine(text) }
                fingerprint.combine(post.likes)
                fingerprint.combine(post.isOpening)
            }
        }
        return fingerprint
    }

    struct Thread: Sendable {
        var rank: Int
        var title: String
        var category: String
        var tags: [String]
        var posts: [Post]
        var replies: Int
        var participants: Int
        var likes: Int
        var views: Int
    }

    struct Post: Sendable {
        /// Pseudonym ("Membre A").
        var author: String
        /// Profession and region, profession, or "un membre", per k-anonymity.
        var attribution: String
        var markdown: String
        var html: String
        var likes: Int
        var isOpening: Bool
    }
}
