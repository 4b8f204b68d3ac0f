import Foundation
import Site
import Testing
@testable import InfolettreKit

/// The site's search index as the search page reads it: the manifest, then every part it lists, merged.
@Suite(.serialized) struct SiteSearchIndexTests {
    /// The documents' paths, part by part, read from a built output as `assets/search.js` reads them.
    private func searchDocuments(in files: [String: Data]) throws -> [[String]] {
        let manifest = try #require(files["site/search-index.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: manifest) as? [String: Any])
        #expect(object["v"] as? Int == 1)
        let parts = try #require(object["parts"] as? [String])
        return try parts.enumerated().map { number, reference in
            // Listed relative to the manifest, with a version: `search-index/3.json?v=…`.
            let path = try #require(reference.split(separator: "?").first.map(String.init))
            #expect(path == "search-index/\(number).json")
            let part = try #require(files["site/" + path])
            let index = try #require(try JSONSerialization.jsonObject(with: part) as? [String: Any])
            let documents = try #require(index["docs"] as? [[String]])
            return documents.map { $0[1] }
        }
    }

    /// The site paths of the pages the index must list: every issue and every article page of the output.
    private func indexedPages(in files: [String: Data]) -> Set<String> {
        Set(files.keys.compactMap { file -> String? in
            guard file.hasPrefix("site/"), file.hasSuffix("/index.html") else { return nil }
            let path = "/" + file.dropFirst("site/".count).dropLast("index.html".count)
            let isIssue = path.wholeMatch(of: /\/\d{4}\/\d{2}\//) != nil
            return isIssue || path.hasPrefix("/articles/") ? path : nil
        })
    }

    @Test func theIndexListsEveryIssueAndArticleOfTheAudienceOnce() throws {
        let example = try BuilderTests.example.get()
        for files in [example.publicFiles, example.memberFiles] {
            let documents = try searchDocuments(in: files).flatMap { $0 }
            #expect(documents.count == Set(documents).count)
            #expect(Set(documents) == indexedPages(in: files))
        }
        let membersOnly = "/articles/enquete-conditions-exercice-2026/"
        #expect(!(try searchDocuments(in: example.publicFiles).flatMap { $0 }.contains(membersOnly)))
        #expect(try searchDocuments(in: example.memberFiles).flatMap { $0 }.contains(membersOnly))
    }

    /// An archive of more than a part's worth of documents is split by path; editing one article rewrites its part
    /// and the manifest, and the rebuild equals a full build.
    @Test func aLargeArchiveIsSplitAndAnEditRewritesOnePart() throws {
        let project = try TemporaryProject.minimal()
        let slugs = (1...150).map { "article-\($0)" }
        for slug in slugs {
            try project.write("content/articles/\(slug).md", Samples.article(title: "Soins \(slug)", body: "Texte \(slug)."))
        }
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["premier-article"] + slugs))
        let options = BuildOptions(root: project.root, output: project.output)
        _ = try Builder(options: options, console: RecordingConsole().console(.quiet)).build()

        let files = try FileTree.read(project.output)
        let parts = try searchDocuments(in: files)
        let partition = SearchPartition(documentCount: 152)
        #expect(parts.count == 2 && partition.partCount == 2)
        for (number, documents) in parts.enumerated() {
            #expect(documents.allSatisfy { partition.part(ofDocumentAt: $0) == number })
        }
        #expect(Set(parts.flatMap { $0 }) == indexedPages(in: files))

        let edited = "article-7"
        let editedPart = partition.part(ofDocumentAt: SitePaths.article(edited))
        let partFile = { (number: Int) in project.output.appendingPathComponent("site/search-index/\(number).json") }
        let inode = { (url: URL) in try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int }
        let before = try (0..<2).map { try inode(partFile($0)) }
        try project.write("content/articles/\(edited).md", Samples.article(title: "Soins \(edited)", body: "Escarres."))
        _ = try Builder(options: options, console: RecordingConsole().console(.quiet)).build()
        for number in 0..<2 {
            #expect((try inode(partFile(number)) != before[number]) == (number == editedPart))
        }
        let full = project.root.appendingPathComponent("full")
        _ = try Builder(options: BuildOptions(root: project.root, output: full), console: RecordingConsole().console(.quiet)).build()
        #expect(try FileTree.read(project.output) == FileTree.read(full))
        let editedDocuments = try searchDocuments(in: FileTree.read(project.output))[editedPart]
        #expect(editedDocuments.contains(SitePaths.article(edited)))
    }
}
