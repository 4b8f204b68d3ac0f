import Diagnostics
import Foundation

/// Reads a folder of Discourse topic files (every `*.json` but `categories.json`, in name order) as
/// export records: the header, then for each topic its authors not seen before, the thread and its posts.
/// Members are derived from posts (id = username). One topic is held at a time.
public struct DiscourseReader: ExportRecordReading {
    private let options: DiscourseOptions
    private let decoder: DiscourseTopicDecoder
    private let topicFiles: [URL]
    private let exportedAt: Date
    private var nextFileIndex = 0
    private var headerReturned = false
    private var knownMembers: Set<String> = []
    private var pending: [(record: ExportRecord, location: SourceLocation)] = []
    private var pendingIndex = 0
    /// Where the last record starts in its topic file (1:1 for members and threads).
    public private(set) var recordLocation: SourceLocation?

    /// Lists the topic files of `folder` and reads its `categories.json`, if any; topics are read lazily.
    public init(folder: URL, options: DiscourseOptions = DiscourseOptions()) throws {
        self.options = options
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        } catch {
            throw DiscussionsError.unreadable(path: folder.path, reason: error.localizedDescription)
        }
        let jsonFiles = files.filter { $0.pathExtension.lowercased() == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let categoriesFile = jsonFiles.first { $0.lastPathComponent == "categories.json" }
        topicFiles = jsonFiles.filter { $0.lastPathComponent != "categories.json" }
        decoder = DiscourseTopicDecoder(
            categories: try categoriesFile.map { try DiscourseTopicDecoder.categories(Self.parse($0)) } ?? [:],
            baseURL: options.baseURL)
        let attributes = try? FileManager.default.attributesOfItem(atPath: folder.path)
        exportedAt = options.exportedAt ?? (attributes?[.modificationDate] as? Date) ?? Date(timeIntervalSince1970: 0)
    }

    /// The header, then each topic's new authors, its thread and its posts.
    public mutating func next() throws -> ExportRecord? {
        if !headerReturned {
            headerReturned = true
            recordLocation = SourceLocation(line: 1, column: 1)
            return .header(network: options.network, exportedAt: exportedAt)
        }
        while pendingIndex == pending.count {
            guard nextFileIndex < topicFiles.count else { return nil }
            try loadTopic(topicFiles[nextFileIndex])
            nextFileIndex += 1
        }
        let (record, location) = pending[pendingIndex]
        pendingIndex += 1
        recordLocation = location
        return record
    }

    private mutating func loadTopic(_ file: URL) throws {
        let (thread, authors, postLocations) = try Self.inFile(file) { try decoder.decode(Self.parse(file)) }
        let topicLocation = SourceLocation(line: 1, column: 1)
        pending = authors.filter { knownMembers.insert($0.id).inserted }.map { (.member($0), topicLocation) }
        var bare = thread
        bare.posts = []
        pending.append((.thread(bare), topicLocation))
        pending += zip(thread.posts, postLocations).map { (.post(threadID: thread.id, $0), $1) }
        pendingIndex = 0
    }

    /// The whole JSON value of a file: topic files are one thread each, so holding one is bounded.
    private static func parse(_ file: URL) throws -> JSONNode {
        try inFile(file) {
            var tokenizer = JSONTokenizer(stream: try ByteStream(contentsOf: file), mode: .document)
            let node = try tokenizer.node(startingWith: tokenizer.next())
            let end = try tokenizer.next()
            guard end.token == .endOfInput else { throw tokenizer.unexpected(end) }
            return node
        }
    }

    /// Errors located in `file`, so messages name the topic file rather than the folder.
    private static func inFile<T>(_ file: URL, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DiscussionsError {
            if case .inFile = error { throw error }
            throw DiscussionsError.inFile(file.path, error)
        }
    }
}
