import Foundation
import Site
import Testing

/// An index built from a snapshot must write the very bytes of an index built from scratch, whatever changed in
/// between; the snapshot itself must survive the trip through bytes and refuse damaged ones.
@Suite struct SearchIndexSnapshotTests {
    /// A document as the site indexes it: its fields, and the text digested by its key.
    struct Source: Sendable {
        var document: SearchIndex.Document
        var text: String

        init(_ slug: String, title: String, summary: String = "", text: String) {
            document = .init(title: title, path: "/articles/\(slug)/", date: "2026-03-01", summary: summary, kind: "article")
            self.text = text
        }

        /// The caller's fingerprint: FNV-1a over the title, summary and text, each followed by a separator byte.
        var key: UInt64 {
            [document.title, document.summary, text].reduce(0xCBF2_9CE4_8422_2325) { hash, field in
                (field.utf8 + [0xFF]).reduce(hash) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
            }
        }
    }

    static let archive = [
        Source("oedeme", title: "Œdème des membres inférieurs", summary: "Été caniculaire",
               text: "L’œdème et l’escarre : prévention en été. Ωμέγα 한국"),
        Source("escarre", title: "Prévenir l'escarre", text: "Escarres, ESCARRE, escarre : la peau avant tout."),
        // The same words spelled decomposed: canonically equivalent, one term each.
        Source("ete", title: "Chaleur", summary: "e\u{301}te\u{301}",
               text: "œde\u{300}me Ωμε\u{301}γα \u{1112}\u{1161}\u{11AB}\u{1100}\u{116E}\u{11A8} zanzibar"),
        Source("vaccin", title: "Vaccination antigrippale", summary: "Campagne 2026", text: "Grippe, rappel, cotation."),
        Source("nuit", title: "Travail de nuit", text: "Gardes de nuit : rythme, sommeil et œdème."),
    ]

    static func plainIndex(_ sources: [Source]) -> SearchIndex {
        var index = SearchIndex()
        for source in sources { index.add(source.document, text: source.text) }
        return index
    }

    /// Every document added with its key, reusing `previous`; counts the documents whose text was asked for.
    static func keyedIndex(_ sources: [Source], reusing previous: SearchIndex.Snapshot?,
                           tokenized: inout [String]) -> SearchIndex {
        var index = SearchIndex()
        for source in sources {
            index.add(source.document, key: source.key, reusing: previous) {
                tokenized.append(source.document.path)
                return source.text
            }
        }
        return index
    }

    static func keyedIndex(_ sources: [Source], reusing previous: SearchIndex.Snapshot? = nil) -> SearchIndex {
        var tokenized: [String] = []
        return keyedIndex(sources, reusing: previous, tokenized: &tokenized)
    }

    static func snapshot(of sources: [Source]) throws -> SearchIndex.Snapshot {
        try #require(SearchIndex.Snapshot(decoding: keyedIndex(sources).snapshot()))
    }

    /// The ways an archive changes between two builds.
    enum Edit: String, CaseIterable, CustomTestStringConvertible {
        case none, changed, added, removed, reordered, changedFirst, all
        var testDescription: String { rawValue }

        func apply(to archive: [Source]) -> [Source] {
            var sources = archive
            switch self {
            case .none: break
            case .changed: sources[3].text += " Nouveau rappel : hémocultures."
            case .added: sources.append(Source("douleur", title: "Douleur", text: "Échelles de douleur, été comme hiver."))
            case .removed: sources.remove(at: 2)
            case .reordered: sources.reverse()
            case .changedFirst: sources[0].document.summary = "Œdème : nouvelle recommandation"
            case .all:
                sources[1].text = "Escarre sacrée : Ωμέγα"
                sources.remove(at: 2)
                sources.append(Source("douleur", title: "Douleur", text: "Échelles de douleur, été comme hiver."))
                sources.swapAt(0, 2)
            }
            return sources
        }
    }

    @Test func keyedBuildWritesTheSameJSON() {
        #expect(Data(Self.keyedIndex(Self.archive).json().utf8) == Data(Self.plainIndex(Self.archive).json().utf8))
    }

    @Test(arguments: Edit.allCases)
    func buildFromSnapshotWritesTheSameJSON(edit: Edit) throws {
        let sources = edit.apply(to: Self.archive)
        let rebuilt = Self.keyedIndex(sources, reusing: try Self.snapshot(of: Self.archive))
        #expect(Data(rebuilt.json().utf8) == Data(Self.plainIndex(sources).json().utf8))
        // And the snapshot it writes is the one a build from scratch writes.
        #expect(rebuilt.snapshot() == Self.keyedIndex(sources).snapshot())
    }

    @Test(arguments: Edit.allCases)
    func onlyChangedDocumentsAreTokenized(edit: Edit) throws {
        let sources = edit.apply(to: Self.archive)
        let previousKeys = Set(Self.archive.map(\.key))
        var tokenized: [String] = []
        _ = Self.keyedIndex(sources, reusing: try Self.snapshot(of: Self.archive), tokenized: &tokenized)
        #expect(tokenized == sources.filter { !previousKeys.contains($0.key) }.map(\.document.path))
    }

