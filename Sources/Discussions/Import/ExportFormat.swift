import Foundation

/// The export formats the importers read.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// One JSON document, `infolettre-discussions/1`.
    case json
    /// The JSON Lines variant of the same format, one record per line.
    case jsonLines
    /// A folder of Discourse topic files (`/t/{id}.json?include_raw=true`), optionally with `categories.json`.
    case discourse

    /// The format of the file or folder at `url`: a folder is Discourse; `.jsonl` and `.ndjson` are
    /// JSON Lines; anything else is told apart by content (a first object with a `type` key, or a
    /// second value on a later line, is JSON Lines).
    public static func detect(at url: URL) throws -> ExportFormat {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw DiscussionsError.unreadable(path: url.path, reason: "no such file or folder")
        }
        if isDirectory.boolValue { return .discourse }
        switch url.pathExtension.lowercased() {
        case "jsonl", "ndjson": return .jsonLines
        default: return try sniff(JSONTokenizer(stream: ByteStream(contentsOf: url), mode: .lines))
        }
    }

    /// Looks at the top-level keys of the first value only, skipping nested values without keeping them.
    static func sniff(_ tokenizer: JSONTokenizer) throws -> ExportFormat {
        var tokenizer = tokenizer
        guard try tokenizer.next().token == .beginObject else { return .json }
        while true {
            let token = try tokenizer.next()
            switch token.token {
            case .key("type"): return .jsonLines
            case .key("members"), .key("threads"): return .json
            case .key: try tokenizer.skipValue(startingWith: tokenizer.next())
            default: return try tokenizer.next().token == .endOfInput ? .json : .jsonLines
            }
        }
    }
}
