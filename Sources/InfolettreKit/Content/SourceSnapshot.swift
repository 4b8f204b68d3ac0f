import Foundation

/// What the last build learnt from each content file, saved in the output folder under `.infolettre-sources/`:
/// the file's identity on disk and what parsing it gave. A file whose identity is unchanged is neither read
/// nor parsed again (as `git status` trusts its index), and its body is read only if it must be rendered.
/// Only files that parsed without any diagnostic are kept, so warnings are always reported afresh.
/// Entries are spread over 16 shards by path, read on every core: an edit rewrites one shard.
struct SourceSnapshot: Sendable {
    static let folderName = ".infolettre-sources"
    private static let shardCount: UInt64 = 16
    private static let header = Array("infolettre-sources 2 \(InfolettreVersion.current)\n".utf8)

    /// One file's entry; a class, as thousands are passed around on every build and copying their fields
    /// cost more than reading them.
    final class Entry: Sendable {
        let identity: FileIdentity
        /// What the parse depended on besides the bytes (an issue's default discussions export).
        let context: String
        let source: ParsedSource
        /// The UTF-8 length of the Markdown body, which ends the file.
        let bodyLength: Int
        /// The entry's bytes in the snapshot it was read from: an unchanged entry is written back as it was
        /// read, without encoding its fields again.
        let stored: StoredEntry?

        init(identity: FileIdentity, context: String, source: ParsedSource, bodyLength: Int, stored: StoredEntry? = nil) {
            self.identity = identity
            self.context = context
            self.source = source
            self.bodyLength = bodyLength
            self.stored = stored
        }
    }

    /// Bytes of a mapped snapshot file.
    struct StoredEntry: Sendable {
        let file: MappedFile
        let range: Range<Int>
    }

    /// By the file's display path.
    private(set) var entries: [String: Entry] = [:]
    /// The shard files the snapshot was read from, by shard, with how many entries each held.
    private var readShards: [Int: (file: MappedFile, count: Int)] = [:]

    init() {}

    subscript(path: String) -> Entry? {
        get { entries[path] }
        set { entries[path] = newValue }
    }

    /// Drops the entries of the files not in `paths`.
    mutating func keepOnly(_ paths: Set<String>) {
        entries = entries.filter { paths.contains($0.key) }
    }

    /// The snapshot saved in the output `folder`; shards that are missing, damaged or from another version
    /// only leave their entries out.
    static func read(from folder: URL) -> SourceSnapshot {
        let shards = (0..<shardCount).map { $0 }.concurrentMap { shard -> (SourceSnapshot, MappedFile)? in
            guard let file = MappedFile(path: folder.path + "/" + path(ofShard: shard)) else { return nil }
            var reader = BinaryReader(file.bytes)
            return decode(&reader, file: file).map { ($0, file) }
        }
        var snapshot = SourceSnapshot()
        // Room for every entry at once: growing step by step rehashed thousands of them.
        snapshot.entries.reserveCapacity(shards.reduce(0) { $0 + ($1?.0.entries.count ?? 0) })
        for (index, shard) in shards.enumerated() {
            guard let (entries, file) = shard else { continue }
            snapshot.entries.merge(entries.entries) { first, _ in first }
            snapshot.readShards[index] = (file, entries.entries.count)
        }
        return snapshot
    }

    /// Each shard's path in the output folder, fingerprint (of its bytes: it needs writing again only when they
    /// change) and bytes, made when asked for. A shard whose entries are all still those read from its file is
    /// that file's bytes: it is fingerprinted from them, not encoded again.
    var shards: [(path: String, fingerprint: Fingerprint, data: @Sendable () -> Data)] {
        var shards = (0..<Int(Self.shardCount)).map { _ in SourceSnapshot() }
        for (path, entry) in entries { shards[Int(Self.shard(of: path))].entries[path] = entry }
        return shards.enumerated().map { index, shard in
            var fingerprint = Fingerprint("sources")
            if let read = readShards[index], read.count == shard.entries.count,
               shard.entries.values.allSatisfy({ $0.stored?.file === read.file }) {
                fingerprint.combine(bytes: read.file.bytes)
                return (Self.path(ofShard: UInt64(index)), fingerprint, { Data(read.file.bytes) })
            }
            let data = shard.encoded()
            data.withUnsafeBytes { fingerprint.combine(bytes: $0) }
            return (Self.path(ofShard: UInt64(index)), fingerprint, { data })
        }
    }

