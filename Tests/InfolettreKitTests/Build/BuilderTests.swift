import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

/// End-to-end builds of the example newsletter in `content/` and of small projects.
@Suite(.serialized) struct BuilderTests {
    private func build(_ project: TemporaryProject, audience: BuildOptions.Audience = .public,
                       output: URL? = nil) throws(DiagnosticsError) -> Builder.Result {
        let options = BuildOptions(root: project.root, output: output ?? project.output, audience: audience)
        return try Builder(options: options, console: RecordingConsole().console(.quiet)).build()
    }

    private func files(under url: URL) throws -> [String: Data] { try FileTree.read(url) }

    /// The example newsletter built once, public and members variants, shared by the tests that read it.
    static let example = Result { try ExampleBuild() }

    struct ExampleBuild: Sendable {
        let project: TemporaryProject
        let publicFiles: [String: Data]
        let memberFiles: [String: Data]

        init() throws {
            project = try TemporaryProject(copyingExample: true)
            project.removeAtExit()
            let console = RecordingConsole().console(.quiet)
            _ = try Builder(options: BuildOptions(root: project.root, output: project.output), console: console).build()
            let members = project.root.appendingPathComponent("members")
            _ = try Builder(options: BuildOptions(root: project.root, output: members, audience: .members), console: console).build()
            publicFiles = try FileTree.read(project.output)
            memberFiles = try FileTree.read(members)
        }
    }

    @Test func buildsTheExampleNewsletter() throws {
        let output = try Self.example.get().publicFiles
        for issue in ["2026-46", "2026-47", "2026-48"] {
            for file in ["email.html", "email.txt", "message.eml", "manifest.json"] {
                #expect(output["email/\(issue)/\(file)"] != nil, "missing email/\(issue)/\(file)")
            }
            #expect(output["reports/\(issue)/privacy.json"] != nil)
            #expect(output["reports/\(issue)/stats.json"] != nil)
        }
        for page in ["index.html", "2026/48/index.html", "articles/cotation-soins-2027/index.html", "archive/index.html",
                     "tags/index.html", "search/index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml",
                     "robots.txt", "search-index.json", "assets/style.css"] {
            #expect(output["site/\(page)"] != nil, "missing site/\(page)")
        }
        let issuePage = String(decoding: try #require(output["site/2026/48/index.html"]), as: UTF8.self)
        #expect(issuePage.contains("<html lang=\"fr\""))
        #expect(issuePage.contains("Cotation des soins"))
        let email = String(decoding: try #require(output["email/2026-48/email.html"]), as: UTF8.self)
        #expect(email.contains("Discussions de la semaine"))
        #expect(email.contains("https://lettre.cercle-infirmier.example/desabonnement"))
        let text = String(decoding: try #require(output["email/2026-48/email.txt"]), as: UTF8.self)
        #expect(text.contains("Discussions de la semaine"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 || !$0.contains(" ") })
        let manifestData = try #require(output["email/2026-48/manifest.json"])
        let manifest = try #require(try JSONSerialization.jsonObject(with: manifestData) as? [String: Any])
        #expect(manifest["subject"] as? String == "Cotations 2027, gardes en EHPAD et vos meilleures discussions")
    }

    @Test func sponsoredArticlesAreLabelled() throws {
        let output = try Self.example.get().publicFiles
        let page = String(decoding: try #require(output["site/articles/prevoyance-liberale-partenaire/index.html"]), as: UTF8.self)
        #expect(page.contains("Partenaire"))
        #expect(page.contains("MutuSoins Assurances"))
    }

    @Test func publicSiteHidesMembersOnlyArticlesAndDiscussions() throws {
        let example = try Self.example.get()
        #expect(example.publicFiles["site/articles/enquete-conditions-exercice-2026/index.html"] == nil)
        #expect(example.memberFiles["site/articles/enquete-conditions-exercice-2026/index.html"] != nil)
        let publicIssue = String(decoding: try #require(example.publicFiles["site/2026/46/index.html"]), as: UTF8.self)
        let membersIssue = String(decoding: try #require(example.memberFiles["site/2026/46/index.html"]), as: UTF8.self)
        #expect(!publicIssue.contains("Membre A"))
        #expect(membersIssue.contains("Membre A"))
        // The search index's documents: SiteSearchIndexTests.
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let example = try Self.example.get()
        let again = example.project.root.appendingPathComponent("again")
        let options = BuildOptions(root: example.project.root, output: again)
        _ = try Builder(options: options, console: RecordingConsole().console(.quiet)).build()
        #expect(try FileTree.read(again) == example.publicFiles)
    }

    @Test func aFailedBuildKeepsThePreviousOutput() throws {
        let project = try TemporaryProject.minimal()
        _ = try build(project)
        let before = try files(under: project.output)
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["absent"]))
        #expect(throws: DiagnosticsError.self) { try build(project) }
        #expect(try files(under: project.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter { $0.hasPrefix(".output") }
        #expect(leftovers.isEmpty)
    }

    @Test func aKilledBuildsLeftoversAreCleanedAndOutputKept() throws {
        let project = try TemporaryProject.minimal()
        _ = try build(project)
        let before = try files(under: project.output)
        // What a build killed while writing leaves: a partial staging folder beside the output.
        try project.write(".output.staging-killed/site/index.html", "<partial")
        #expect(try files(under: project.output) == before)
        _ = try build(project)
        #expect(!FileManager.default.fileExists(atPath: project.root.appendingPathComponent(".output.staging-killed").path))
        #expect(try files(under: project.output) == before)
    }

    @Test func anArticleNestedTooDeeplyForEmailsIsLocated() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/premier-article.md",
                          Samples.article(title: "Premier article") + "\n" + String(repeating: ">", count: 400) + " trop profond\n")
        do {
            _ = try build(project)
            Testing.Issue.record("the build should have failed")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.message == "cannot build the email of issue 2026-48: the email HTML nests elements more than 256 levels deep")
            #expect(diagnostic.file == "content/issues/2026-48.md")
            #expect(diagnostic.hint?.contains("flatten") == true)
        }
    }

    @Test func feedsCarryTheNewestIssuesUpToTheLimit() throws {
        let project = try TemporaryProject(copyingExample: true)
        try project.write(ConfigLoader.fileName, try project.read(ConfigLoader.fileName) + "site: {feed_limit: 2}\n")
        _ = try build(project)
        let atom = try project.read("output/site/feed.xml")
        #expect(atom.components(separatedBy: "<entry>").count - 1 == 2)
        #expect(atom.contains("/2026/48/") && atom.contains("/2026/47/") && !atom.contains("/2026/46/"))
        let json = try JSONSerialization.jsonObject(with: Data(try project.read("output/site/feed.json").utf8)) as? [String: Any]
        #expect((json?["items"] as? [Any])?.count == 2)
    }

    @Test func anArticleQuotingAMemberFailsTheLeakCheck() throws {
        let project = try TemporaryProject(copyingExample: true)
        let path = "content/articles/cotation-soins-2027.md"
        try project.write(path, try project.read(path) + "\nMerci à Claire Dubois pour son aide.\n")
        do {
            _ = try build(project)
            Testing.Issue.record("the build should have failed")
        } catch {
            let leak = try #require(error.diagnostics.first { $0.message.hasPrefix("personal data leak") })
            #expect(leak.message.contains("name"))
            #expect(!error.description.contains("Claire Dubois"))
            #expect(leak.file?.hasPrefix("output/") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: project.output.path))
    }

    @Test func anExportInTheWrongFormatIsReported() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/discussions/2026-48.json", "{\"format\": \"autre/2\", \"members\": []}")
        do {
            _ = try build(project)
            Testing.Issue.record("the build should have failed")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == "content/discussions/2026-48.json")
            #expect(diagnostic.location != nil)
        }
    }

