import Testing
@testable import Markdown

@Suite("Walker and rewriting")
struct WalkerTests {
    static let sample = """
        # Titre *important*

        Premier paragraphe avec un [lien](https://example.org/a) et ![une image](img/photo.png "Photo").

        > Citation avec <https://example.org/b>.

        - Élément avec **gras** : suite
        - Élément simple

        | Col | Autre |
        |-----|-------|
        | [x](/rel) | y |

        Texte[^n].

        [^n]: Note avec [renvoi](https://example.org/c).
        """

    @Test("Headings, links, images and destinations are collected in order")
    func queries() {
        let document = MarkdownParser.parse(Self.sample)
        #expect(document.headings.map { Inline.plainText(of: $0.children) } == ["Titre important"])
        #expect(document.links.map(\.destination) ==
            ["https://example.org/a", "https://example.org/b", "/rel", "https://example.org/c"])
        #expect(document.images.map(\.source) == ["img/photo.png"])
        #expect(document.destinations == ["https://example.org/a", "img/photo.png", "https://example.org/b", "/rel",
                                          "https://example.org/c"])
    }

    @Test("Plain text and first paragraph")
    func plainText() throws {
        let document = MarkdownParser.parse(Self.sample)
        let first = try #require(document.firstParagraph)
        #expect(Inline.plainText(of: first.children) == "Premier paragraphe avec un lien et une image.")
        #expect(document.plainText.hasPrefix("Titre important\n\nPremier paragraphe"))
        #expect(document.plainText.contains("Élément avec gras : suite\nÉlément simple"))
        #expect(Block.paragraph(first).plainText == "Premier paragraphe avec un lien et une image.")
    }

    @Test("Text mapping sees the context of each text node")
    func mapText() {
        var document = MarkdownParser.parse(Self.sample)
        var contexts = [String: TextContext]()
        document.mapText { text, context in
            contexts[text] = context
            return text.uppercased()
        }
        #expect(contexts["Titre "] == .heading)
        #expect(contexts["important"] == [.heading, .emphasis])
        #expect(contexts["lien"] == .link)
        #expect(contexts["une image"] == .image)
        #expect(contexts["gras"] == [.listItem, .strong])
        #expect(contexts["x"] == [.tableCell, .link])
        #expect(contexts["Note avec "] == .footnote)
        #expect(contexts["renvoi"] == [.footnote, .link])
        let html = HTMLRenderer().render(document)
        #expect(html.contains("<h1>TITRE <em>IMPORTANT</em></h1>"))
        #expect(html.contains("alt=\"UNE IMAGE\""))
    }

    @Test("Text sequences span a paragraph's text nodes")
    func mapTextSequences() {
        var document = MarkdownParser.parse("Un *mot* : suite\n\nAutre : texte")
        var sequences = [[String]]()
        document.mapTextSequences { segments in
            sequences.append(segments.map(\.string))
            // A French typography rule needs the text before and after the emphasis together.
            for index in segments.indices {
                segments[index].string = segments[index].string.replacingOccurrences(of: " :", with: "\u{202F}:")
            }
        }
        #expect(sequences == [["Un ", "mot", " : suite"], ["Autre : texte"]])
        #expect(HTMLRenderer().render(document) == "<p>Un <em>mot</em>\u{202F}: suite</p>\n<p>Autre\u{202F}: texte</p>\n")
    }

    @Test("Destinations can be rewritten")
    func mapDestinations() {
        var document = MarkdownParser.parse(Self.sample)
        document.mapDestinations { url, kind in
            switch kind {
            case .link: url.hasPrefix("/") ? "https://site.example\(url)?utm_source=lettre" : url + "?utm_source=lettre"
            case .image: "https://cdn.example/" + url
            }
        }
        let html = HTMLRenderer().render(document)
        #expect(html.contains("href=\"https://example.org/a?utm_source=lettre\""))
        #expect(html.contains("href=\"https://site.example/rel?utm_source=lettre\""))
        #expect(html.contains("src=\"https://cdn.example/img/photo.png\""))
        #expect(html.contains("href=\"https://example.org/c?utm_source=lettre\""))
    }

    @Test("Text deep inside nested containers is rewritten in place")
    func deepDocument() {
        var document = MarkdownParser.parse(String(repeating: "> - ", count: 5_000) + "*a **b** [c](d)*")
        var contexts = Set<TextContext>()
        document.mapText { text, context in
            contexts.insert(context)
            return text + "!"
        }
        #expect(document.plainText == "a !b! !c!")
        #expect(contexts == [[.blockQuote, .listItem, .emphasis], [.blockQuote, .listItem, .emphasis, .strong],
                             [.blockQuote, .listItem, .emphasis, .link]])
        #expect(document.links.count == 1)
    }
}
