import Foundation

/// One JSON object written on a single line, keys in the order they are added:
/// `{"id": "p1", "likes": 3}`. Strings are escaped minimally and stay UTF-8 (no `\u` for accents).
struct JSONObjectLine {
    private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var isEmpty = true

    mutating func field(_ key: String, _ value: String) {
        startField(key)
        Self.appendString(value, to: &bytes)
    }

    mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: String, _ value: Int) {
        startField(key)
        bytes.append(contentsOf: String(value).utf8)
    }

    mutating func field(_ key: String, _ values: [String]) {
        startField(key)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(contentsOf: ", ".utf8) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The object with its closing brace.
    var closed: [UInt8] { bytes + [UInt8(ascii: "}")] }

    private mutating func startField(_ key: String) {
        if !isEmpty { bytes.append(contentsOf: ", ".utf8) }
        isEmpty = false
        Self.appendString(key, to: &bytes)
        bytes.append(contentsOf: ": ".utf8)
    }

    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, nothing else.
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
            case 0x0A: bytes.append(contentsOf: "\\n".utf8)
            case 0x0D: bytes.append(contentsOf: "\\r".utf8)
            case 0x09: bytes.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16, uppercase: true)
                bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}

extension JSONObjectLine {
    /// The header line of the JSON Lines variant.
    static func header(network: String, exportedAt: Date) -> JSONObjectLine {
        var line = JSONObjectLine()
        line.field("type", "export")
        line.field("format", DiscussionExport.formatIdentifier)
        line.field("network", network)
        line.field("exported_at", ISO8601Date.format(exportedAt))
        return line
    }

    static func member(_ member: Member, type: String? = nil) -> JSONObjectLine {
        var line = JSONObjectLine()
        line.field("type", type)
        line.field("id", member.id)
        line.field("name", member.name)
        line.field("username", member.username)
        line.field("email", member.email)
        line.field("profession", member.profession)
        line.field("region", member.region)
        line.field("city", member.city)
        line.field("rpps", member.rpps)
        return line
    }

    /// The thread's own fields; its posts are written separately.
    static func thread(_ thread: DiscussionThread, type: String? = nil) -> JSONObjectLine {
        var line = JSONObjectLine()
        line.field("type", type)
        line.field("id", thread.id)
        line.field("title", thread.title)
        line.field("category", thread.category)
        line.field("tags", thread.tags)
        line.field("created_at", ISO8601Date.format(thread.createdAt))
        line.field("views", thread.views)
        line.field("url", thread.url)
        return line
    }

    static func post(_ post: Post, threadID: String? = nil) -> JSONObjectLine {
        var line = JSONObjectLine()
        if let threadID {
            line.field("type", "post")
            line.field("thread", threadID)
        }
        line.field("id", post.id)
        line.field("author", post.author)
        line.field("created_at", ISO8601Date.format(post.createdAt))
        line.field("body", post.body)
        line.field("likes", post.likes)
        line.field("reply_to", post.replyTo)
        return line
    }
}
