import Testing

@testable import Email

@Suite("CSS inliner")
struct CSSInlinerTests {
    private func inline(_ body: String, css: String, extraCSS: String = "") throws -> CSSInliningResult {
        try CSSInliner(options: .init(extraCSS: extraCSS)).inline(
            "<html><head><title>T</title><style>\(css)</style></head><body>\(body)</body></html>")
    }

    private func styleCount(_ html: String) -> Int {
        html.components(separatedBy: "<style").count - 1
    }

    @Test func higherSpecificityWinsOverSourceOrder() throws {
        let result = try inline(
            #"<p id="intro" class="lead">Bonjour</p>"#, css: "#intro { color: red } p.lead { color: green } p { color: blue }")
        #expect(result.html.contains(#"<p id="intro" class="lead" style="color:red">Bonjour</p>"#))
        #expect(styleCount(result.html) == 0)
    }

    @Test func laterRuleWinsAtEqualSpecificity() throws {
        let result = try inline("<p class=\"a b\">x</p>", css: ".a { color: red } .b { color: blue }")
        #expect(result.html.contains(#"style="color:blue""#))
    }

    @Test func importantBeatsSpecificity() throws {
        let result = try inline(#"<p id="x">x</p>"#, css: "p { color: red !important } #x { color: blue }")
        #expect(result.html.contains(#"<p id="x" style="color:red">"#))
    }

    @Test func existingInlineStyleBeatsNormalSheetRules() throws {
        let result = try inline(#"<p id="x" style="color: green">x</p>"#, css: "#x { color: red; margin: 0 }")
        #expect(result.html.contains(#"style="margin:0;color:green""#))
    }

    @Test func importantSheetRuleBeatsNormalInlineButNotImportantInline() throws {
        let result = try inline(
            #"<p style="color: green; margin: 1px !important">x</p>"#,
            css: "p { color: red !important; margin: 0 !important }")
        #expect(result.html.contains(#"style="color:red;margin:1px!important""#))
    }

    @Test func declarationsAreOrderedByPrecedenceSoShorthandsStillWin() throws {
        let result = try inline(#"<table><tr><td class="a">x</td></tr></table>"#, css: ".a { padding: 0 } td { padding-left: 5px; color: #000 }")
        #expect(result.html.contains(#"style="padding-left:5px;color:#000;padding:0""#))
    }

    @Test func keepsWhatCannotBeInlinedInOneStyleBlockInHead() throws {
        let html = """
            <html><head><style>
            @import url("https://fonts.example.org/a.css");
            a, a:hover { color: red }
            p::before { content: "»" }
            .x:is(.y) { color: blue }
            @media (max-width: 600px) { .wrapper { width: 100% !important } }
            </style></head><body><style>
            @media (prefers-color-scheme: dark) { body { background: #000 !important } }
            @font-face { font-family: "M"; src: url(m.woff2) }
            @charset "utf-8";
            body { margin: 0 }
            </style><a href="https://e.org">l</a><p class="x y">p</p></body></html>
            """
        let result = try CSSInliner().inline(html)
        #expect(styleCount(result.html) == 1)
        let expectedCSS = """
            @import url("https://fonts.example.org/a.css");
            a:hover{color:red}
            p::before{content:"»"}
            .x:is(.y){color:blue}
            @media (max-width: 600px) { .wrapper { width: 100% !important } }
            @media (prefers-color-scheme: dark) { body { background: #000 !important } }
            @font-face { font-family: "M"; src: url(m.woff2) }
            """
        #expect(result.retainedCSS == expectedCSS)
        #expect(result.html.contains("<style>\n\(expectedCSS)\n</style></head>"))
        #expect(result.html.contains(#"<a href="https://e.org" style="color:red">"#))
        #expect(result.html.contains(#"<body style="margin:0">"#))
        #expect(result.html.contains(#"<p class="x y">p</p>"#))
    }

    @Test func keepsOutlookConditionalCommentsByteForByte() throws {
        let comments = [
            "<!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->",
            "<!--[if !mso]><!-->",
            "<!--<![endif]-->",
            #"<!--[if mso | IE]><table role="presentation" width="600" align="center"><tr><td><![endif]-->"#,
            "<!--[if mso | IE]></td></tr></table><![endif]-->",
            "<!--[if gte mso 9]><v:rect xmlns:v=\"urn:schemas-microsoft-com:vml\" fill=\"true\" style=\"width:600px;\"><v:fill type=\"tile\" src=\"bg.png\" /></v:rect><![endif]-->",
        ]
        let html = """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">\(comments[0])<style>p { color: red }</style></head>
            <body>\(comments[3])\(comments[1])<p>Hors Outlook</p>\(comments[2])\(comments[5])<p>é</p>\(comments[4])</body></html>
            """
        let result = try CSSInliner().inline(html)
        for comment in comments {
            #expect(result.html.contains(comment), "\(comment)")
        }
        #expect(result.html.contains(#"<p style="color:red">Hors Outlook</p>"#))
    }

    @Test func derivesPresentationalAttributes() throws {
        let result = try inline(
            """
            <table class="wrapper"><tr><td class="cell">x</td><td class="side" width="10">y</td></tr></table>
            <img src="a.png" class="hero"><table class="full"><tr><td>z</td></tr></table>
            """,
            css: """
                body { background: url(bg.png) #f4f4f4 repeat-x }
                .wrapper { width: 600px; margin: 0 auto; background-color: rgb(255, 0, 16) }
                .cell { text-align: center; vertical-align: top; background: #fff; height: 40px }
                .side { width: 200px; text-align: right }
                .hero { width: 320px; height: 160.4px; max-width: 100% }
                .full { width: 100%; text-align: left }
                """)
        #expect(result.html.contains(##"<body style="background:url(bg.png) #f4f4f4 repeat-x" bgcolor="#f4f4f4">"##))
        #expect(result.html.contains(##"class="wrapper" style="width:600px;margin:0 auto;background-color:rgb(255, 0, 16)" width="600" align="center" bgcolor="#ff0010">"##))
        #expect(result.html.contains(##"class="cell" style="text-align:center;vertical-align:top;background:#fff;height:40px" height="40" align="center" valign="top" bgcolor="#fff">"##))
        #expect(result.html.contains(#"class="side" width="10" style="width:200px;text-align:right" align="right">"#))
        #expect(result.html.contains(#"class="hero" style="width:320px;height:160.4px;max-width:100%" width="320" height="160">"#))
        #expect(result.html.contains(#"class="full" style="width:100%;text-align:left" width="100%" align="left">"#))
    }

    @Test func presentationalAttributesCanBeTurnedOff() throws {
        let result = try CSSInliner(options: .init(addsPresentationalAttributes: false)).inline(
            "<html><head><style>img { width: 10px }</style></head><body><img src=a.png></body></html>")
        #expect(result.html.contains(#"<img src="a.png" style="width:10px">"#))
    }

    @Test func leavesStyleBlocksMarkedNotToInline() throws {
        let html = """
            <html><head><style data-inline="false">p { color: red }</style><style>p { margin: 0 }</style></head>
            <body><p>x</p></body></html>
            """
        let result = try CSSInliner().inline(html)
        #expect(result.html.contains(#"<style data-inline="false">p { color: red }</style>"#))
        #expect(result.html.contains(#"<p style="margin:0">x</p>"#))
        #expect(styleCount(result.html) == 1)
    }

    @Test func appliesExtraCSSBeforeTheDocumentsOwn() throws {
        let result = try inline("<p>x</p>", css: "p { color: blue }", extraCSS: "p { color: red; margin: 0 }")
        #expect(result.html.contains(#"<p style="margin:0;color:blue">x</p>"#))
    }

    @Test func serialisesHTML5WithUTF8Intact() throws {
        let result = try CSSInliner().inline(
            """
            <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
            <html lang="fr"><head><style>.f { font-family: "Helvetica Neue", Arial }</style></head>
            <body><p class="f">Café à 3 € — « élan » 🌿 &amp; co</p></body></html>
            """)
        #expect(result.html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(result.html.contains(#"<p class="f" style="font-family:'Helvetica Neue', Arial">Café à 3 € — « élan » 🌿 &amp; co</p>"#))
    }

    @Test func doesNotStyleHeadElements() throws {
        let result = try inline("<p>x</p>", css: "* { margin: 0 }")
        #expect(result.html.contains("<title>T</title>"))
        #expect(result.html.contains(#"<body style="margin:0"><p style="margin:0">x</p>"#))
        #expect(result.styledElementCount == 3)  // html, body, p
    }

    @Test func createsHeadWhenMissing() throws {
        let result = try CSSInliner(options: .init(extraCSS: "a:hover { color: red }")).inline("<p>x</p>")
        #expect(result.html.contains("<head><style>\na:hover{color:red}\n</style></head>"))
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: EmailHTMLError.self) { try CSSInliner().inline("") }
    }

    @Test func keepsStyleBlocksWithAMediaAttributeAsMediaRules() throws {
        let html = """
            <html><head><style media="screen and (max-width: 600px)">p { color: red }</style>
            <style media="all">p { margin: 0 }</style></head><body><p>x</p></body></html>
            """
        let result = try CSSInliner().inline(html)
        #expect(result.retainedCSS == "@media screen and (max-width: 600px) {\np { color: red }\n}")
        #expect(result.html.contains(#"<p style="margin:0">x</p>"#))
    }

    @Test func matchesManyRulesOnDeepDocuments() throws {
        let depth = 200
        let body = String(repeating: "<div class=\"d\">", count: depth) + "<p>x</p>" + String(repeating: "</div>", count: depth)
        let css = (0..<200).map { ".d .d > .d ~ .d + .d .x\($0), .d p:nth-child(2n+1) { color: red }" }.joined(separator: "\n")
        let result = try inline(body, css: css)
        #expect(result.html.contains(#"<p style="color:red">x</p>"#))
    }

    @Test func refusesDocumentsLibxml2WouldTruncate() {
        let body = String(repeating: "<div>", count: 3_000) + "<p>x</p>"
        #expect(throws: EmailHTMLError.nestingTooDeep) { try inline(body, css: "p { color: red }") }
    }
}
