import Foundation
import Testing
import YAML

/// Realistic files as editors write them.
@Suite("Fixtures")
struct FixtureTests {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func load(_ name: String) throws -> String {
        try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test func siteConfiguration() throws {
        let config = try YAMLParser.parse(try load("infolettre.yml"))
        let site = try config.required("site")
        #expect(try site.required("titre").string() == "Infolettre des soignants : l'essentiel de la semaine")
        #expect(try site.required("langues").stringArray() == ["fr", "en"])
        #expect(try site.required("description").string()
            == "Chaque lundi, une sélection d'articles et des meilleures discussions du réseau.\n")
        #expect(try config.required("envoi").required("heure").string() == "08:30")
        #expect(try config.required("envoi").required("lancement").yamlDate().day == 5)
        let auteurs = try config.required("auteurs").sequence()
        let names = try auteurs.map { try $0.required("nom").string() }
        #expect(names == ["Élodie Martin", "Karim Benali", "Anne-Laure d'Aubigné"])
        #expect(try auteurs[0].required("réseaux").required("mastodon").string() == "@elodie@soins.social")
        #expect(try config.required("pied").string().hasSuffix("{{lien_désinscription}}\n"))
        #expect(try config.mapping().entry(forKey: "pied")?.keyLocation == at(27, 1))
    }

    @Test func articleWithFrontMatter() throws {
        let (yaml, body, bodyStartLine) = try FrontMatter.split(try load("article.md"))
        let front = try #require(yaml)
        #expect(try front.required("tags").stringArray() == ["plaies", "pansements", "« bonnes pratiques »"])
        #expect(try front.required("brouillon").bool() == false)
        #expect(try front.required("image").required("légende").location == at(9, 12))
        #expect(bodyStartLine == 11)
        #expect(body.hasPrefix("# Plaies chroniques\n"))
        #expect(body.contains("\n---\n"))
    }

    @Test func interfaceTranslations() throws {
        let texts = try YAMLParser.parse(try load("i18n-fr.yml"))
        #expect(try texts.required("mois").stringArray().count == 12)
        #expect(try texts.required("numéro").string() == "Numéro %{numéro} — semaine du %{date}")
        #expect(try texts.required("discussions").required("vide").isNull)
        #expect(try texts.required("lire_la_suite").string() == "Lire la suite →")
    }
}
