import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

@Suite struct ContentLoaderTests {
    private func load(_ project: TemporaryProject, drafts: Bool = false) throws(DiagnosticsError) -> (Project, [Diagnostic]) {
        try ContentLoader(layout: ProjectLayout(root: project.root), includeDrafts: drafts).load()
    }

    private func errors(_ project: TemporaryProject) -> [Diagnostic] {
        do {
            _ = try load(project)
            return []
        } catch {
            return error.diagnostics.filter { $0.severity == .error }
        }
    }

    @Test func loadsArticlesAndIssues() throws {
        let project = try TemporaryProject.minimal()
        let (loaded, warnings) = try load(project)
        #expect(warnings.isEmpty)
        let article = try #require(loaded.article("premier-article"))
        #expect(article.title == "Premier article")
        #expect(article.tags == ["prévention"])
        #expect(article.bodyStartLine == 6)
        #expect(article.visibility == .public)
        let issue = try #require(loaded.issues.first)
        #expect(issue.id == "2026-48")
        #expect(issue.articles.map(\.slug) == ["premier-article"])
        #expect(issue.subject == "n° 48")
        #expect(issue.urlComponents == ("2026", "48"))
    }

    @Test func missingConfigSaysHowToStart() throws {
        let project = try TemporaryProject()
        let error = try #require(errors(project).first)
        #expect(error.message.hasPrefix("no infolettre.yml in"))
        #expect(error.hint?.contains("infolettre init") == true)
    }

    @Test func hugoAndJekyllKeysMigrate() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/ancien.md", """
        ---
        title: "Ancien billet"
        date: 2026-10-01
        author: "Marie Curie"
        description: "Un résumé"
        categories: [santé]
        layout: post
        published: false
        ---
        Texte.
        """)
        let (loaded, warnings) = try load(project, drafts: true)
        #expect(warnings.isEmpty)
        let article = try #require(loaded.article("ancien"))
        #expect(article.authors == ["Marie Curie"])
        #expect(article.summary == "Un résumé")
        #expect(article.draft)
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/brouillon.md", Samples.article(title: "Brouillon", extra: "draft: true\n"))
        #expect(try load(project).0.article("brouillon") == nil)
        #expect(try load(project, drafts: true).0.article("brouillon") != nil)
    }

    @Test func unknownArticleIsLocatedWithASuggestion() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["premier-artcle"]))
        let error = try #require(errors(project).first)
        #expect(error.description == """
        content/issues/2026-48.md:5:12: error: unknown article 'premier-artcle'
          hint: did you mean 'premier-article'?
        """)
    }

    @Test func draftInAnIssueIsAnError() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/premier-article.md", Samples.article(title: "P", extra: "draft: true\n"))
        #expect(errors(project).map(\.message) == ["article 'premier-article' is a draft"])
    }

    @Test func duplicateSlugs() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/autre.md", Samples.article(title: "Autre", extra: "slug: premier-article\n"))
        #expect(errors(project).contains { $0.message.hasPrefix("duplicate article slug 'premier-article'") })
    }

    @Test func invalidDateIsLocated() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/faux.md", "---\ntitle: Faux\ndate: 2026-13-45\n---\nTexte\n")
        let found = errors(project)
        #expect(found.count == 1)
        #expect(found.first?.file == "content/articles/faux.md")
        #expect(found.first?.location?.line == 3)
    }

    @Test func missingTitleIsReported() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/faux.md", "---\ndate: 2026-11-01\n---\nTexte\n")
        let found = errors(project)
        #expect(found.map(\.description) == ["content/articles/faux.md:2:1: error: missing required key 'title'"])
    }

    @Test func invalidUTF8IsLocated() throws {
        let project = try TemporaryProject.minimal()
        var bytes = Array("---\ntitle: \"Caf".utf8)
        bytes.append(0xE9)
        bytes += Array("\"\ndate: 2026-11-01\n---\n".utf8)
        try Data(bytes).write(to: project.root.appendingPathComponent("content/articles/latin1.md"))
        let error = try #require(errors(project).first)
        #expect(error.message == "the file is not valid UTF-8")
        #expect(error.location == SourceLocation(line: 2, column: 12))
    }

    @Test func missingFrontMatter() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/nu.md", "Juste du texte.\n")
        #expect(errors(project).contains { $0.message == "missing front matter" && $0.file == "content/articles/nu.md" })
    }

    @Test func issueFileMustBeNamedByWeek() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/issues/novembre.md", Samples.issue(articles: []))
        #expect(errors(project).contains { $0.message == "issue file name 'novembre' is not an issue id" })
    }

    @Test func explicitDiscussionsFileMustExist() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/issues/2026-48.md", Samples.issue(articles: [], extra: "discussions: content/discussions/absent.json\n"))
        #expect(errors(project).map(\.message) == ["discussions export 'content/discussions/absent.json' not found"])
    }

    @Test func unknownFrontMatterKeyWarns() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/articles/premier-article.md", Samples.article(title: "P", extra: "tgas: [x]\n"))
        let (_, warnings) = try load(project)
        #expect(warnings.map(\.hint) == ["did you mean 'tags'?"])
    }

    @Test func issueIDValidation() {
        #expect(Issue.isValidID("2026-48"))
        #expect(Issue.isValidID("2027-01"))
        #expect(!Issue.isValidID("2026-54"))
        #expect(!Issue.isValidID("2026-00"))
        #expect(!Issue.isValidID("26-48"))
        #expect(!Issue.isValidID("2026_48"))
    }
}