    @Test func snapshotSurvivesTheRoundTrip() throws {
        let data = Self.keyedIndex(Self.archive).snapshot()
        let snapshot = try #require(SearchIndex.Snapshot(decoding: data))
        #expect(Self.keyedIndex(Self.archive, reusing: snapshot).snapshot() == data)
        #expect(SearchIndex.Snapshot(decoding: SearchIndex().snapshot()) != nil)
    }

    /// Documents added without a key, or before the first reused one, make the index number the snapshot's terms
    /// itself instead of taking them over; two snapshots in one build, likewise.
    @Test func snapshotsMixWithOtherDocuments() throws {
        let snapshot = try Self.snapshot(of: Self.archive)
        var index = SearchIndex()
        index.add(Self.archive[4].document, text: Self.archive[4].text)
        for source in Self.archive.prefix(3) {
            index.add(source.document, key: source.key, reusing: snapshot) { source.text }
        }
        let other = try Self.snapshot(of: [Self.archive[3]])
        index.add(Self.archive[3].document, key: Self.archive[3].key, reusing: other) { Self.archive[3].text }
        index.add(Self.archive[1].document, key: Self.archive[1].key, reusing: snapshot) { Self.archive[1].text }
        let sources = [Self.archive[4]] + Self.archive.prefix(4) + [Self.archive[1]]
        #expect(Data(index.json().utf8) == Data(Self.plainIndex(sources).json().utf8))
    }

    @Test func termsNoDocumentListsAreDropped() throws {
        let kept = Self.archive.filter { $0.document.path != "/articles/ete/" }
        let rebuilt = Self.keyedIndex(kept, reusing: try Self.snapshot(of: Self.archive))
        #expect(!rebuilt.json().contains("zanzibar"))
        let data = rebuilt.snapshot()
        #expect(data.range(of: Data("zanzibar".utf8)) == nil)
        #expect(data.count < Self.keyedIndex(Self.archive).snapshot().count)
        // Documents added without a key leave their terms out of the snapshot too.
        var index = Self.keyedIndex(kept)
        index.add(Self.archive[2].document, text: Self.archive[2].text)
        #expect(index.json().contains("zanzibar"))
        #expect(index.snapshot().range(of: Data("zanzibar".utf8)) == nil)
    }

    @Test func damagedSnapshotsAreRejected() {
        let data = Self.keyedIndex(Array(Self.archive.prefix(2))).snapshot()
        #expect(SearchIndex.Snapshot(decoding: data) != nil)
        for length in 0..<data.count {
            #expect(SearchIndex.Snapshot(decoding: data.prefix(length)) == nil, "truncated to \(length) bytes")
        }
        for offset in data.indices {
            var damaged = data
            damaged[offset] ^= 0x20
            #expect(SearchIndex.Snapshot(decoding: damaged) == nil, "byte \(offset) changed")
        }
        #expect(SearchIndex.Snapshot(decoding: data + [0]) == nil)
        var generator = SystemRandomNumberGenerator()
        for length in [1, 16, 64, 1_000] {
            let garbage = Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
            #expect(SearchIndex.Snapshot(decoding: garbage) == nil)
            #expect(SearchIndex.Snapshot(decoding: data.prefix(16) + garbage) == nil)
        }
    }

    /// Random archives and random edits, against builds from scratch.
    @Test(arguments: 1...12)
    func randomEditsWriteTheSameJSON(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let words = ["œdème", "escarre", "été", "e\u{301}te\u{301}", "Ωμέγα", "ωμε\u{301}γα", "한국", "soins", "plaie",
                     "nuit", "garde", "IDE", "24h", "cœur", "naïve", "pansement", "ÉTÉ", "zinc", "Ёж", "日本語"]
        func text(_ count: Int) -> String {
            (0..<count).map { _ in words[Int(generator.next() % UInt64(words.count))] }.joined(separator: " ")
        }
        let archive = (0..<30).map { Source("d\($0)", title: text(2), summary: text(1), text: text(8)) }
        var sources = archive.filter { _ in generator.next() % 5 != 0 }
        for index in sources.indices where generator.next() % 4 == 0 { sources[index].text = text(6) }
        sources += (30..<34).map { Source("d\($0)", title: text(2), text: text(5)) }
        sources.shuffle(using: &generator)
        let rebuilt = Self.keyedIndex(sources, reusing: try Self.snapshot(of: archive))
        #expect(Data(rebuilt.json().utf8) == Data(Self.plainIndex(sources).json().utf8))
        #expect(rebuilt.snapshot() == Self.keyedIndex(sources).snapshot())
    }
}

/// SplitMix64: the same archive and edits for a given seed on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var seed: UInt64
    mutating func next() -> UInt64 {
        seed &+= 0x9E37_79B9_7F4A_7C15
        var mixed = (seed ^ seed >> 30) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ mixed >> 27) &* 0x94D0_49BB_1331_11EB
        return mixed ^ mixed >> 31
    }
}
