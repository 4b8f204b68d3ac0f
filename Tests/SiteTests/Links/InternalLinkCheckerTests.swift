import Site
import Testing

@Suite struct InternalLinkCheckerTests {
    let checker = InternalLinkChecker(baseURL: "https://l.example")

    @Test func findsBrokenInternalLinksOnly() {
        let html = """
        <a href="/2026/48/">ok</a> <a href="/2026/49/">broken</a> <img src="/assets/logo.png">
        <a href="https://l.example/articles/a/#x">ok</a> <a href="https://ailleurs.example/x">external</a>
        <a href='mailto:a@b.c'>mail</a> <a href="#top">fragment</a> <a href="/search/?q=a&amp;b">query</a>
        """
        let files: Set<String> = ["2026/48/index.html", "articles/a/index.html", "search/index.html"]
        let broken = checker.brokenLinks(pages: [("index.html", html)], files: files)
        #expect(broken.map(\.target) == ["/2026/49/", "/assets/logo.png"])
    }
}
