import Diagnostics
import Foundation
import Testing
import YAML

@Suite("Typed access")
struct TypedAccessTests {
    private let article = """
        titre: Soins palliatifs
        année: 1984
        note: 4.5
        publié: true
        date: 2026-11-23T08:30:00+01:00
        jour: "2026-11-23"
        tags: santé
        catégories: [soins, "fin de vie"]
        vide:
        auteur:
          nom: Élodie
        """

    @Test func scalarsOfTheExpectedType() throws {
        let node = try parse(article)
        #expect(try node.required("titre").string() == "Soins palliatifs")
        #expect(try node.required("année").int() == 1984)
        #expect(try node.required("année").string() == "1984")
        #expect(try node.required("note").double() == 4.5)
        #expect(try node.required("année").double() == 1984)
        #expect(try node.required("publié").bool())
        #expect(try node.required("date").date() == Date(timeIntervalSince1970: 1_795_419_000))
        #expect(try node.required("jour").date() == Date(timeIntervalSince1970: 1_795_392_000))
        #expect(try node.required("auteur").mapping().keys == ["nom"])
    }

    @Test func stringArraysAcceptASingleStringAndEmptyValues() throws {
        let node = try parse(article)
        #expect(try node.required("tags").stringArray() == ["santé"])
        #expect(try node.required("catégories").stringArray() == ["soins", "fin de vie"])
        #expect(try node.required("vide").stringArray() == [])
    }

    @Test func optionalTreatsNullAsAbsent() throws {
        let node = try parse(article)
        #expect(try node.optional("vide") == nil)
        #expect(try node.optional("inconnu") == nil)
        #expect(try node.optional("titre")?.string() == "Soins palliatifs")
    }

    @Test func typeErrorsCarryTheNodeLocation() throws {
        let node = try parse(article)
        #expect(throws: YAMLAccessError(expected: .integer, found: "a string", location: at(1, 8))) {
            try node.required("titre").int()
        }
        #expect(throws: YAMLAccessError(expected: .string, found: "null", location: at(9, 6))) {
            try node.required("vide").string()
        }
        #expect(throws: YAMLAccessError(expected: .boolean, found: "a string", location: at(7, 7))) {
            try node.required("tags").bool()
        }
        #expect(throws: YAMLAccessError(expected: .date, found: "a string", location: at(1, 8))) {
            try node.required("titre").date()
        }
        #expect(throws: YAMLAccessError(expected: .stringList, found: "a mapping", location: at(11, 3))) {
            try node.required("auteur").stringArray()
        }
        #expect(throws: YAMLAccessError(expected: .string, found: "a sequence", location: at(8, 13))) {
            try node.required("catégories").string()
        }
        #expect(throws: YAMLAccessError(expected: .mapping, found: "the integer 1984", location: at(2, 8))) {
            try node.required("année").required("x")
        }
    }

    @Test func nonStringItemInAStringListPointsAtTheItem() throws {
        let node = try parse("tags:\n  - santé\n  - [imbriqué]\n")
        #expect(throws: YAMLAccessError(expected: .string, found: "a sequence", location: at(3, 5))) {
            try node.required("tags").stringArray()
        }
    }

    @Test func missingKeyPointsAtTheMapping() throws {
        let node = try parse("\n  titre: x\n")
        let error = #expect(throws: YAMLAccessError.self) { try node.required("date") }
        #expect(error?.diagnostic(file: "infolettre.yml").description == "infolettre.yml:2:3: error: missing key 'date'")
    }

    @Test func diagnosticsHaveMessageAndHint() throws {
        let node = try parse("date: bientôt\n")
        let error = #expect(throws: YAMLAccessError.self) { try node.required("date").date() }
        #expect(error?.diagnostic(file: "content/issues/2026-47.md").description == """
            content/issues/2026-47.md:1:7: error: expected a date (YYYY-MM-DD), found a string
              hint: write the date as YYYY-MM-DD, optionally followed by a time such as 08:30
            """)
    }
}
