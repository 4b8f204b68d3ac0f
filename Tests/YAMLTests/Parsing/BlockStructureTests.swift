import Diagnostics
import Testing
import YAML

@Suite("Block mappings and sequences")
struct BlockStructureTests {
    @Test func mappingOfFrenchScalarsKeepsOrderAndLocations() throws {
        let node = try parse("""
            titre: Soins palliatifs à domicile
            auteur: Élodie Martin
            résumé: "Soins : bilan"
            """)
        #expect(render(node) == #"{titre: "Soins palliatifs à domicile", auteur: "Élodie Martin", résumé: "Soins : bilan"}"#)
        let mapping = try node.mapping()
        #expect(mapping.keys == ["titre", "auteur", "résumé"])
        #expect(mapping.entries[2].keyLocation == at(3, 1))
        #expect(mapping["résumé"]?.location == at(3, 9))
        #expect(node.location == at(1, 1))
    }

    @Test func nestedMappingsAndIndentedSequences() throws {
        let node = try parse("""
            site:
              nom: Infolettre des soignants
              langues:
                - fr
                - en
            auteurs:
              - nom: Élodie
                rôle: infirmière
              - nom: Karim
            """)
        #expect(render(node) == #"{site: {nom: "Infolettre des soignants", langues: ["fr", "en"]}, "#
            + #"auteurs: [{nom: "Élodie", rôle: "infirmière"}, {nom: "Karim"}]}"#)
        let auteurs = try node.required("auteurs").sequence()
        #expect(auteurs[0].location == at(7, 5))
        #expect(try auteurs[0].mapping().entries[1].keyLocation == at(8, 5))
    }

    @Test func sequenceAtTheIndentationOfItsKey() throws {
        let node = try parse("""
            tags:
            - santé
            - soins à domicile
            catégorie: pratique
            """)
        #expect(render(node) == #"{tags: ["santé", "soins à domicile"], catégorie: "pratique"}"#)
    }

    @Test func compactNestedSequencesAndEmptyEntries() throws {
        let node = try parse("""
            - - a
              - b
            -
            - - c
            -
              - d
            """)
        #expect(render(node) == #"[["a", "b"], null, ["c"], ["d"]]"#)
    }

    @Test func emptyValuesAreNullAtThePositionAfterTheColon() throws {
        let node = try parse("""
            brouillon:
            image:   # à compléter
            titre: Bonjour
            """)
        #expect(render(node) == #"{brouillon: null, image: null, titre: "Bonjour"}"#)
        #expect(try node.required("brouillon").location == at(1, 11))
        #expect(try node.required("image").location == at(2, 10))
    }

    @Test func commentsBlankLinesAndDocumentMarkers() throws {
        let node = try parse("""
            # Configuration du site
            ---

            nom: Infolettre   # le nom affiché
            # commentaire entre deux clés

            langue: fr
            ...
            # fin
            """)
        #expect(render(node) == #"{nom: "Infolettre", langue: "fr"}"#)
        #expect(try node.required("langue").location == at(7, 9))
    }

    @Test func plainScalarsMayContainColonsAndHashesThatAreNotIndicators() throws {
        let node = try parse("""
            lien: https://exemple.fr/soins?x=1#ancre
            heure: 08:30
            langage: C#
            clé:valeur: oui
            """)
        #expect(render(node) == #"{lien: "https://exemple.fr/soins?x=1#ancre", heure: "08:30", langage: "C#", clé:valeur: "oui"}"#)
    }

    @Test func quotedKeysAndKeysWithSpaces() throws {
        let node = try parse("""
            "titre : long": a
            'l''été': b
            date de publication: c
            """)
        #expect(try node.mapping().keys == ["titre : long", "l'été", "date de publication"])
    }

    @Test func emptyDocumentIsNull() throws {
        #expect(try parse("").value == .null)
        #expect(try parse("# rien\n\n").value == .null)
        #expect(try parse("---\n").value == .null)
    }

    @Test func scalarAndFlowDocuments() throws {
        #expect(render(try parse("Bonjour")) == #""Bonjour""#)
        #expect(render(try parse("--- [a, b]")) == #"["a", "b"]"#)
        #expect(try parse("--- |\n  texte\n").value == .string("texte\n"))
    }

    @Test func deeperBlocksCloseBackToAnyOpenLevel() throws {
        let node = try parse("""
            a:
              b:
                c:
                  - 1
            d: 2
            """)
        #expect(render(node) == "{a: {b: {c: [1]}}, d: 2}")
    }
}
