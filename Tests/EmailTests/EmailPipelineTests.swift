import Foundation
import Testing

@testable import Email

/// The whole path the lead's orchestrator takes: inline, finish, check, write the `.eml`, read it back.
@Suite("Email pipeline")
struct EmailPipelineTests {
    static let template = """
        <!DOCTYPE html>
        <html lang="fr"><head><meta charset="utf-8"><title>Infolettre n° 48</title>
        <!--[if mso]><xml><o:OfficeDocumentSettings><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
        <style>
        body { margin: 0; background-color: #f4f1ea }
        .preheader { display: none; max-height: 0; overflow: hidden }
        .wrapper { width: 600px; margin: 0 auto }
        .wrapper td { font-family: Georgia, serif; color: #222 }
        a { color: #0b5d75 }
        a:hover { text-decoration: none }
        @media (prefers-color-scheme: dark) { body, .wrapper td { background-color: #111 !important; color: #eee !important } }
        </style></head>
        <body><div class="preheader">Soins palliatifs, nouveautés de l’été</div>
        <!--[if mso]><table role="presentation" width="600" align="center"><tr><td><![endif]-->
        <table class="wrapper" role="presentation"><tr><td>
        <h1>Soins palliatifs</h1><p>Lire <a href="articles/soins-palliatifs/">l’article</a>.</p>
        <img src="images/une.jpg" alt="Une infirmière" style="width: 560px">
        <p><a href="{{ UnsubscribeURL }}">Se désinscrire</a></p>
        </td></tr></table>
        <!--[if mso]></td></tr></table><![endif]-->
        </body></html>
        """

    @Test func producesACheckedParsableMessage() throws {
        let inlined = try CSSInliner().inline(Self.template)
        let finished = try EmailHTMLFinisher(options: .init(
            baseURL: URL(string: "https://lettre.example.org/")!,
            utm: UTMParameters(source: "infolettre", campaign: "2026-48"), unsubscribeURL: "{{ UnsubscribeURL }}"))
            .finish(inlined.html)
        let checks = try EmailChecks(options: .init(unsubscribeURL: "{{ UnsubscribeURL }}")).run(on: finished.html)
        #expect(checks.filter { $0.status != .passed }.map(\.name) == [])
        #expect(finished.links == [
            EmailLink(text: "l’article", url: "https://lettre.example.org/articles/soins-palliatifs/?utm_source=infolettre&utm_medium=email&utm_campaign=2026-48"),
            EmailLink(text: "Se désinscrire", url: "{{ UnsubscribeURL }}"),
        ])
        #expect(finished.html.contains("<!--[if mso]><table role=\"presentation\" width=\"600\" align=\"center\"><tr><td><![endif]-->"))
        #expect(finished.html.contains(#"<img src="https://lettre.example.org/images/une.jpg" alt="Une infirmière" style="width:560px" width="560">"#))

        let message = EmailMessage(
            from: EmailAddress(name: "Infolettre des IDE", address: "lettre@example.org"),
            to: [EmailAddress(address: "subscriber@example.invalid")], subject: "Infolettre n° 48 : soins palliatifs",
            date: Date(timeIntervalSince1970: 1_795_961_438), messageIDSeed: "2026-48",
            listUnsubscribe: ListUnsubscribe(url: "https://lettre.example.org/u/42", mailto: "u@example.org"),
            textBody: "Soins palliatifs\n\nLire l’article : https://lettre.example.org/articles/soins-palliatifs/\n",
            htmlBody: finished.html)
        guard let parsed = try PythonEmailParser.parse(try message.serialize()) else { return }
        #expect(parsed["subject"] as? String == message.subject)
        #expect(parsed["defects"] as? Int == 0)
        let bodies = (parsed["bodies"] as? [String])?.map { $0.replacingOccurrences(of: "\r\n", with: "\n") }
        #expect(bodies == [message.textBody, finished.html])
    }
}
