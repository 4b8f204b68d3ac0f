import Foundation
import Testing
@testable import InfolettreKit

@Suite struct RenderedBodyStoreTests {
    private let store = RenderedBodyStore(bodies: [
        Fingerprint("a"): .init(html: "<p>Été</p>\n", markdown: "Été", plainText: "Été", wordCount: 1),
        Fingerprint("b"): .init(html: "", markdown: "", plainText: "", wordCount: 0),
    ])

    private func save(_ store: RenderedBodyStore, in project: TemporaryProject) throws {
        for shard in store.shards { try project.write("output/" + shard.path, "") }
        for shard in store.shards { try shard.store.encoded().write(to: project.output.appendingPathComponent(shard.path)) }
    }

    @Test func readsBackWhatItWrote() throws {
        let project = try TemporaryProject()
        try save(store, in: project)
        let read = RenderedBodyStore.read(from: project.output)
        #expect(read.bodies.count == 2)
        #expect(read.bodies[Fingerprint("a")]?.html == "<p>Été</p>\n")
        #expect(read.bodies[Fingerprint("a")]?.wordCount == 1)
        #expect(read.shards.map(\.fingerprint) == store.shards.map(\.fingerprint))
        #expect(read.encoded() == store.encoded())
    }

    @Test func aShardDamagedOrFromAnotherVersionIsLeftOut() throws {
        let project = try TemporaryProject()
        try save(store, in: project)
        let shard = try #require(store.shards.first { $0.store.bodies[Fingerprint("a")] != nil })
        let url = project.output.appendingPathComponent(shard.path)
        let encoded = shard.store.encoded()
        for damaged in [encoded.dropLast(3), Data("infolettre-bodies 0 old\n".utf8) + encoded.dropFirst(30)] {
            try Data(damaged).write(to: url)
            let read = RenderedBodyStore.read(from: project.output)
            #expect(read.bodies[Fingerprint("a")] == nil)
            #expect(read.bodies.count == store.bodies.count - shard.store.bodies.count)
        }
        #expect(RenderedBodyStore.read(from: project.root.appendingPathComponent("nowhere")).bodies.isEmpty)
    }
}
