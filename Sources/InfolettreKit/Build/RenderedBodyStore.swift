import Foundation

/// The rendered Markdown bodies of the last build, kept in the output folder as `.infolettre-bodies` so that
/// the next build, even in a new process, renders only the articles and editorials that changed. Entries are
/// keyed by the fingerprint of everything a body depends on, so a stale entry is never found, only unused.
struct RenderedBodyStore: Sendable {
    /// The store's name in the output folder.
    static let fileName = ".infolettre-bodies"
    private static let header = Array("infolettre-bodies 1 \(InfolettreVersion.current)\n".utf8)

    private(set) var bodies: [Fingerprint: ContentRenderer.Rendered] = [:]

    init(bodies: [Fingerprint: ContentRenderer.Rendered] = [:]) { self.bodies = bodies }

    /// The store saved in `folder`; empty when there is none, or one from another version, or a damaged one.
    static func read(from folder: URL) -> RenderedBodyStore {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)) else { return .init() }
        return data.withUnsafeBytes { decode(UnsafeRawBufferPointer($0)) } ?? .init()
    }

    /// A digest of the keys: the store needs writing again only when it changes.
    var fingerprint: Fingerprint {
        var fingerprint = Fingerprint("bodies")
        for key in bodies.keys.sorted(by: { $0.value < $1.value }) { fingerprint.combine(key) }
        return fingerprint
    }

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
