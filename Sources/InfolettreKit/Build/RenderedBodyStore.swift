import Foundation

/// The rendered Markdown bodies of the last build, kept in the output folder under `.infolettre-bodies/` so
/// that the next build, even in a new process, renders only the articles and editorials that changed. Entries
/// are keyed by the fingerprint of everything a body depends on, so a stale entry is never found, only unused.
/// They are spread over 64 shards by key: an edit rewrites the shard that held the old body and the one that holds
/// the new, each a sixty-fourth of the store.
///
/// Shards are mapped, not read: a build that renders one page decodes the texts of that page only, out of
/// tens of megabytes.
struct RenderedBodyStore: Sendable {
    /// The store's folder in the output folder.
    static let folderName = ".infolettre-bodies"
    private static let shardCount: UInt64 = 64
    private static let header = Array("infolettre-bodies 3 \(InfolettreVersion.current)\n".utf8)
    /// Key, word count, whether the Markdown source was made, and the three texts' byte lengths.
    private static let entrySize = 6 * 8

    private(set) var bodies: [Fingerprint: ContentRenderer.Rendered] = [:]

    init(bodies: [Fingerprint: ContentRenderer.Rendered] = [:]) { self.bodies = bodies }

    /// The store saved in the output `folder`; shards that are missing, from another version or damaged
    /// only leave their entries out.
    static func read(from folder: URL) -> RenderedBodyStore {
        let shards = (0..<shardCount).compactMap { shard in
            MappedFile(path: folder.path + "/" + path(ofShard: shard)).flatMap(decode)
        }
        var store = RenderedBodyStore()
        // Room for every entry at once: growing step by step rehashed thousands of them.
        store.bodies.reserveCapacity(shards.reduce(0) { $0 + $1.count })
        for entries in shards { store.bodies.merge(entries) { first, _ in first } }
        return store
    }

    /// Each shard's path in the output folder, fingerprint (of its keys: it needs writing again only when
    /// they change) and entries.
    var shards: [(path: String, fingerprint: Fingerprint, store: RenderedBodyStore)] {
        var shards = (0..<Self.shardCount).map { _ in RenderedBodyStore() }
        for (key, body) in bodies { shards[Int(key.value % Self.shardCount)].bodies[key] = body }
        return shards.enumerated().map { index, shard in
            var fingerprint = Fingerprint("bodies")
            for key in shard.bodies.keys.sorted(by: { $0.value < $1.value }) { fingerprint.combine(key) }
            return (Self.path(ofShard: UInt64(index)), fingerprint, shard)
        }
    }

    private static func path(ofShard shard: UInt64) -> String { folderName + "/" + String(shard, radix: 16) }

    /// Header, entry count, then a table of entries (key, word count, Markdown flag, byte lengths of the three
    /// texts), then every text's UTF-8 bytes in table order. Sorted by key, so equal stores are equal bytes;
    /// the table first, so reading a shard touches its table, not its texts.
    func encoded() -> Data {
        let keys = bodies.keys.sorted(by: { $0.value < $1.value })
        var lengths: [[Int]] = []
        var textBytes = 0
        for key in keys {
            var entry: [Int] = []
            bodies[key]?.withEachText { entry.append($0.count) }
            lengths.append(entry)
            textBytes += entry.reduce(0, +)
        }
        var writer = BinaryWriter(capacity: Self.header.count + 8 + keys.count * Self.entrySize + textBytes)
        writer.write(raw: Self.header)
        writer.write(keys.count)
        for (key, entry) in zip(keys, lengths) {
            writer.write(key.value)
            writer.write(bodies[key]?.wordCount ?? 0)
            writer.write(bodies[key]?.hasMarkdown == true ? 1 : 0)
            for length in entry { writer.write(length) }
        }
        for key in keys { bodies[key]?.withEachText { writer.write(raw: $0) } }
        return writer.data
    }

    private static func decode(_ file: MappedFile) -> [Fingerprint: ContentRenderer.Rendered]? {
        var reader = BinaryReader(file.bytes)
        guard reader.skip(header), let count = reader.nonNegative(), count <= reader.remaining / entrySize else {
            return nil
        }
        var textOffset = reader.offset + count * entrySize
        var entries: [Fingerprint: ContentRenderer.Rendered] = [:]
        entries.reserveCapacity(count)
        for _ in 0..<count {
            guard let key = reader.uint64(), let words = reader.nonNegative(), let hasMarkdown = reader.uint64(),
                  hasMarkdown <= 1
            else { return nil }
            var ranges: [Range<Int>] = []
            for _ in ContentRenderer.Rendered.Field.allCases {
                guard let length = reader.nonNegative(), length <= file.bytes.count - textOffset else { return nil }
                ranges.append(textOffset..<textOffset + length)
                textOffset += length
            }
            entries[Fingerprint(value: key)] = .init(stored: StoredTexts(file: file, ranges: ranges), wordCount: words,
                                                     hasMarkdown: hasMarkdown == 1)
        }
        return textOffset == file.bytes.count ? entries : nil
    }
}

/// Texts of a `RenderedBodyStore` shard, decoded from the mapped file on each use.
struct StoredTexts: Sendable {
    let file: MappedFile
    let ranges: [Range<Int>]

    func bytes(_ index: Int) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: file.bytes[ranges[index]]) }

    func decode(_ index: Int) -> String { String(decoding: bytes(index), as: UTF8.self) }
}

/// A file mapped read-only into memory, unmapped when the last reference goes (immutable, hence sendable).
/// The build's own files are only ever replaced by `rename`, never truncated in place, so a mapping stays
/// valid while it is used.
final class MappedFile: @unchecked Sendable {
    let bytes: UnsafeRawBufferPointer

    /// Nil when the file is missing, empty or cannot be mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0,
              let address = mmap(nil, Int(status.st_size), PROT_READ, MAP_PRIVATE, descriptor, 0),
              address != MAP_FAILED
        else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: Int(status.st_size))
    }

    deinit { munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count) }
}