    /// The path, in the output folder, of the shard holding the entry of the content file at `path`.
    static func shardPath(of path: String) -> String { self.path(ofShard: shard(of: path)) }

    private static func shard(of path: String) -> UInt64 { Fingerprint(path).value % shardCount }

    private static func path(ofShard shard: UInt64) -> String { folderName + "/" + String(shard, radix: 16) }

    /// Sorted by path, so equal snapshots are equal bytes.
    func encoded() -> Data {
        // Titles, tags and paths come to a few hundred bytes per file: room for them at once.
        var writer = BinaryWriter(capacity: 64 + entries.count * 640)
        writer.write(raw: Self.header)
        writer.write(entries.count)
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            if let stored = entry.stored {
                writer.write(raw: UnsafeRawBufferPointer(rebasing: stored.file.bytes[stored.range]))
                continue
            }
            writer.write(path)
            entry.identity.encode(into: &writer)
            writer.write(entry.context)
            writer.write(entry.bodyLength)
            switch entry.source {
            case .article(let article):
                writer.write(false)
                article.encodeMetadata(into: &writer)
            case .issue(let issue):
                writer.write(true)
                issue.encodeMetadata(into: &writer)
            }
        }
        return writer.data
    }

    private static func decode(_ reader: inout BinaryReader, file: MappedFile) -> SourceSnapshot? {
        guard reader.skip(header), let count = reader.count() else { return nil }
        var snapshot = SourceSnapshot()
        for _ in 0..<count {
            let start = reader.offset
            guard let path = reader.string(), let identity = FileIdentity(&reader), let context = reader.string(),
                  let bodyLength = reader.nonNegative(), let isIssue = reader.bool()
            else { return nil }
            // The body is the loader's to attach: it knows where the project is.
            let source: ParsedSource
            if isIssue {
                guard let issue = Issue(metadata: &reader, path: path) else { return nil }
                source = .issue(issue)
            } else {
                guard let article = Article(metadata: &reader, path: path) else { return nil }
                source = .article(article)
            }
            snapshot.entries[path] = Entry(identity: identity, context: context, source: source, bodyLength: bodyLength,
                                           stored: StoredEntry(file: file, range: start..<reader.offset))
        }
        return reader.isAtEnd ? snapshot : nil
    }
}

/// A file's identity on disk: size, modification and change times to the nanosecond, inode and device.
/// Equal identities mean equal contents unless something rewrote the file in the same nanosecond with the
/// same size and restored both times, which editors and version control do not do.
struct FileIdentity: Sendable, Equatable {
    private var size, modified, modifiedNanoseconds, changed, changedNanoseconds, inode, device: Int

    /// The identity of the file `name` in the directory open as `directory` (a descriptor: looking thousands of
    /// files up from their folder rather than from the root of their paths showed), nil when it cannot be read.
    init?(name: String, in directory: Int32) {
        var status = stat()
        guard fstatat(directory, name, &status, 0) == 0 else { return nil }
        (size, modified, modifiedNanoseconds) = (Int(status.st_size), status.st_mtim.tv_sec, status.st_mtim.tv_nsec)
        (changed, changedNanoseconds) = (status.st_ctim.tv_sec, status.st_ctim.tv_nsec)
        (inode, device) = (Int(bitPattern: UInt(status.st_ino)), Int(bitPattern: UInt(status.st_dev)))
    }

    fileprivate init?(_ reader: inout BinaryReader) {
        guard let size = reader.int(), let modified = reader.int(), let modifiedNanoseconds = reader.int(),
              let changed = reader.int(), let changedNanoseconds = reader.int(), let inode = reader.int(),
              let device = reader.int()
        else { return nil }
        (self.size, self.modified, self.modifiedNanoseconds) = (size, modified, modifiedNanoseconds)
        (self.changed, self.changedNanoseconds, self.inode, self.device) = (changed, changedNanoseconds, inode, device)
    }

