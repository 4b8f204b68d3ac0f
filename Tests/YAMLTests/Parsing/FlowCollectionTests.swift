import Testing
import YAML

@Suite("Flow collections")
struct FlowCollectionTests {
    @Test func flowSequenceOfMixedScalars() throws {
        let node = try parse(#"tags: [santé, "soins : bilan", 3, 'l''été', true, ~]"#)
        #expect(render(node) == #"{tags: ["santé", "soins : bilan", 3, "l'été", true, null]}"#)
        let items = try node.required("tags").sequence()
        #expect(items[1].location == at(1, 15))
    }

    @Test func nestedFlowCollections() throws {
        let node = try parse(#"auteur: {nom: Élodie, rôles: [infirmière, formatrice], contact: {mail: e@exemple.fr}}"#)
        #expect(render(node) == #"{auteur: {nom: "Élodie", rôles: ["infirmière", "formatrice"], contact: {mail: "e@exemple.fr"}}}"#)
    }

    @Test func flowCollectionsOverSeveralLinesWithCommentsAndTrailingComma() throws {
        let node = try parse("""
            tags: [
              santé,   # premier
              soins
                à domicile,
            ]
            menu: {
              accueil: /,
              archives: /archives/ }
            """)
        #expect(render(node) == #"{tags: ["santé", "soins à domicile"], menu: {accueil: "/", archives: "/archives/"}}"#)
    }

    @Test func jsonStyleMappingsAndEmptyCollections() throws {
        let node = try parse(#"{"a":1, "b": [], "c": {}, d, e: }"#)
        #expect(render(node) == "{a: 1, b: [], c: {}, d: null, e: null}")
    }

    @Test func plainScalarsInFlowKeepColonsNotFollowedBySpace() throws {
        let node = try parse("[https://exemple.fr, 08:30, a:b]")
        #expect(render(node) == #"["https://exemple.fr", "08:30", "a:b"]"#)
    }

    @Test func flowSequenceInBlockSequence() throws {
        #expect(render(try parse("- [1, 2]\n- {a: b}\n")) == #"[[1, 2], {a: "b"}]"#)
    }
}
