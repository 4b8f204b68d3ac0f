import Foundation
import Testing

@testable import Email

@Suite("Email checks")
struct EmailChecksTests {
    static let unsubscribe = "https://lettre.example.org/desinscription"

    static let goodEmail = """
        <!DOCTYPE html><html lang="fr"><head><title>N° 48</title></head><body>
        <div class="preheader" style="display:none">Au sommaire cette semaine</div>
        <table role="presentation" width="600"><tr><td><img src="https://e.org/a.png" alt="" width="600"></td></tr></table>
        <table><caption>Tarifs</caption><tr><th>Jour</th><td>15 €</td></tr></table>
        <a href="https://e.org/article">Lire</a> <a href="#haut">Haut</a> <a href="mailto:a@e.org">Écrire</a>
        <a href="\(unsubscribe)">Se désinscrire</a>
        </body></html>
        """

    private func statuses(_ html: String, budget: Int = 90 * 1024) throws -> [String: EmailCheck.Status] {
        let checks = try EmailChecks(options: .init(sizeBudget: budget, unsubscribeURL: Self.unsubscribe)).run(on: html)
        return Dictionary(uniqueKeysWithValues: checks.map { ($0.name, $0.status) })
    }

    @Test func aGoodEmailPassesEveryCheck() throws {
        let checks = try EmailChecks(options: .init(unsubscribeURL: Self.unsubscribe)).run(on: Self.goodEmail)
        #expect(checks.map(\.name) == [
            "size", "image-alt", "image-width", "table-role", "html-lang", "preheader", "absolute-urls", "no-script",
            "no-tracking-pixel", "unsubscribe-link",
        ])
        #expect(checks.filter { $0.status != .passed } == [])
        #expect(checks.first { $0.name == "preheader" }?.message == "preheader: Au sommaire cette semaine")
    }

    @Test func aBadEmailFailsEachCheck() throws {
        let bad = """
            <html><body><table><tr><td><img src="a.png"></td></tr></table>
            <img src="https://t.example.org/open.gif" width="1" height="1" alt="">
            <img src="https://t.example.org/p.gif" style="width:1px;height:1px" alt="" width="1">
            <script>alert(1)</script><a href="https://e.org/other">x</a></body></html>
            """
        let result = try statuses(bad)
        #expect(result == [
            "size": .passed, "image-alt": .failed, "image-width": .failed, "table-role": .failed, "html-lang": .failed,
            "preheader": .failed, "absolute-urls": .failed, "no-script": .failed, "no-tracking-pixel": .failed,
            "unsubscribe-link": .failed,
        ])
    }

    @Test func sizeOverBudgetIsAWarning() throws {
        #expect(try statuses(Self.goodEmail, budget: 100)["size"] == .warning)
    }

    @Test func missingUnsubscribeURLFails() throws {
        let checks = try EmailChecks().run(on: Self.goodEmail)
        #expect(checks.first { $0.name == "unsubscribe-link" }?.status == .failed)
    }

    @Test func relativeURLsInInlineStylesFail() throws {
        let html = Self.goodEmail.replacingOccurrences(of: "<td><img", with: #"<td style="background:url(bg.png)"><img"#)
        let checks = try EmailChecks(options: .init(unsubscribeURL: Self.unsubscribe)).run(on: html)
        #expect(checks.first { $0.name == "absolute-urls" }?.message == "1 URL(s) not absolute: bg.png")
    }
}
