import Diagnostics
import Foundation

/// Turns the JSON objects of the native format (`infolettre-discussions/1`, JSON or JSON Lines)
/// into model values. Field names are the format's snake_case ones.
enum NativeRecordDecoder {
    /// The header fields shared by both variants: `format` must name this format.
    static func checkFormat(_ fields: RecordFields) throws {
        guard let node = fields.optionalNode("format") else {
            throw DiscussionsError.missingFormat(expected: DiscussionExport.formatIdentifier, at: fields.location)
        }
        let format = try fields.stringValue(of: node, key: "format")
        try checkFormat(format, at: node.location)
    }

    static func checkFormat(_ format: String, at location: SourceLocation) throws {
        guard format == DiscussionExport.formatIdentifier else {
            throw DiscussionsError.unsupportedFormat(
                found: format, expected: DiscussionExport.formatIdentifier, at: location)
        }
    }

    /// `unnamed` describes the record in messages until its id is read (e.g. `member #3`).
    static func member(_ node: JSONNode, unnamed: String) throws -> Member {
        var fields = try RecordFields(node, record: unnamed)
        let id = try fields.identifier("id")
        fields.record = "member \"\(id)\""
        return Member(
            id: id, name: try fields.string("name"), username: try fields.string("username"),
            email: try fields.string("email"), profession: try fields.string("profession"),
            region: try fields.string("region"), city: try fields.string("city"),
            rpps: try fields.optionalIdentifier("rpps"))
    }

    /// A thread with the posts it embeds (the native JSON nests them; JSON Lines threads have none).
    static func thread(_ node: JSONNode, unnamed: String) throws -> (DiscussionThread, postLocations: [SourceLocation]) {
        var fields = try RecordFields(node, record: unnamed)
        let id = try fields.identifier("id")
        fields.record = "thread \"\(id)\""
        let postNodes = try fields.array("posts")
        let posts = try postNodes.enumerated().map { index, postNode in
            try post(postNode, unnamed: "post #\(index + 1)", threadID: id)
        }
        let thread = DiscussionThread(
            id: id, title: try fields.string("title"), category: try fields.string("category"),
            tags: try fields.strings("tags"), createdAt: try fields.date("created_at"),
            views: try fields.integer("views", default: 0), url: try fields.optionalString("url"), posts: posts)
        return (thread, postNodes.map(\.location))
    }

    static func post(_ node: JSONNode, unnamed: String, threadID: String) throws -> Post {
        let place = " in thread \"\(threadID)\""
        var fields = try RecordFields(node, record: unnamed + place)
        let id = try fields.identifier("id")
        fields.record = "post \"\(id)\"\(place)"
        return Post(
            id: id, author: try fields.identifier("author"), createdAt: try fields.date("created_at"),
            body: try fields.string("body"), likes: try fields.integer("likes", default: 0),
            replyTo: try fields.optionalIdentifier("reply_to"))
    }
}
