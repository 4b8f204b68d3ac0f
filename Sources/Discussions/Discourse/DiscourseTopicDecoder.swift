import Diagnostics
import Foundation

/// Turns one Discourse topic (`/t/{id}.json?include_raw=true`) into a thread, its posts and their authors.
struct DiscourseTopicDecoder {
    /// Discourse's post action type for a like.
    private static let likeActionID = 2

    /// Category names by id, from `categories.json`.
    let categories: [Int: String]
    let baseURL: String?

    func decode(_ node: JSONNode) throws -> (thread: DiscussionThread, authors: [Member], postLocations: [SourceLocation]) {
        var fields = try RecordFields(node, record: "the topic")
        let id = try fields.identifier("id")
        fields.record = "topic \(id)"
        let postStream = try RecordFields(fields.requiredNode("post_stream"), record: "the post stream of topic \(id)")
        let postNodes = try postStream.array("posts")
        var authors: [Member] = []
        var authorIDs: Set<String> = []
        var posts: [(post: Post, number: Int?, replyToNumber: Int?)] = []
        for (index, postNode) in postNodes.enumerated() {
            let (post, author, number, replyTo) = try decodePost(postNode, ordinal: index + 1, topicID: id)
            posts.append((post, number, replyTo))
            if authorIDs.insert(author.id).inserted { authors.append(author) }
        }
        let idsByNumber = Dictionary(posts.compactMap { entry in entry.number.map { ($0, entry.post.id) } },
            uniquingKeysWith: { first, _ in first })
        let thread = DiscussionThread(
            id: id, title: try fields.string("title"), category: try category(fields),
            tags: try tags(fields), createdAt: try fields.date("created_at"),
            views: try fields.integer("views", default: 0), url: try url(fields, id: id),
            posts: posts.map { entry in
                var post = entry.post
                post.replyTo = entry.replyToNumber.flatMap { idsByNumber[$0] }
                return post
            })
        return (thread, authors, postNodes.map(\.location))
    }

    private func decodePost(_ node: JSONNode, ordinal: Int, topicID: String) throws
        -> (post: Post, author: Member, number: Int?, replyTo: Int?)
    {
        var fields = try RecordFields(node, record: "post #\(ordinal) of topic \(topicID)")
        let id = try fields.identifier("id")
        fields.record = "post \(id) of topic \(topicID)"
        let username = try fields.string("username")
        let body: String
        if let raw = try fields.optionalString("raw") {
            body = raw
        } else if let cooked = try fields.optionalString("cooked") {
            body = HTMLText.text(fromHTML: cooked)
        } else {
            throw DiscussionsError.missingField("raw", record: fields.record, at: fields.location)
        }
        let name = try fields.optionalString("name").flatMap { $0.isEmpty ? nil : $0 } ?? username
        let author = Member(
            id: username, name: name, username: username, email: try fields.optionalString("email") ?? "",
            profession: try fields.optionalString("profession") ?? fields.optionalString("user_title") ?? "",
            region: try fields.optionalString("region") ?? "", city: try fields.optionalString("city") ?? "")
        let post = Post(
            id: id, author: username, createdAt: try fields.date("created_at"), body: body,
            likes: try likes(fields))
        return (post, author, try fields.optionalInteger("post_number"), try fields.optionalInteger("reply_to_post_number"))
    }

    /// The like count from `actions_summary` (action 2), else the post's `like_count`.
    private func likes(_ fields: RecordFields) throws -> Int {
        for action in try fields.array("actions_summary") {
            let summary = try RecordFields(action, record: fields.record + " (actions_summary)")
            if try summary.optionalInteger("id") == Self.likeActionID {
                return try summary.integer("count", default: 0)
            }
        }
        return try fields.integer("like_count", default: 0)
    }

    private func category(_ fields: RecordFields) throws -> String {
        guard let id = try fields.optionalInteger("category_id") else { return "" }
        return categories[id] ?? "category-\(id)"
    }

    /// Tags are strings in older Discourse versions and `{"name": …}` objects in newer ones.
    private func tags(_ fields: RecordFields) throws -> [String] {
        try fields.array("tags").map { node in
            if case .string(let name) = node.value { return name }
            return try RecordFields(node, record: fields.record + " (tag)").string("name")
        }
    }

    private func url(_ fields: RecordFields, id: String) throws -> String? {
        guard var base = baseURL else { return nil }
        while base.hasSuffix("/") { base.removeLast() }
        guard let slug = try fields.optionalString("slug"), !slug.isEmpty else { return "\(base)/t/\(id)" }
        return "\(base)/t/\(slug)/\(id)"
    }

    /// Category names by id from Discourse's `/categories.json` (`category_list.categories[]`).
    static func categories(_ node: JSONNode) throws -> [Int: String] {
        let root = try RecordFields(node, record: "categories.json")
        let list = try RecordFields(root.requiredNode("category_list"), record: "category_list")
        var names: [Int: String] = [:]
        for category in try list.array("categories") {
            let fields = try RecordFields(category, record: "a category")
            guard let id = try fields.optionalInteger("id") else {
                throw DiscussionsError.missingField("id", record: "a category", at: fields.location)
            }
            names[id] = try fields.string("name")
        }
        return names
    }
}
