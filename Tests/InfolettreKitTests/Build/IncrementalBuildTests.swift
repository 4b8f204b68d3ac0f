import Foundation
import Testing
@testable import InfolettreKit

/// Rebuilds into a kept output, in the same process with a `BuildCache` (as the preview server does) or in a
/// new one (`infolettre build` again), give the same bytes as full builds and rewrite only the files that
/// changed.
@Suite(.serialized) struct IncrementalBuildTests {
    private func build(_ project: TemporaryProject, output: URL, cache: BuildCache?) throws {
        _ = try Builder(options: BuildOptions(root: project.root, output: output),
                        console: RecordingConsole().console(.quiet), cache: cache).build()
    }

    private func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// Builds incrementally after `change`, then fully into another folder, and compares.
    private func expectIncrementalEqualsFull(_ project: TemporaryProject, cache: BuildCache?,
                                             change: () throws -> Void) throws {
        try change()
        try build(project, output: project.output, cache: cache)
        let full = project.root.appendingPathComponent("full-\(UUID().uuidString)")
        try build(project, output: full, cache: nil)
        #expect(try FileTree.read(project.output) == FileTree.read(full))
        try FileManager.default.removeItem(at: full)
    }

    @Test(arguments: [true, false]) func everyKindOfChangeGivesTheFullBuildsBytes(inOneProcess: Bool) throws {
        let project = try TemporaryProject(copyingExample: true)
        let cache = inOneProcess ? BuildCache() : nil
        try build(project, output: project.output, cache: cache)

        // Outputs that do not show the edited article's text: another issue's email, another issue's article, a tag
        // the article does not have, the sitemap (URLs and dates); and, as the default theme lists articles by
        // title and summary, its tag page, its issue's page, the home page and the other articles of its issue.
        let untouched = ["email/2026-46/email.html", "site/articles/vaccination-hpv-college/index.html",
                         "site/tags/vaccination/index.html", "site/sitemap.xml", "site/tags/cotation/index.html",
                         "site/2026/48/index.html", "site/index.html", "site/articles/gardes-ehpad-nuit/index.html"]
            .map(project.output.appendingPathComponent)
        let touched = ["site/articles/cotation-soins-2027/index.html", "email/2026-48/email.html",
                       "site/search-index.json", "site/search-index/0.json"].map(project.output.appendingPathComponent)
        let untouchedBefore = try untouched.map(inode)
        let touchedBefore = try touched.map(inode)
        try expectIncrementalEqualsFull(project, cache: cache) {
            let path = "content/articles/cotation-soins-2027.md"
            try project.write(path, try project.read(path) + "\nUn paragraphe ajouté.\n")
        }
        // What shows the edited article was rewritten; the rest was left as it was on disk.
        #expect(try untouched.map(inode) == untouchedBefore)
        for (url, before) in zip(touched, touchedBefore) { #expect(try inode(url) != before, "\(url.path)") }

        let added = "content/articles/note-de-service.md"
        try expectIncrementalEqualsFull(project, cache: cache) {
            try project.write(added, "---\ntitle: Note de service\ndate: 2026-11-20\ntags: [hôpital]\n---\n\nTexte.\n")
        }
        try expectIncrementalEqualsFull(project, cache: cache) {
            try FileManager.default.removeItem(at: project.root.appendingPathComponent(added))
        }
        #expect(!FileManager.default.fileExists(atPath: project.output.appendingPathComponent("site/articles/note-de-service").path))

        try expectIncrementalEqualsFull(project, cache: cache) {
            try project.write("Themes/default/templates/404.mustache", "<!DOCTYPE html><title>x</title><p>Perdu</p>\n")
        }
        try expectIncrementalEqualsFull(project, cache: cache) {
            let config = try project.read("infolettre.yml").replacingOccurrences(of: "theme: default", with: "theme: sobre")
            try project.write("infolettre.yml", config)
        }
        try expectIncrementalEqualsFull(project, cache: cache) {
            let config = try project.read("infolettre.yml") + "email: {text_width: 60}\n"
            try project.write("infolettre.yml", config)
        }
    }

    /// A page is kept while what it read is unchanged: a theme showing the bodies of a tag's articles has its tag
    /// pages made again when a body changes, and an edit that changes an article's reading time remakes its listings.
    @Test(arguments: [true, false]) func pagesAreMadeAgainWhenWhatTheyShowChanges(showingBodies: Bool) throws {
        let project = try TemporaryProject(copyingExample: true)
        if showingBodies {
            try project.write("Themes/default/templates/tag.mustache", """
                <!DOCTYPE html><html lang="fr"><title>{{page.title}}</title>
                {{#page.articles}}<h2>{{title}}</h2>{{{content_html}}}{{/page.articles}}</html>

                """)
        }
        try build(project, output: project.output, cache: nil)
        let tagPage = project.output.appendingPathComponent("site/tags/cotation/index.html")
        let path = "content/articles/cotation-soins-2027.md"
        let before = try inode(tagPage)
        try expectIncrementalEqualsFull(project, cache: nil) {
            try project.write(path, try project.read(path) + "\nUn paragraphe ajouté.\n")
        }
        #expect(try inode(tagPage) != before || !showingBodies)
        #expect(try String(contentsOf: tagPage, encoding: .utf8).contains("Un paragraphe ajouté") == showingBodies)

        // Nine hundred more words: a longer reading time, shown on every listing.
        let afterEdit = try inode(tagPage)
        try expectIncrementalEqualsFull(project, cache: nil) {
            try project.write(path, try project.read(path) + "\n" + String(repeating: "Un mot de plus. ", count: 300) + "\n")
        }
        #expect(try inode(tagPage) != afterEdit)
    }

    @Test func bodiesOfUnreadFilesAreReadWhenTheyMustBeRenderedAgain() throws {
        let project = try TemporaryProject(copyingExample: true)
        try build(project, output: project.output, cache: nil)
        // Without stored bodies, every body is rendered again, from files the loader did not read.
        try FileManager.default.removeItem(at: project.output.appendingPathComponent(RenderedBodyStore.folderName))
        try expectIncrementalEqualsFull(project, cache: nil) {}
    }
}
