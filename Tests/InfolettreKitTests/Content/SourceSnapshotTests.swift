import Foundation
import Testing
@testable import InfolettreKit

/// Files unchanged on disk since the last build come from its snapshot, unread; anything that changes a
/// file's identity, or what its parse depends on, makes the loader read it again.
@Suite struct SourceSnapshotTests {
    private let articlePath = "content/articles/premier-article.md"

    private func loader(_ project: TemporaryProject, snapshot: SourceSnapshot = SourceSnapshot()) -> ContentLoader {
        var loader = ContentLoader(layout: ProjectLayout(root: project.root))
        loader.snapshot = snapshot
        return loader
    }

    /// The snapshot of `project` with the article's title replaced, to tell a snapshot hit from a parse.
    private func snapshotWithAlteredTitle(_ project: TemporaryProject) throws -> SourceSnapshot {
        var snapshot = try loader(project).loadWithSnapshot().snapshot
        let entry = try #require(snapshot[articlePath])
        guard case .article(var article) = entry.source else { throw SnapshotTestError.notAnArticle }
        article.title = "Titre du cliché"
        snapshot[articlePath] = SourceSnapshot.Entry(identity: entry.identity, context: entry.context,
                                                     source: .article(article), bodyLength: entry.bodyLength)
        return snapshot
    }

    private enum SnapshotTestError: Error { case notAnArticle }

    @Test func anUnchangedFileComesFromTheSnapshotWithItsBodyReadOnDemand() throws {
        let project = try TemporaryProject.minimal()
        let fresh = try loader(project).load().0
        let snapshot = try snapshotWithAlteredTitle(project)
        let article = try #require(try loader(project, snapshot: snapshot).load().0.articles.first)
        #expect(article.title == "Titre du cliché")
        #expect(article.body.text == fresh.articles.first?.body.text)
        #expect(article.fingerprint == fresh.articles.first?.fingerprint)
    }

    @Test func aRewrittenFileIsReadAgain() throws {
        let project = try TemporaryProject.minimal()
        let snapshot = try snapshotWithAlteredTitle(project)
        // Same bytes, new modification time: the identity changed, so the file is parsed again.
        try project.write(articlePath, try project.read(articlePath))
        #expect(try loader(project, snapshot: snapshot).load().0.articles.first?.title == "Premier article")
    }

    /// The next snapshot is the last one updated: files that are gone, or that now have a diagnostic, leave it.
    @Test func deletedFilesAndFilesWithWarningsLeaveTheSnapshot() throws {
        let project = try TemporaryProject.minimal()
        let other = "content/articles/second-article.md", warned = "content/articles/troisieme.md"
        try project.write(other, Samples.article(title: "Second article"))
        try project.write(warned, Samples.article(title: "Troisième"))
        let snapshot = try loader(project).loadWithSnapshot().snapshot
        #expect(snapshot.entries.count == 4)
        try FileManager.default.removeItem(at: project.root.appendingPathComponent(other))
        try project.write(warned, Samples.article(title: "Troisième", extra: "unknown: 1\n"))
        let (_, warnings, next) = try loader(project, snapshot: snapshot).loadWithSnapshot()
        #expect(warnings.contains { $0.file == warned })
        #expect(Set(next.entries.keys) == [articlePath, "content/issues/2026-48.md"])
        #expect(next[articlePath] === snapshot[articlePath])
    }

    @Test func anIssueIsParsedAgainWhenItsDefaultExportAppears() throws {
        let project = try TemporaryProject.minimal()
        let snapshot = try loader(project).loadWithSnapshot().snapshot
        #expect(try loader(project, snapshot: snapshot).load().0.issues.first?.discussionsPath == nil)
        try project.write("content/discussions/2026-48.json", "[]")
        #expect(try loader(project, snapshot: snapshot).load().0.issues.first?.discussionsPath
            == "content/discussions/2026-48.json")
    }

    @Test func theSnapshotRoundTripsEveryField() throws {
        let project = try TemporaryProject(copyingExample: true)
        let (fresh, _, snapshot) = try loader(project).loadWithSnapshot()
        for shard in snapshot.shards {
            try project.write("output/" + shard.path, "")
            try shard.data().write(to: project.output.appendingPathComponent(shard.path))
        }
        let read = SourceSnapshot.read(from: project.output)
        #expect(read.encoded() == snapshot.encoded())
        // Shards read back unchanged are fingerprinted from their files' bytes, as the encoded ones are.
        #expect(read.shards.map { $0.data() } == snapshot.shards.map { $0.data() })
        #expect(read.shards.map(\.fingerprint) == snapshot.shards.map(\.fingerprint))
        let reloaded = try loader(project, snapshot: read).load().0
        #expect(reloaded.articles == fresh.articles)
        #expect(reloaded.issues == fresh.issues)
        #expect(reloaded.articles.map(\.fingerprint) == fresh.articles.map(\.fingerprint))
        #expect(reloaded.issues.map(\.fingerprint) == fresh.issues.map(\.fingerprint))
    }

    @Test func aDamagedShardLeavesOnlyItsEntriesOut() throws {
        let project = try TemporaryProject.minimal()
        let snapshot = try loader(project).loadWithSnapshot().snapshot
        for shard in snapshot.shards {
            try project.write("output/" + shard.path, "")
            try shard.data().write(to: project.output.appendingPathComponent(shard.path))
        }
        let damaged = SourceSnapshot.shardPath(of: articlePath)
        let data = try #require(snapshot.shards.first { $0.path == damaged }?.data())
        let kept = snapshot.entries.keys.filter { SourceSnapshot.shardPath(of: $0) != damaged }.count
        let url = project.output.appendingPathComponent(damaged)
        for length in stride(from: 0, to: data.count, by: 7) {
            try data.prefix(length).write(to: url)
            #expect(SourceSnapshot.read(from: project.output).entries.count == kept)
        }
        try (data + Data([0])).write(to: url)
        #expect(SourceSnapshot.read(from: project.output).entries.count == kept)
    }
}
