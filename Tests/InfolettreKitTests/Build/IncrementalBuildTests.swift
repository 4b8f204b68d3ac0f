import Foundation
import Testing
@testable import InfolettreKit

/// Rebuilds with a `BuildCache` (as the preview server does) give the same bytes as full builds, and rewrite
/// only the files that changed.
@Suite(.serialized) struct IncrementalBuildTests {
    private func build(_ project: TemporaryProject, output: URL, cache: BuildCache?) throws {
        _ = try Builder(options: BuildOptions(root: project.root, output: output),
                        console: RecordingConsole().console(.quiet), cache: cache).build()
    }

    private func inode(_ url: URL) throws -> UInt64? {
        (try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? NSNumber)?.uint64Value
    }

    /// Builds incrementally after `change`, then fully into another folder, and compares.
    private func expectIncrementalEqualsFull(_ project: TemporaryProject, cache: BuildCache,
                                             change: () throws -> Void) throws {
        try change()
        try build(project, output: project.output, cache: cache)
        let full = project.root.appendingPathComponent("full-\(UUID().uuidString)")
        try build(project, output: full, cache: nil)
        #expect(try FileTree.read(project.output) == FileTree.read(full))
        try FileManager.default.removeItem(at: full)
    }

    @Test func everyKindOfChangeGivesTheFullBuildsBytes() throws {
        let project = try TemporaryProject(copyingExample: true)
        let cache = BuildCache()
        try build(project, output: project.output, cache: cache)

        let untouched = project.output.appendingPathComponent("email/2026-46/email.html")
        let touched = project.output.appendingPathComponent("site/articles/cotation-soins-2027/index.html")
        let untouchedBefore = try inode(untouched)
        let touchedBefore = try inode(touched)
        try expectIncrementalEqualsFull(project, cache: cache) {
            let path = "content/articles/cotation-soins-2027.md"
            try project.write(path, try project.read(path) + "\nUn paragraphe ajouté.\n")
        }
        // The edited article's page was rewritten; an email of another issue was only linked.
        #expect(try inode(untouched) == untouchedBefore)
        #expect(try inode(touched) != touchedBefore)

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
}
