import Foundation
import Templates
import Testing

@Suite struct DirectoryTemplateSourceTests {
    /// A theme folder and a defaults folder in a fresh temporary directory.
    private func makeFolders() throws -> (theme: URL, defaults: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        let theme = root.appendingPathComponent("theme")
        let defaults = root.appendingPathComponent("defaults")
        try FileManager.default.createDirectory(at: theme, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: defaults.appendingPathComponent("partials"), withIntermediateDirectories: true)
        try "<h1>{{title}}</h1>{{>partials/footer}}".write(
            to: defaults.appendingPathComponent("issue.mustache"), atomically: true, encoding: .utf8)
        try "default footer".write(
            to: defaults.appendingPathComponent("partials/footer.mustache"), atomically: true, encoding: .utf8)
        try "<h2>{{title}}</h2>".write(
            to: theme.appendingPathComponent("issue.mustache"), atomically: true, encoding: .utf8)
        return (theme, defaults)
    }

    @Test func firstDirectoryWins() throws {
        let (theme, defaults) = try makeFolders()
        defer { try? FileManager.default.removeItem(at: theme.deletingLastPathComponent()) }
        let themed = TemplateEngine(source: DirectoryTemplateSource(directories: [theme, defaults]))
        let plain = TemplateEngine(source: DirectoryTemplateSource(directories: [defaults]))
        #expect(try themed.render("issue", ["title": "N°1"]) == "<h2>N°1</h2>")
        #expect(try plain.render("issue", ["title": "N°1"]) == "<h1>N°1</h1>default footer")
    }

    @Test func reportsTheFilePath() throws {
        let (theme, defaults) = try makeFolders()
        defer { try? FileManager.default.removeItem(at: theme.deletingLastPathComponent()) }
        let source = DirectoryTemplateSource(directories: [theme, defaults])
        let found = try #require(try source.template(named: "partials/footer"))
        #expect(found.path == defaults.appendingPathComponent("partials/footer.mustache").path)
        #expect(found.text == "default footer")
    }

    @Test(arguments: ["../defaults/issue", "/etc/passwd", "", "partials//footer", "./issue"])
    func rejectsNamesLeavingTheDirectories(name: String) throws {
        let (theme, defaults) = try makeFolders()
        defer { try? FileManager.default.removeItem(at: theme.deletingLastPathComponent()) }
        #expect(try DirectoryTemplateSource(directories: [theme, defaults]).template(named: name) == nil)
    }
}
