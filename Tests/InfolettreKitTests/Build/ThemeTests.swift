import Diagnostics
import Foundation
import Testing
@testable import InfolettreKit

/// Both built-in themes render the example; their key outputs are compared with golden files
/// (`INFOLETTRE_UPDATE_GOLDEN=1 swift test --filter ThemeTests` rewrites them after an intended change).
@Suite(.serialized) struct ThemeTests {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")
    static let goldenFiles = ["site/2026/48/index.html", "email/2026-48/email.html", "email/2026-48/email.txt"]

    private func compare(_ files: [String: Data], theme: String) throws {
        let update = ProcessInfo.processInfo.environment["INFOLETTRE_UPDATE_GOLDEN"] == "1"
        for path in Self.goldenFiles {
            let actual = try #require(files[path], "no \(path)")
            let golden = Self.goldenFolder.appendingPathComponent(theme).appendingPathComponent(path)
            if update {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: golden)
            }
            let expected = try Data(contentsOf: golden)
            #expect(actual == expected, "\(theme): \(path) differs from its golden file")
        }
    }

    @Test func defaultThemeMatchesItsGoldenFiles() throws {
        try compare(try BuilderTests.example.get().publicFiles, theme: "default")
    }

    @Test func sobreThemeChangesEmailTextAndSite() throws {
        let project = try TemporaryProject(copyingExample: true)
        let config = try project.read("infolettre.yml").replacingOccurrences(of: "theme: default", with: "theme: sobre")
        try project.write("infolettre.yml", config)
        _ = try Builder(options: BuildOptions(root: project.root, output: project.output),
                        console: RecordingConsole().console(.quiet)).build()
        let files = try FileTree.read(project.output)
        try compare(files, theme: "sobre")
        let defaults = try BuilderTests.example.get().publicFiles
        for path in Self.goldenFiles + ["site/assets/style.css"] {
            #expect(files[path] != defaults[path], "sobre should change \(path)")
        }
        // Templates sobre does not override come from its parent.
        #expect(files["site/tags/index.html"] != nil)
    }

    @Test func checkReportsAMissingI18nKey() throws {
        let project = try TemporaryProject.minimal()
        try project.write("Themes/default/templates/404.mustache", "<p>{{i18n.not_found_title}}</p>\n<p>{{i18n.cle_absente}}</p>\n")
        let recorder = RecordingConsole()
        let code = InfolettreCLI.run(["check", "--root", project.root.path], environment: [:],
                                     currentDirectory: project.root) { recorder.console($0) }
        #expect(code == 1)
        #expect(recorder.errors.contains("Themes/default/templates/404.mustache:2:6: error: missing i18n key 'cle_absente' for language 'fr'"))
    }

    @Test func brokenTemplateIsLocated() throws {
        let project = try TemporaryProject.minimal()
        try project.write("Themes/default/templates/404.mustache", "<p>\n{{#page}}\n</p>\n")
        do {
            _ = try Builder(options: BuildOptions(root: project.root, output: project.output),
                            console: RecordingConsole().console(.quiet)).build()
            Testing.Issue.record("the build should have failed")
        } catch {
            let diagnostic = try #require(error.diagnostics.first)
            #expect(diagnostic.file == "Themes/default/templates/404.mustache")
            #expect(diagnostic.location?.line == 2)
        }
    }

    @Test func englishSitesUseEnglishStringsAndDates() throws {
        let project = try TemporaryProject.minimal()
        try project.write("infolettre.yml", Samples.config + "language: en\n")
        _ = try Builder(options: BuildOptions(root: project.root, output: project.output),
                        console: RecordingConsole().console(.quiet)).build()
        let page = try project.read("output/site/2026/48/index.html")
        #expect(page.contains("<html lang=\"en\""))
        #expect(page.contains("Monday 23 November 2026"))
    }
}
