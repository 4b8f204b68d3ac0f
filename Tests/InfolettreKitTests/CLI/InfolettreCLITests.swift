import Foundation
import Testing
@testable import InfolettreKit

@Suite struct InfolettreCLITests {
    private func run(_ arguments: [String], in directory: URL = FileManager.default.temporaryDirectory,
                     environment: [String: String] = [:]) -> (code: Int32, output: String, errors: String) {
        let recorder = RecordingConsole()
        let code = InfolettreCLI.run(arguments, environment: environment, currentDirectory: directory) { recorder.console($0) }
        return (code, recorder.output, recorder.errors)
    }

    @Test func versionAndHelp() {
        #expect(run(["--version"]).output == "infolettre \(InfolettreVersion.current)\n")
        #expect(run(["--help"]).output.contains("COMMANDS:"))
        for command in Command.allCases {
            let result = run([command.rawValue, "--help"])
            #expect(result.code == 0)
            #expect(result.output.hasPrefix("USAGE: infolettre \(command.rawValue)"))
        }
    }

    @Test func usageErrorsExitWithTwo() {
        let unknown = run(["biuld"])
        #expect(unknown.code == 2)
        #expect(unknown.errors.contains("error: unknown command 'biuld'"))
        #expect(unknown.errors.contains("did you mean 'build'?"))
        #expect(run(["build", "--colour"]).code == 2)
        #expect(run(["build", "--issue"]).code == 2)
        #expect(run(["build", "--issue", "48"]).errors.contains("expected an issue id"))
        #expect(run(["build", "--audience", "everyone"]).code == 2)
        #expect(run(["build", "--only", "pages"]).errors.contains("expected site or email"))
        #expect(run([]).code == 2)
    }

    @Test func initThenBuildThenCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["init", folder.path]).code == 0)
        #expect(run(["init", folder.path]).code == 1)
        let build = run(["build", "--quiet"], in: folder)
        #expect(build.code == 0, "\(build.errors)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("output/site/index.html").path))
        #expect(run(["check"], in: folder).code == 0)

        #expect(run(["new", "article", "Été 2026 : bilan", "--date", "2026-11-24"], in: folder).code == 0)
        let article = try String(contentsOf: folder.appendingPathComponent("content/articles/ete-2026-bilan.md"), encoding: .utf8)
        #expect(article.contains("title: \"Été 2026 : bilan\""))
        #expect(article.contains("date: 2026-11-24"))
        #expect(article.contains("draft: true"))
        #expect(run(["new", "article", "Été 2026 : bilan"], in: folder).code == 1)
        #expect(run(["new", "issue", "2030-02"], in: folder).code == 0)
        #expect(run(["new", "issue"], in: folder).code == 0)
        let issues = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("content/issues").path)
        #expect(issues.count == 3)
        #expect(issues.contains("2030-03.md"))
        #expect(run(["check"], in: folder).code == 0)
    }

    @Test func onlyBuildsOnePart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(run(["init", folder.path]).code == 0)
        let exists = { (path: String) in FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path) }
        #expect(run(["build", "--quiet", "--only", "site"], in: folder).code == 0)
        #expect(exists("output/site/index.html") && !exists("output/email"))
        #expect(run(["build", "--quiet", "--only", "email"], in: folder).code == 0)
        #expect(exists("output/email") && !exists("output/site"))
    }

    @Test func checkReportsErrorsWithLocationsAndExitsWithOne() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["absent"]))
        let result = run(["check", "--root", project.root.path])
        #expect(result.code == 1)
        #expect(result.errors.contains("content/issues/2026-48.md:5:12: error: unknown article 'absent'"))
        #expect(!FileManager.default.fileExists(atPath: project.output.path))
    }

    @Test func noColourWithoutATerminalOrWithNO_COLOR() throws {
        let project = try TemporaryProject.minimal()
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["absent"]))
        #expect(!run(["check", "--root", project.root.path], environment: ["NO_COLOR": "1"]).errors.contains("\u{1B}["))
    }

    @Test func progressShowsStagesUnlessQuiet() throws {
        let project = try TemporaryProject.minimal()
        let normal = run(["build", "--root", project.root.path])
        #expect(normal.code == 0)
        for stage in ["load", "theme", "discussions", "render", "email", "site", "write"] {
            #expect(normal.output.contains("✓ \(stage)"), "no progress line for \(stage)")
        }
        #expect(run(["build", "--quiet", "--root", project.root.path]).output.isEmpty)
    }

    @Test func markdownCommandRendersFiles() throws {
        let project = try TemporaryProject()
        try project.write("a.md", "# Titre\n\n| a |\n|---|\n| b |\n\n<b>x</b>\n")
        let html = run(["markdown", "a.md"], in: project.root)
        #expect(html.code == 0)
        #expect(html.output.contains("<h1>Titre</h1>"))
        #expect(html.output.contains("<table>"))
        #expect(!html.output.contains("<b>x</b>"))
        let strict = run(["markdown", "--commonmark", "--unsafe", "a.md"], in: project.root)
        #expect(!strict.output.contains("<table>"))
        #expect(strict.output.contains("<b>x</b>"))
        let text = run(["markdown", "--to", "text", "a.md"], in: project.root)
        #expect(text.output.contains("Titre"))
        #expect(!text.output.contains("<h1>"))
        #expect(run(["markdown", "--to", "pdf", "a.md"], in: project.root).code == 2)
        #expect(run(["markdown", "absent.md"], in: project.root).code == 1)
    }

    @Test func anonymizeWritesTheSameFormat() throws {
        let project = try TemporaryProject(copyingExample: true)
        let result = run(["anonymize", "content/discussions/2026-46.json", "-o", "anon.json"], in: project.root)
        #expect(result.code == 0, "\(result.errors)")
        let text = try project.read("anon.json")
        #expect(text.contains("infolettre-discussions/1"))
        #expect(!text.contains("Claire Dubois"))
        #expect(!text.contains("claire.dubois@exemple.fr"))
        let jsonl = run(["anonymize", "content/discussions/2026-48.jsonl"], in: project.root)
        #expect(jsonl.code == 0, "\(jsonl.errors)")
        #expect(FileManager.default.fileExists(atPath: project.root.appendingPathComponent("content/discussions/2026-48.anonymized.jsonl").path))
    }
}
