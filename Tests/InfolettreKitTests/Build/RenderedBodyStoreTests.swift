import Foundation
import Testing
@testable import InfolettreKit

@Suite struct RenderedBodyStoreTests {
    private let store = RenderedBodyStore(bodies: [
        Fingerprint("a"): .init(html: "<p>Été</p>\n", markdown: "Été", plainText: "Été", wordCount: 1),
        Fingerprint("b"): .init(html: "", markdown: "", plainText: "", wordCount: 0),
    ])

    @Test func readsBackWhatItWrote() throws {
        let project = try TemporaryProject()
        try project.write("output/\(RenderedBodyStore.fileName)", "")
        try store.encoded().write(to: project.output.appendingPathComponent(RenderedBodyStore.fileName))
        let read = RenderedBodyStore.read(from: project.output)
        #expect(read.bodies.count == 2)
        #expect(read.bodies[Fingerprint("a")]?.html == "<p>Été</p>\n")
        #expect(read.bodies[Fingerprint("a")]?.wordCount == 1)
        #expect(read.fingerprint == store.fingerprint)
        #expect(read.encoded() == store.encoded())
    }

    @Test func aDamagedOrForeignStoreIsEmpty() throws {
        let project = try TemporaryProject()
        let url = project.output.appendingPathComponent(RenderedBodyStore.fileName)
        try project.write("output/\(RenderedBodyStore.fileName)", "")
        for damaged in [store.encoded().dropLast(3), Data("infolettre-bodies 0 old\n".utf8) + store.encoded().dropFirst(30)] {
            try Data(damaged).write(to: url)
            #expect(RenderedBodyStore.read(from: project.output).bodies.isEmpty)
        }
        #expect(RenderedBodyStore.read(from: project.root.appendingPathComponent("nowhere")).bodies.isEmpty)
    }
}
