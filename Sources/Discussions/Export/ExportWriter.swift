import Foundation

/// Writes an export in the native format, as one JSON document or as JSON Lines, record by record:
/// `anonymize` reads records, rewrites them and hands them here, so an export of any size is rewritten
/// with bounded memory. Output is deterministic: keys in the format's documented order, one member,
/// thread header or post per line, UTF-8 left unescaped, absent optional fields omitted.
///
/// Order the records as the readers produce them: the header first, then members, then each thread
/// followed by its posts. JSON Lines accepts posts anywhere after the header; the JSON document nests
/// posts in their thread, so there a post must follow its thread (load the export in memory and use
/// `write(_:format:to:)` when the input is in another order).
public struct ExportWriter {
    private enum Section: Equatable {
        case beforeHeader
        case members(count: Int)
        case threads(count: Int, openThread: String?, postCount: Int)
        case finished
    }

    /// `.json` or `.jsonLines`.
    public let format: ExportFormat
    private var sink: ByteSink
    private var section = Section.beforeHeader

    /// Writes to the file at `url` (created or truncated). `format` is `.json` or `.jsonLines`.
    public init(format: ExportFormat, to url: URL) throws {
        try Self.checkWritable(format)
        self.format = format
        sink = try ByteSink(creating: url)
    }

    /// Writes to memory; read the result from `writtenBytes` after `finish()`.
    public init(format: ExportFormat) throws {
        try Self.checkWritable(format)
        self.format = format
        sink = ByteSink()
    }

    /// The bytes written so far, for a writer created without a file.
    public var writtenBytes: [UInt8] { sink.memory }

    /// Writes one record. A `.thread` that still carries posts is written with them.
    public mutating func write(_ record: ExportRecord) throws {
        switch (format, record) {
        case (_, .header(let network, let exportedAt)):
            try writeHeader(network: network, exportedAt: exportedAt)
        case (.jsonLines, _):
            try requireHeader()
            writeLine(record)
        case (_, .member(let member)):
            try writeMember(member)
        case (_, .thread(let thread)):
            try openThread(thread)
            for post in thread.posts { try writePost(post, threadID: thread.id) }
        case (_, .post(let threadID, let post)):
            try writePost(post, threadID: threadID)
        }
        try sink.flushIfFull()
    }

    /// Closes the document and flushes the output. Call once, after the last record.
    public mutating func finish() throws {
        try requireHeader()
        if format == .json {
            closeMembersIfOpen()
            closeThreadIfOpen()
            if case .threads(let count, _, _) = section { sink.append(count > 0 ? "\n  ]\n}\n" : "]\n}\n") }
        }
        section = .finished
        try sink.flush()
        try sink.close()
    }

    /// Writes a whole export to `url`.
    public static func write(_ export: DiscussionExport, format: ExportFormat, to url: URL) throws {
        var writer = try ExportWriter(format: format, to: url)
        try writer.write(contentsOf: export)
        try writer.finish()
    }

    /// The bytes of a whole export in `format`.
    public static func bytes(of export: DiscussionExport, format: ExportFormat) throws -> [UInt8] {
        var writer = try ExportWriter(format: format)
        try writer.write(contentsOf: export)
        try writer.finish()
        return writer.writtenBytes
    }

    private mutating func write(contentsOf export: DiscussionExport) throws {
        try write(.header(network: export.network, exportedAt: export.exportedAt))
        for member in export.members { try write(.member(member)) }
        for thread in export.threads { try write(.thread(thread)) }
    }

    // MARK: JSON Lines

    private mutating func writeLine(_ record: ExportRecord) {
        switch record {
        case .header: break
        case .member(let member):
            sink.append(JSONObjectLine.member(member, type: "member").closed)
            sink.append("\n")
        case .thread(let thread):
            sink.append(JSONObjectLine.thread(thread, type: "thread").closed)
            sink.append("\n")
            for post in thread.posts {
                sink.append(JSONObjectLine.post(post, threadID: thread.id).closed)
                sink.append("\n")
            }
        case .post(let threadID, let post):
            sink.append(JSONObjectLine.post(post, threadID: threadID).closed)
            sink.append("\n")
        }
    }

    // MARK: JSON document

    private mutating func writeHeader(network: String, exportedAt: Date) throws {
        guard section == .beforeHeader else { throw DiscussionsError.cannotWrite("a second header") }
        if format == .jsonLines {
            sink.append(JSONObjectLine.header(network: network, exportedAt: exportedAt).closed)
            sink.append("\n")
        } else {
            var document: [UInt8] = []
            document.append(contentsOf: "{\n  \"format\": ".utf8)
            JSONObjectLine.appendString(DiscussionExport.formatIdentifier, to: &document)
            document.append(contentsOf: ",\n  \"network\": ".utf8)
            JSONObjectLine.appendString(network, to: &document)
            document.append(contentsOf: ",\n  \"exported_at\": ".utf8)
            JSONObjectLine.appendString(ISO8601Date.format(exportedAt), to: &document)
            document.append(contentsOf: ",\n  \"members\": [".utf8)
            sink.append(document)
        }
        section = .members(count: 0)
    }

    private mutating func writeMember(_ member: Member) throws {
        guard case .members(let count) = section else {
            try requireHeader()
            throw DiscussionsError.cannotWrite("member \"\(member.id)\" comes after the threads")
        }
        sink.append(count > 0 ? ",\n    " : "\n    ")
        sink.append(JSONObjectLine.member(member).closed)
        section = .members(count: count + 1)
    }

    private mutating func openThread(_ thread: DiscussionThread) throws {
        try requireHeader()
        closeMembersIfOpen()
        closeThreadIfOpen()
        guard case .threads(let count, _, _) = section else { return }
        sink.append(count > 0 ? ",\n    " : "\n    ")
        sink.append(JSONObjectLine.thread(thread).bytes)
        sink.append(", \"posts\": [")
        section = .threads(count: count + 1, openThread: thread.id, postCount: 0)
    }

    private mutating func writePost(_ post: Post, threadID: String) throws {
        try requireHeader()
        guard case .threads(let count, let openThread?, let postCount) = section, openThread == threadID else {
            throw DiscussionsError.cannotWrite(
                "post \"\(post.id)\" does not follow its thread \"\(threadID)\"; the JSON format nests posts "
                    + "in their thread (write JSON Lines, or load the export in memory first)")
        }
        sink.append(postCount > 0 ? ",\n      " : "\n      ")
        sink.append(JSONObjectLine.post(post).closed)
        section = .threads(count: count, openThread: openThread, postCount: postCount + 1)
    }

    private mutating func closeMembersIfOpen() {
        guard case .members(let count) = section else { return }
        sink.append(count > 0 ? "\n  ],\n  \"threads\": [" : "],\n  \"threads\": [")
        section = .threads(count: 0, openThread: nil, postCount: 0)
    }

    private mutating func closeThreadIfOpen() {
        guard case .threads(let count, _?, let postCount) = section else { return }
        sink.append(postCount > 0 ? "\n    ]}" : "]}")
        section = .threads(count: count, openThread: nil, postCount: 0)
    }

    private func requireHeader() throws {
        switch section {
        case .beforeHeader: throw DiscussionsError.cannotWrite("the header must come first")
        case .finished: throw DiscussionsError.cannotWrite("the writer is already finished")
        case .members, .threads: return
        }
    }

    private static func checkWritable(_ format: ExportFormat) throws {
        guard format != .discourse else {
            throw DiscussionsError.cannotWrite("exports are written in the native format (JSON or JSON Lines), not Discourse")
        }
    }
}
