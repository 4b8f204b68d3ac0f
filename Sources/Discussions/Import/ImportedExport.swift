import Diagnostics
import Foundation

/// A whole export loaded in memory from a record stream, with the warnings found while joining records.
///
/// Joining rules: a post whose thread never appears is an **error** (there is nowhere to put it);
/// a post whose author is not among the members is a **warning** (members leave networks, their posts
/// stay; the anonymizer still replaces the unknown id). Each thread's posts are ordered by date
/// (stably), so the opening post is `posts.first` even when JSON Lines lists a reply first.
public struct ImportedExport: Sendable {
    /// The export, threads in input order with their posts by date.
    public var export: DiscussionExport
    /// Posts by unknown members, located in the input.
    public var warnings: [Diagnostic]

    /// Loads the export at `url` in any supported format (detected when `format` is nil).
    public init(contentsOf url: URL, format: ExportFormat? = nil, discourse: DiscourseOptions = DiscourseOptions()) throws {
        var reader = try ExportReader(contentsOf: url, format: format, discourse: discourse)
        try self.init(reading: &reader, file: url.path)
    }

    /// Loads every record `reader` yields; `file` names the input in warnings.
    public init(reading reader: inout some ExportRecordReading, file: String?) throws {
        var assembler = Assembler()
        while let record = try reader.next() {
            try assembler.add(record, at: reader.recordLocation ?? SourceLocation(line: 1, column: 1))
        }
        self = try assembler.finish(file: file)
    }

    init(export: DiscussionExport, warnings: [Diagnostic]) {
        self.export = export
        self.warnings = warnings
    }
}

/// Joins records into threads; posts seen before their thread wait in `orphans`.
private struct Assembler {
    private var header: (network: String, exportedAt: Date)?
    private var members: [Member] = []
    private var memberIDs: Set<String> = []
    private var threads: [DiscussionThread] = []
    private var threadIndex: [String: Int] = [:]
    private var orphans: [String: [(post: Post, location: SourceLocation)]] = [:]
    private var postsByPossiblyUnknownAuthors: [(post: Post, location: SourceLocation)] = []
    private var firstLocation: SourceLocation?

    mutating func add(_ record: ExportRecord, at location: SourceLocation) throws {
        if firstLocation == nil { firstLocation = location }
        switch record {
        case .header(let network, let exportedAt):
            header = (network, exportedAt)
        case .member(let member):
            members.append(member)
            memberIDs.insert(member.id)
        case .thread(let thread):
            threadIndex[thread.id] = threads.count
            threads.append(thread)
            for orphan in orphans.removeValue(forKey: thread.id) ?? [] {
                threads[threads.count - 1].posts.append(orphan.post)
            }
        case .post(let threadID, let post):
            if !memberIDs.contains(post.author) { postsByPossiblyUnknownAuthors.append((post, location)) }
            if let index = threadIndex[threadID] {
                threads[index].posts.append(post)
            } else {
                orphans[threadID, default: []].append((post, location))
            }
        }
    }

    func finish(file: String?) throws -> ImportedExport {
        let start = firstLocation ?? SourceLocation(line: 1, column: 1)
        guard let header else { throw DiscussionsError.missingHeader(at: start) }
        if let (threadID, posts) = orphans.min(by: { $0.value[0].location < $1.value[0].location }) {
            throw DiscussionsError.unknownThread(threadID, post: posts[0].post.id, at: posts[0].location)
        }
        let warnings = postsByPossiblyUnknownAuthors.filter { !memberIDs.contains($0.post.author) }.map {
            Diagnostic.warning(
                "post \"\($0.post.id)\" is by unknown member \"\($0.post.author)\"", file: file, at: $0.location,
                hint: "the member list of the export does not include this author")
        }
        let sortedThreads = threads.map { thread in
            var thread = thread
            thread.posts = thread.posts.enumerated()
                .sorted { ($0.element.createdAt, $0.offset) < ($1.element.createdAt, $1.offset) }
                .map(\.element)
            return thread
        }
        let export = DiscussionExport(
            network: header.network, exportedAt: header.exportedAt, members: members, threads: sortedThreads)
        return ImportedExport(export: export, warnings: warnings)
    }
}
