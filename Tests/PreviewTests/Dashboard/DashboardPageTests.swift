import Foundation
import Testing
@testable import Preview

@Suite("Dashboard")
struct DashboardPageTests {
    @Test func listsTheIssueWithFramesTextDownloadPrivacyAndWarnings() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer(warnings: { ["email.html: image sans <alt>"] }) { _, port in
            let redirect = try PreviewFixture.get("/__preview", port: port)
            #expect(redirect.statusCode == 301)
            #expect(redirect.header("Location") == "/__preview/")
            let page = try PreviewFixture.get("/__preview/", port: port)
            #expect(page.statusCode == 200)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            let html = page.text
            #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
            #expect(html.contains("<details open><summary><h2>Numéro 2026-48</h2></summary>"))
            for width in [375, 600] {
                #expect(html.contains("<iframe src=\"/__preview/email/2026-48/email.html\" width=\"\(width)\""))
                #expect(html.contains("<iframe src=\"/__preview/email/2026-48/email.html?scheme=dark\" width=\"\(width)\""))
            }
            #expect(html.contains("<pre class=\"plain\">\nBonjour &lt;lecteur&gt; &amp; bienvenue</pre>"))
            #expect(html.contains("<a href=\"/__preview/email/2026-48/message.eml\" download>"))
            #expect(html.contains("<a href=\"/__preview/email/2026-48/members/email.html\">segment members</a>"))
            #expect(html.contains("<tr><td>name</td><td>9</td></tr>\n<tr><td>phone</td><td>4</td></tr>"))
            #expect(html.contains("<th scope=\"row\">Total</th><td>13</td>"))
            #expect(html.contains("<th scope=\"row\">Fils exclus</th><td>1</td>"))
            #expect(html.contains("<li>email.html: image sans &lt;alt&gt;</li>"))
        }
    }

    @Test func emailLinksServeTheBundleWithAttachmentForEml() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.withServer { _, port in
            let message = try PreviewFixture.get("/__preview/email/2026-48/message.eml", port: port)
            #expect(message.statusCode == 200)
            #expect(message.header("Content-Type") == "message/rfc822")
            #expect(message.header("Content-Disposition") == "attachment; filename=\"message.eml\"")
            let report = try PreviewFixture.get("/__preview/reports/2026-48/privacy.json", port: port)
            #expect(report.header("Content-Type") == "application/json; charset=utf-8")
            #expect(report.text == PreviewFixture.privacyJSON)
            #expect(try PreviewFixture.get("/__preview/nothing", port: port).statusCode == 404)
        }
    }

    @Test func issuesAreNewestFirstAndNamesAreEscaped() throws {
        let fixture = try PreviewFixture()
        defer { fixture.remove() }
        try fixture.write("output/email/2026-9/email.html", "<html></html>")
        try fixture.write("output/email/2025-52/email.html", "<html></html>")
        try fixture.write("output/email/x\"<y>/email.html", "<html></html>")
        let issues = IssuePreview.all(in: fixture.output)
        #expect(issues.map(\.id) == ["x\"<y>", "2026-48", "2026-9", "2025-52"])
        let html = DashboardPage(issues: issues, warnings: []).render()
        #expect(html.contains("<details open><summary><h2>Numéro x&quot;&lt;y&gt;</h2></summary>"))
        #expect(html.contains("<details><summary><h2>Numéro 2026-48</h2></summary>"))
        #expect(html.contains("src=\"/__preview/email/x%22%3Cy%3E/email.html\""))
        #expect(!html.contains("x\"<y>"))
        #expect(html.contains("Rapport <code>reports/2026-9/privacy.json</code> absent."))
        #expect(html.contains("Aucun avertissement."))
    }

    @Test func emptyOutputSaysHowToBuild() {
        let html = DashboardPage(issues: [], warnings: []).render()
        #expect(html.contains("lancez <code>infolettre build</code>"))
        #expect(IssuePreview.all(in: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)")).isEmpty)
    }

    @Test func unreadablePrivacyReportIsSaidSo() throws {
        #expect(PrivacySummary(reportData: Data("[]".utf8)) == nil)
        #expect(PrivacySummary(reportData: Data("{\"categories\":{\"name\":{}}}".utf8)) == nil)
        let summary = try #require(PrivacySummary(reportData: Data(PreviewFixture.privacyJSON.utf8)))
        #expect(summary.rows == [.init(category: "name", count: 9), .init(category: "phone", count: 4)])
    }
}
