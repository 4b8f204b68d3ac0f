/// How the archive's search index is split into parts, each a complete `SearchIndex` of some documents, and the
/// manifest that lists them for the search page, which loads every part and merges them.
///
/// A document's part depends only on its path and the number of parts, so editing one article changes one part:
/// a build writes that part again, not the index of the whole archive. Parts hold about `documentsPerPart`
/// documents, at most `maximumPartCount` parts; a small newsletter's index is a single part.
public struct SearchPartition: Sendable, Equatable {
    public static let documentsPerPart = 128
    public static let maximumPartCount = 16

    public let partCount: Int

    /// The partition for an index of `documentCount` documents.
    public init(documentCount: Int) {
        partCount = min(Self.maximumPartCount, max(1, (documentCount + Self.documentsPerPart - 1) / Self.documentsPerPart))
    }

    /// The part, in `0..<partCount`, that holds the document at site path `path`: a hash stable across builds,
    /// machines and Swift versions (64-bit FNV-1a of the path's UTF-8 bytes), unlike `Hasher`'s.
    public func part(ofDocumentAt path: String) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in path.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
        }
        return Int(hash % UInt64(partCount))
    }

    /// The site path of part `number`'s index: `/search-index/3.json`.
    public static func partPath(_ number: Int) -> String { "/search-index/\(number).json" }

    /// The manifest served at `SitePaths.searchIndex`: compact JSON, `{"parts":[...],"v":1}`. Each part is listed by
    /// its URL relative to the manifest's, with `version` (a digest of the part's content) as a query string, so
    /// that a browser never merges a part it cached with parts of another build.
    public static func manifest(partVersions versions: [String]) -> String {
        var output = UTF8Buffer(capacity: 32 + versions.reduce(0) { $0 + $1.utf8.count + 32 })
        output.append(utf8: "{\"parts\":[")
        for (number, version) in versions.enumerated() {
            if number > 0 { output.append(UInt8(ascii: ",")) }
            output.append(jsonQuoting: String(partPath(number).dropFirst()) + "?v=" + version)
        }
        output.append(utf8: "],\"v\":1}")
        return output.string()
    }
}
