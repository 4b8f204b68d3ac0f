import Site
import Testing

@Suite struct SitePathsTests {
    @Test func cleanURLs() {
        #expect(SitePaths.issue(year: "2026", week: "48") == "/2026/48/")
        #expect(SitePaths.article("cotation-soins-2027") == "/articles/cotation-soins-2027/")
        #expect(SitePaths.tag("exercice-liberal") == "/tags/exercice-liberal/")
        #expect(SitePaths.archivePage(1) == "/archive/")
        #expect(SitePaths.archivePage(3) == "/archive/page/3/")
    }

    @Test func filesForPaths() {
        #expect(SitePaths.file(for: "/") == "index.html")
        #expect(SitePaths.file(for: "/2026/48/") == "2026/48/index.html")
        #expect(SitePaths.file(for: "/feed.xml") == "feed.xml")
    }

    @Test func pagination() {
        let pages = Pagination.pages(Array(1...25), perPage: 10)
        #expect(pages.count == 3)
        #expect(pages.map { $0.1.count } == [10, 10, 5])
        #expect(pages.last?.0 == Pagination(current: 3, total: 3))
        #expect(Pagination.pages([Int](), perPage: 10).count == 1)
    }

    @Test func xmlEscaping() {
        #expect(XMLText.escape("Soins & « santé » <b>\"'") == "Soins &amp; « santé » &lt;b&gt;&quot;&#39;")
        #expect(XMLText.escape("a\u{0B}b") == "ab")
    }
}
