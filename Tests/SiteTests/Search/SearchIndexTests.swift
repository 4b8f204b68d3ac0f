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

    @Test func jsonIsPinnedByteForByte() {
        var index = SearchIndex()
        index.add(.init(title: "Cœur \"vif\"", path: "/a/", date: "2026-01-01", summary: "Été\u{1}", kind: "article"),
                  text: "cœur Ωμέγα été")
        index.add(.init(title: "Ωμέγα", path: "/b/", date: "2026-01-02", summary: "", kind: "issue"), text: "coeur \\ ete")
        #expect(Array(index.json().utf8) == Array("""
            {"docs":[["Cœur \\"vif\\"","/a/","2026-01-01","Été\\u0001","article"],["Ωμέγα","/b/","2026-01-02","","issue"]],\
            "fields":["title","path","date","summary","kind"],"terms":{"coeur":[0,1],"ete":[0,1],"vif":[0],"ωμεγα":[0,1]},"v":1}
            """.utf8))
    }
}
