import Foundation
import Site
import Testing

@Suite struct SearchIndexTests {
    @Test func termsAreFoldedAndStopWordsDropped() {
        #expect(SearchTokenizer.terms("Les Escarres de l'ÉTÉ : prévention") == ["escarres", "ete", "prevention"])
        #expect(SearchTokenizer.terms("cœur") == ["coeur"])
        #expect(SearchTokenizer.terms("NAÏVE Ångström, Erdős") == ["naive", "angstrom", "erdos"])
        #expect(SearchTokenizer.terms("IDE n°3 : 24h/24") == ["ide", "24h", "24"])
    }

    @Test func indexMapsTermsToDocuments() throws {
        var index = SearchIndex()
        index.add(.init(title: "Prévenir les escarres", path: "/articles/escarres/", date: "2026-11-20", summary: "", kind: "article"),
                  text: "Le fil sur les escarres")
        index.add(.init(title: "Vaccination", path: "/articles/vaccin/", date: "2026-11-10", summary: "Grippe", kind: "article"),
                  text: "Campagne")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(index.json().utf8)) as? [String: Any])
        let terms = try #require(object["terms"] as? [String: [Int]])
        #expect(terms["escarres"] == [0])
        #expect(terms["grippe"] == [1])
        #expect(terms["les"] == nil)
        #expect((object["docs"] as? [[String]])?.count == 2)
    }
}
