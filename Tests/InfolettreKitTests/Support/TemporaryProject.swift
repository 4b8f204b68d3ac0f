import Foundation
import Synchronization
@testable import InfolettreKit

private let foldersRemovedAtExit = Mutex<[URL]>([])

/// A project folder in the temporary directory, removed when the test ends (or, for one shared by the tests of a
/// run, when the test process exits).
final class TemporaryProject: Sendable {
    let root: URL

    init(copyingExample: Bool = false) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("infolettre-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if copyingExample {
            for item in [ConfigLoader.fileName, "content"] {
                try FileManager.default.copyItem(at: RepositoryRoot.url.appendingPathComponent(item),
                                                 to: root.appendingPathComponent(item))
            }
        }
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    /// Removes the folder when the test process exits: a project held by a static property is never deinitialized.
    func removeAtExit() {
        _ = Self.exitHandler
        foldersRemovedAtExit.withLock { $0.append(root) }
    }

    /// Registered once; a C function pointer, so it reads the folders from a global rather than capturing them.
    private static let exitHandler: Void = {
        atexit {
            for folder in foldersRemovedAtExit.withLock({ $0 }) { try? FileManager.default.removeItem(at: folder) }
        }
    }()

    var output: URL { root.appendingPathComponent("output") }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// A minimal valid project: config, one article, one issue that lists it.
    static func minimal() throws -> TemporaryProject {
        let project = try TemporaryProject()
        try project.write(ConfigLoader.fileName, Samples.config)
        try project.write("content/articles/premier-article.md", Samples.article(title: "Premier article"))
        try project.write("content/issues/2026-48.md", Samples.issue(articles: ["premier-article"]))
        return project
    }
}

/// Every file below a folder: relative path → contents.
enum FileTree {
    static func read(_ url: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let base = url.standardizedFileURL.path
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
        while let item = enumerator?.nextObject() as? URL {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: item.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                result[String(item.standardizedFileURL.path.dropFirst(base.count + 1))] = try Data(contentsOf: item)
            }
        }
        return result
    }
}

enum RepositoryRoot {
    /// The checkout's root, found from this file's path (Tests/InfolettreKitTests/Support/…).
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}

enum Samples {
    static let config = """
    title: "La Lettre du Test"
    base_url: "https://lettre.example.org"
    sender:
      name: "La Lettre"
      email: "lettre@example.org"
    unsubscribe:
      url: "https://lettre.example.org/desabonnement"
      mailto: "desabonnement@example.org"

    """

    static func article(title: String, date: String = "2026-11-20", extra: String = "", body: String = "Un texte **simple**.") -> String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\ntags: [prévention]\n\(extra)---\n\(body)\n"
    }

    static func issue(articles: [String], extra: String = "") -> String {
        "---\ntitle: \"n° 48\"\nnumber: 48\ndate: 2026-11-23\narticles: [\(articles.joined(separator: ", "))]\n\(extra)---\nL'édito.\n"
    }
}

/// A console that records what it prints.
final class RecordingConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [(text: String, isError: Bool)] = []

    func console(_ verbosity: Console.Verbosity = .normal) -> Console {
        Console(verbosity: verbosity) { [self] text, isError in
            lock.lock()
            lines.append((text, isError))
            lock.unlock()
        }
    }

    var output: String { lock.withLock { lines.filter { !$0.isError }.map(\.text).joined() } }
    var errors: String { lock.withLock { lines.filter(\.isError).map(\.text).joined() } }
}