    @Test func unknownThemeSuggestsTheClosest() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "theme: defualt\n")
        do {
            _ = try build(project)
            Testing.Issue.record("the build should have failed")
        } catch {
            #expect(error.diagnostics.first?.message == "unknown theme 'defualt'")
            #expect(error.diagnostics.first?.hint == "did you mean 'default'?")
        }
    }

    @Test func aBrokenInternalLinkFailsTheBuild() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/premier-article.md",
                          Samples.article(title: "Premier article", body: "Voir [l'ancien numéro](/2019/01/) et [la HAS](https://www.has-sante.fr)."))
        do {
            _ = try build(project)
            Testing.Issue.record("the build should have failed")
        } catch {
            let broken = error.diagnostics.filter { $0.message.hasPrefix("broken internal link") }
            #expect(broken.contains { $0.message == "broken internal link to '/2019/01/'" && $0.file == "output/site/articles/premier-article/index.html" })
            #expect(!broken.contains { $0.message.contains("has-sante") })
        }
        #expect(!FileManager.default.fileExists(atPath: project.output.path))
    }

    @Test func projectThemesOverrideSingleTemplates() throws {
        let project = try TemporaryProject.minimal()
        try project.write("Themes/default/templates/404.mustache", "<!DOCTYPE html><title>x</title><p>Perdu : {{site.title}}</p>\n")
        _ = try build(project)
        #expect(try project.read("output/site/404.html").contains("Perdu : La Lettre du Test"))
        #expect(try project.read("output/site/index.html").contains("<html"))
    }
}
