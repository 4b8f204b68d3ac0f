import Diagnostics
import Foundation

/// Streams a native JSON export (`infolettre-discussions/1`): a pull parser walks the top-level object
/// and the `members` and `threads` arrays token by token, and builds a value only for one member or
/// one thread at a time.
///
/// The header keys (`format`, `network`, `exported_at`) must come before `members` and `threads`,
/// so that the format is checked, and the header handed out, before any record (`ExportWriter` writes
/// them first). Records come as: header, members, then each thread followed by its posts.
public struct NativeJSONReader: ExportRecordReading {
    private enum Phase {
        case start
        case topLevel
        case members
        case threads
        case finished
    }

    private var tokenizer: JSONTokenizer
    private var phase = Phase.start
    private var exportLocation = SourceLocation(line: 1, column: 1)
    private var headerFields: [String: JSONNode] = [:]
    private var headerReturned = false
    private var memberCount = 0
    private var threadCount = 0
    private var pendingPosts = PendingPosts()
    /// Where the record `next()` last returned starts.
    public private(set) var recordLocation: SourceLocation?

    /// Reads the file at `url` in chunks.
    public init(contentsOf url: URL) throws {
        tokenizer = JSONTokenizer(stream: try ByteStream(contentsOf: url), mode: .document)
    }

    /// Reads an export already in memory.
    public init(bytes: some Sequence<UInt8>) {
        tokenizer = JSONTokenizer(stream: ByteStream(bytes: bytes), mode: .document)
    }

    /// The largest input chunk held at once.
    var peakBufferedBytes: Int { tokenizer.peakBufferedBytes }

    /// The header, then members, then each thread followed by its posts.
    public mutating func next() throws -> ExportRecord? {
        if let (record, location) = pendingPosts.next() {
            recordLocation = location
            return record
        }
        while true {
            switch phase {
            case .start:
                let token = try tokenizer.next()
                guard token.token == .beginObject else {
                    throw DiscussionsError.invalidJSON(
                        problem: "an export is an object, found \(token.token.kindDescription)", at: token.location)
                }
                exportLocation = token.location
                phase = .topLevel
            case .topLevel:
                if let record = try topLevelStep() { return record }
            case .members:
                let token = try tokenizer.next()
                if token.token == .endArray {
                    phase = .topLevel
                    continue
                }
                memberCount += 1
                recordLocation = token.location
                return .member(try NativeRecordDecoder.member(
                    tokenizer.node(startingWith: token), unnamed: "member #\(memberCount)"))
            case .threads:
                let token = try tokenizer.next()
                if token.token == .endArray {
                    phase = .topLevel
                    continue
                }
                threadCount += 1
                recordLocation = token.location
                return .thread(try threadRecord(startingWith: token))
            case .finished:
                return nil
            }
        }
    }

    /// Reads one key of the top-level object; returns the header when it becomes due.
    private mutating func topLevelStep() throws -> ExportRecord? {
        let token = try tokenizer.next()
        switch token.token {
        case .endObject:
            let end = try tokenizer.next()
            guard end.token == .endOfInput else { throw tokenizer.unexpected(end) }
            phase = .finished
            return try headerIfDue(at: token.location)
        case .key(let key):
            switch key {
            case "format", "network", "exported_at":
                headerFields[key] = try tokenizer.node(startingWith: tokenizer.next())
                return nil
            case "members", "threads":
                let header = try headerIfDue(at: token.location)
                let value = try tokenizer.next()
                guard value.token == .beginArray else {
                    throw DiscussionsError.wrongType(
                        field: key, record: "the export", expected: "an array",
                        found: value.token.kindDescription, at: value.location)
                }
                phase = key == "members" ? .members : .threads
                return header
            default:
                try tokenizer.skipValue(startingWith: tokenizer.next())
                return nil
            }
        default:
            throw tokenizer.unexpected(token)
        }
    }

    /// The header record, checked, the first time it is due; nil afterwards.
    private mutating func headerIfDue(at location: SourceLocation) throws -> ExportRecord? {
        guard !headerReturned else { return nil }
        // Located where the header was due, so a missing key points at what came too early.
        let fields = try RecordFields(
            JSONNode(value: .object(headerFields), location: location), record: "the export header")
        try NativeRecordDecoder.checkFormat(fields)
        headerReturned = true
        recordLocation = exportLocation
        return .header(network: try fields.string("network"), exportedAt: try fields.date("exported_at"))
    }

    private mutating func threadRecord(startingWith token: LocatedToken) throws -> DiscussionThread {
        let (thread, locations) = try NativeRecordDecoder.thread(
            tokenizer.node(startingWith: token), unnamed: "thread #\(threadCount)")
        return pendingPosts.detach(from: thread, locations: locations)
    }
}