    fileprivate func encode(into writer: inout BinaryWriter) {
        for field in [size, modified, modifiedNanoseconds, changed, changedNanoseconds, inode, device] {
            writer.write(field)
        }
    }
}

private extension BinaryWriter {
    mutating func write(_ date: Date) { write(date.timeIntervalSinceReferenceDate.bitPattern) }
}

private extension BinaryReader {
    mutating func date() -> Date? { uint64().map { Date(timeIntervalSinceReferenceDate: Double(bitPattern: $0)) } }

    mutating func language() -> ContentLanguage?? {
        guard let raw = optionalString() else { return nil }
        guard let raw else { return .some(nil) }
        return ContentLanguage(rawValue: raw).map(Optional.some)
    }
}

private extension Article {
    func encodeMetadata(into writer: inout BinaryWriter) {
        for text in [self.slug, self.title, self.visibility.rawValue] { writer.write(text) }
        writer.write(self.date)
        for list in [self.tags, self.authors, self.professions] { writer.write(list) }
        for text in [self.summary, self.partner, self.language?.rawValue] { writer.write(text) }
        writer.write(self.draft)
        writer.write(self.bodyStartLine)
        writer.write(self.fingerprint.value)
        writer.write(self.metadataFingerprint.value)
    }

    init?(metadata reader: inout BinaryReader, path: String) {
        guard let slug = reader.string(), let title = reader.string(),
              let visibility = reader.string().flatMap(Visibility.init(rawValue:)), let date = reader.date(),
              let tags = reader.strings(), let authors = reader.strings(), let professions = reader.strings(),
              let summary = reader.optionalString(), let partner = reader.optionalString(),
              let language = reader.language(), let draft = reader.bool(), let bodyStartLine = reader.int(),
              let fingerprint = reader.uint64(), let metadataFingerprint = reader.uint64()
        else { return nil }
        self.init(slug: slug, path: path, title: title, date: date, tags: tags, summary: summary, authors: authors,
                  draft: draft, visibility: visibility, partner: partner, professions: professions,
                  language: language, body: "", bodyStartLine: bodyStartLine,
                  fingerprint: Fingerprint(value: fingerprint), metadataFingerprint: Fingerprint(value: metadataFingerprint))
    }
}

private extension Issue {
    func encodeMetadata(into writer: inout BinaryWriter) {
        for text in [id, title, subject, preheader] { writer.write(text) }
        writer.write(number)
        writer.write(date)
        writer.write(discussionsPath)
        writer.write(articles.count)
        for reference in articles {
            writer.write(reference.slug)
            writer.write(reference.location.line)
            writer.write(reference.location.column)
        }
        writer.write(bodyStartLine)
        writer.write(fingerprint.value)
        writer.write(metadataFingerprint.value)
    }

    init?(metadata reader: inout BinaryReader, path: String) {
        guard let id = reader.string(), let title = reader.string(), let subject = reader.string(),
              let preheader = reader.string(), let number = reader.int(), let date = reader.date(),
              let discussionsPath = reader.optionalString(), let referenceCount = reader.count()
        else { return nil }
        var articles: [ArticleReference] = []
        for _ in 0..<referenceCount {
            guard let slug = reader.string(), let line = reader.int(), let column = reader.int() else { return nil }
            articles.append(ArticleReference(slug: slug, location: .init(line: line, column: column)))
        }
        guard let bodyStartLine = reader.int(), let fingerprint = reader.uint64(),
              let metadataFingerprint = reader.uint64()
        else { return nil }
        self.init(id: id, path: path, title: title, number: number, date: date, articles: articles,
                  discussionsPath: discussionsPath, subject: subject, preheader: preheader, editorial: "",
                  bodyStartLine: bodyStartLine, fingerprint: Fingerprint(value: fingerprint),
                  metadataFingerprint: Fingerprint(value: metadataFingerprint))
    }
}
