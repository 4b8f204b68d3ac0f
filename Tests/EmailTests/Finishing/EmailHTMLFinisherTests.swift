import Foundation
import Testing

@testable import Email

@Suite("HTML finishing")
struct EmailHTMLFinisherTests {
    static let baseURL = URL(string: "https://lettre.example.org/numeros/48/")!
    static let unsubscribe = "https://lettre.example.org/desinscription?id=42"

    private func finish(_ body: String, utm: UTMParameters? = UTMParameters(source: "infolettre", campaign: "n48"),
        excluding predicate: @escaping @Sendable (String) -> Bool = { _ in false }) throws -> FinishedEmailHTML
    {
        let finisher = EmailHTMLFinisher(options: .init(
            baseURL: Self.baseURL, utm: utm, unsubscribeURL: Self.unsubscribe, excludesFromUTM: predicate))
        return try finisher.finish("<html><head></head><body>\(body)</body></html>")
    }

    @Test func resolvesRelativeURLsAndLeavesOthers() throws {
        let result = try finish("""
            <img src="images/a.png" alt="A"><img src="/logo.png" alt=""><img src="//cdn.example.org/c.png" alt="">
            <a href="mailto:redaction@example.org">m</a><a href="tel:+33100000000">t</a><a href="#haut">h</a>
            <a href="{{ UnsubscribeURL }}">u</a><a href="*|UNSUB|*">u2</a><td background="bg.jpg"></td>
            """, utm: nil)
        #expect(result.html.contains(#"src="https://lettre.example.org/numeros/48/images/a.png""#))
        #expect(result.html.contains(#"src="https://lettre.example.org/logo.png""#))
        #expect(result.html.contains(#"src="https://cdn.example.org/c.png""#))
        #expect(result.html.contains(#"href="mailto:redaction@example.org""#))
        #expect(result.html.contains(#"href="tel:+33100000000""#))
        #expect(result.html.contains(##"href="#haut""##))
        // libxml2 URI-escapes href and src on output; merge tags must come out verbatim.
        #expect(result.html.contains(#"<a href="{{ UnsubscribeURL }}">u</a><a href="*|UNSUB|*">u2</a>"#))
        #expect(result.links.map(\.url).contains("{{ UnsubscribeURL }}"))
        #expect(result.links.map(\.url).contains("*|UNSUB|*"))
    }

    @Test func addsUTMParametersToOutgoingWebLinksOnly() throws {
        let result = try finish("""
            <a href="https://site.example.org/article">a</a>
            <a href="https://site.example.org/p?x=1#part">b</a>
            <a href="https://site.example.org/q?utm_source=keep">c</a>
            <a href="\(Self.unsubscribe)">Se désinscrire</a>
            <a href="https://partner.example.org/" data-no-utm>d</a>
            <a href="https://excluded.example.org/">e</a>
            <a href="article/2">f</a>
            <a href="mailto:x@example.org">g</a>
            """, excluding: { $0.contains("excluded") })
        #expect(result.links.map(\.url) == [
            "https://site.example.org/article?utm_source=infolettre&utm_medium=email&utm_campaign=n48",
            "https://site.example.org/p?x=1&utm_source=infolettre&utm_medium=email&utm_campaign=n48#part",
            "https://site.example.org/q?utm_source=keep&utm_medium=email&utm_campaign=n48",
            Self.unsubscribe,
            "https://partner.example.org/",
            "https://excluded.example.org/",
            "https://lettre.example.org/numeros/48/article/2?utm_source=infolettre&utm_medium=email&utm_campaign=n48",
            "mailto:x@example.org",
        ])
        #expect(!result.html.contains("data-no-utm"))
        #expect(result.html.contains("utm_source=infolettre&amp;utm_medium=email"))
    }

    @Test func encodesUTMValues() {
        let utm = UTMParameters(source: "lettre infirmière", medium: "e-mail", campaign: "n°48&co")
        #expect(utm.applied(to: "https://e.org/?") == "https://e.org/?utm_source=lettre%20infirmi%C3%A8re&utm_medium=e-mail&utm_campaign=n%C2%B048%26co")
    }

    @Test func addsEmptyAltAndReportsImages() throws {
        let result = try finish(#"<img src="a.png"><img src="b.png" alt="Logo"><img src="c.png" alt="">"#)
        #expect(result.imagesWithoutAlt == ["https://lettre.example.org/numeros/48/a.png"])
        #expect(result.html.contains(#"<img src="https://lettre.example.org/numeros/48/a.png" alt="">"#))
    }

    @Test func collectsLinkTextsAndSize() throws {
        let result = try finish("""
            <a href="https://e.org/1">  Lire
              la suite  </a><a href="https://e.org/2"><img src="x.png" alt="Logo du réseau"></a>
            """, utm: nil)
        #expect(result.links == [
            EmailLink(text: "Lire la suite", url: "https://e.org/1"),
            EmailLink(text: "Logo du réseau", url: "https://e.org/2"),
        ])
        #expect(result.byteCount == result.html.utf8.count)
    }

    @Test func resolvesURLsInInlineStyles() throws {
        let result = try finish(
            #"<td style="background: #fff URL( 'img/bg.png' ) no-repeat; list-style: url(data:image/png;base64,AA==)">x</td><div style="background-image:url(/a.png),url(https://cdn.e.org/b.png)"></div>"#,
            utm: nil)
        #expect(result.html.contains(#"style="background: #fff URL( 'https://lettre.example.org/numeros/48/img/bg.png' ) no-repeat; list-style: url(data:image/png;base64,AA==)""#))
        #expect(result.html.contains(#"style="background-image:url(https://lettre.example.org/a.png),url(https://cdn.e.org/b.png)""#))
    }
}
