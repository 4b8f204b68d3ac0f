import Diagnostics
import Foundation

/// Streams the JSON Lines variant of the native format: one record per line, the header first
/// (`{"type": "export", "format": …, "network": …, "exported_at": …}`), then `member`, `thread` and
/// `post` lines in any order. Blank lines are ignored. Only the current line's value is held.
public struct JSONLinesReader: ExportRecordReading {
    private var tokenizer: JSONTokenizer
    private var headerRead = false
    private var pendingPosts = PendingPosts()
    /// Where the record `next()` last returned starts (its line).
    public private(set) var recordLocation: SourceLocation?

    /// Reads the file at `url` in chunks.
    public init(contentsOf url: URL) throws {
        tokenizer = JSONTokenizer(stream: try ByteStream(contentsOf: url), mode: .lines)
    }

    /// Reads an export already in memory.
    public init(bytes: some Sequence<UInt8>) {
        tokenizer = JSONTokenizer(stream: ByteStream(bytes: bytes), mode: .lines)
    }

    /// The largest input chunk held at once.
    var peakBufferedBytes: Int { tokenizer.peakBufferedBytes }

    /// The header, then the records in file order.
    public mutating func next() throws -> ExportRecord? {
        if let (record, location) = pendingPosts.next() {
            recordLocation = location
            return record
        }
        let token = try tokenizer.next()
        guard token.token != .endOfInput else {
            guard headerRead else { throw DiscussionsError.missingHeader(at: token.location) }
            return nil
        }
        let node = try tokenizer.node(startingWith: token)
        recordLocation = node.location
        let fields = try RecordFields(node, record: "the record on line \(node.location.line)")
        guard headerRead else { return try header(fields) }
        return try record(fields, node: node)
    }

    private mutating func header(_ fields: RecordFields) throws -> ExportRecord {
        guard try fields.optionalString("type") == "export" else {
            throw DiscussionsError.missingHeader(at: fields.location)
        }
        try NativeRecordDecoder.checkFormat(fields)
        headerRead = true
        let header = RecordFields(renaming: fields, record: "the export header")
        return .header(network: try header.string("network"), exportedAt: try header.date("exported_at"))
    }

    private mutating func record(_ fields: RecordFields, node: JSONNode) throws -> ExportRecord {
        let type = try fields.string("type")
        switch type {
        case "member":
            return .member(try NativeRecordDecoder.member(node, unnamed: "the member on line \(node.location.line)"))
        case "thread":
            let (thread, locations) = try NativeRecordDecoder.thread(node, unnamed: "the thread on line \(node.location.line)")
            // Threads normally come without posts here; accept embedded ones rather than drop them.
            return .thread(pendingPosts.detach(from: thread, locations: locations))
        case "post":
            let threadID = try fields.identifier("thread")
            return .post(threadID: threadID, try NativeRecordDecoder.post(node, unnamed: "the post on line \(node.location.line)", threadID: threadID))
        case "export":
            throw DiscussionsError.duplicateHeader(at: fields.location)
        default:
            throw DiscussionsError.unknownRecordType(type, at: try fields.requiredNode("type").location)
        }
    }
}
