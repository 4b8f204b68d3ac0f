import Discussions

/// Anonymizes the threads of one issue. Every text (title, tags, post bodies) loses members' names,
/// usernames and emails, third parties' names, identifiers, medicine names and advertising, replaced by
/// localised markers; authors become pseudonyms consistent across the threads, with a k-anonymous
/// attribution; threads breaking the charter (insults, defamation) are excluded. The report and the values
/// removed (kept in memory for the leak check only) accumulate over the threads.
///
/// ```swift
/// var anonymizer = Anonymizer(members: export.members)
/// let threads = export.threads.map { anonymizer.anonymize(thread: $0) }.filter { !$0.verdict.isExcluded }
/// ```
public struct Anonymizer: Sendable {
    public let options: AnonymizerOptions
    private let members: [Member]
    private let textAnonymizer: TextAnonymizer
    private let attribution: Attribution
    public private(set) var pseudonyms: PseudonymTable
    public private(set) var report = PrivacyReport()
    /// Every personal value removed so far, for `leakScanner()`; never written anywhere.
    private(set) var removedValues: Set<RemovedValue> = []

    public init(members: [Member], options: AnonymizerOptions = AnonymizerOptions()) {
        self.options = options
        self.members = members
        textAnonymizer = TextAnonymizer(lexicon: MemberLexicon(members: members), options: options)
        attribution = Attribution(members: members, k: options.k, language: options.language)
        pseudonyms = PseudonymTable(language: options.language)
    }

    /// The anonymized thread; check `verdict` before publishing it (an excluded thread has no posts).
    public mutating func anonymize(thread: DiscussionThread) -> AnonymizedThread {
        let title = textAnonymizer.anonymize(thread.title)
        let tags = thread.tags.map { textAnonymizer.anonymize($0) }
        let bodies = thread.posts.map { textAnonymizer.anonymize($0.body) }
        let violations = ([title] + tags + bodies).reduce(into: Set<CharterViolation>()) { $0.formUnion($1.violations) }
        record(title, threadID: thread.id, postID: nil)
        for tag in tags { record(tag, threadID: thread.id, postID: nil) }
        var anonymized = AnonymizedThread(
            id: thread.id, title: title.text, category: thread.category, tags: tags.map(\.text),
            createdAt: thread.createdAt, views: thread.views, url: safeURL(thread.url), posts: [], verdict: .accepted)
        guard violations.isEmpty else {
            report.exclude(threadID: thread.id, reasons: violations)
            anonymized.verdict = .excluded(violations.sorted())
            return anonymized
        }
        for (post, body) in zip(thread.posts, bodies) {
            record(body, threadID: thread.id, postID: post.id)
            anonymized.posts.append(
                AnonymizedPost(
                    id: post.id, author: pseudonyms.pseudonym(for: post.author),
                    attribution: attribution.label(forMemberID: post.author), createdAt: post.createdAt,
                    body: body.text, likes: post.likes, replyTo: post.replyTo))
        }
        return anonymized
    }

    /// Anonymizes a free text of the issue (an excerpt, a caption) and counts its removals under `threadID`.
    /// Returns nil when the text breaks the charter.
    public mutating func anonymize(text: String, threadID: String, postID: String? = nil) -> String? {
        let redaction = textAnonymizer.anonymize(text)
        guard redaction.violations.isEmpty else { return nil }
        record(redaction, threadID: threadID, postID: postID)
        return redaction.text
    }

    /// The thread's address, unless its slug holds something personal (`…/question-pour-claire-dubois/12`):
    /// an address is dropped rather than rewritten, so no link points to a wrong page.
    private func safeURL(_ url: String?) -> String? {
        guard let url else { return nil }
        return textAnonymizer.anonymize(url).removals.isEmpty ? url : nil
    }

    /// A leak scanner knowing the members and every personal value removed so far.
    public func leakScanner() -> LeakScanner {
        LeakScanner(members: members, removedValues: removedValues)
    }

    private mutating func record(_ redaction: TextRedaction, threadID: String, postID: String?) {
        for removal in redaction.removals {
            report.record(removal.category, threadID: threadID, postID: postID)
            if removal.category.identifiesPerson {
                removedValues.insert(RemovedValue(category: removal.category, value: removal.value))
            }
        }
    }
}

/// A personal value the anonymizer removed, kept in memory for the leak check.
struct RemovedValue: Hashable, Sendable {
    var category: PrivacyCategory
    var value: String
}
