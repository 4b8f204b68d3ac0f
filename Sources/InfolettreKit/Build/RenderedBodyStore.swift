import Foundation

/// The rendered Markdown bodies of the last build, kept in the output folder under `.infolettre-bodies/` so
/// that the next build, even in a new process, renders only the articles and editorials that changed. Entries
/// are keyed by the fingerprint of everything a body depends on, so a stale entry is never found, only unused.
/// They are spread over 16 shards by key: an edit rewrites one shard, not the whole store.
struct RenderedBodyStore: Sendable {
    /// The store's folder in the output folder.
    static let folderName = ".infolettre-bodies"
    private static let shardCount: UInt64 = 16
    private static let header = Array("infolettre-bodies 1 \(InfolettreVersion.current)\n".utf8)

    private(set) var bodies: [Fingerprint: ContentRenderer.Rendered] = [:]

    init(bodies: [Fingerprint: ContentRenderer.Rendered] = [:]) { self.bodies = bodies }

    /// The store saved in the output `folder`; shards that are missing, from another version or damaged
    /// only leave their entries out.
    static func read(from folder: URL) -> RenderedBodyStore {
        var store = RenderedBodyStore()
        for shard in 0..<shardCount {
            let url = folder.appendingPathComponent(path(ofShard: shard))
            guard let data = try? Data(contentsOf: url),
                  let entries = data.withUnsafeBytes({ decode(UnsafeRawBufferPointer($0)) })
            else { continue }
            store.bodies.merge(entries.bodies) { first, _ in first }
        }
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

    /// Header, then per entry: key, word count and the byte lengths of the three texts (little-endian 64-bit),
    /// then the texts' UTF-8 bytes. Sorted by key, so equal stores are equal bytes.
    func encoded() -> Data {
        let keys = bodies.keys.sorted(by: { $0.value < $1.value })
        // One buffer of the exact size: the store of a large archive is tens of megabytes.
        let size = Self.header.count + keys.reduce(0) { total, key in
            total + 40 + (bodies[key].map { $0.html.utf8.count + $0.markdown.utf8.count + $0.plainText.utf8.count } ?? 0)
        }
        var data = Data(capacity: size)
        data.append(contentsOf: Self.header)
        for key in keys {
            guard let body = bodies[key] else { continue }
            let texts = [body.html, body.markdown, body.plainText]
            for number in [key.value, UInt64(body.wordCount)] + texts.map({ UInt64($0.utf8.count) }) {
                withUnsafeBytes(of: number.littleEndian) { data.append(contentsOf: $0) }
            }
            for var text in texts { text.withUTF8 { data.append($0) } }
        }
        return data
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer) -> RenderedBodyStore? {
        guard bytes.count >= header.count, bytes.prefix(header.count).elementsEqual(header) else { return nil }
        var offset = header.count
        func number() -> UInt64? {
            guard offset + 8 <= bytes.count else { return nil }
            defer { offset += 8 }
            return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        func text(_ length: UInt64) -> String? {
            guard length <= UInt64(bytes.count - offset) else { return nil }
            defer { offset += Int(length) }
            return String(decoding: bytes[offset..<offset + Int(length)], as: UTF8.self)
        }
        var store = RenderedBodyStore()
        while offset < bytes.count {
            guard let key = number(), let words = number(), let htmlLength = number(), let markdownLength = number(),
                  let textLength = number(), let html = text(htmlLength), let markdown = text(markdownLength),
                  let plainText = text(textLength), words <= UInt64(Int.max)
            else { return nil }
            store.bodies[Fingerprint(value: key)] =
                .init(html: html, markdown: markdown, plainText: plainText, wordCount: Int(words))
        }
        return store
    }
}
