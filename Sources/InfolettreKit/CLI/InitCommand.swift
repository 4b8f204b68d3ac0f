import Diagnostics
import Foundation

enum InitCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let target = try arguments.positionals(max: 1).first.map(context.url) ?? context.currentDirectory
        let layout = ProjectLayout(root: target)
        if FileManager.default.fileExists(atPath: layout.configFile.path) {
            throw DiagnosticsError([.error("a project already exists here", file: layout.configFile.path,
                                           hint: "choose another folder: infolettre init DIR")])
        }
        let today = Date()
        let date = DateFormatting.iso(today)
        let issueID = ISOWeek.id(for: today)
        var tree = OutputTree()
        tree.add(ConfigLoader.fileName, Scaffold.config(title: "La Lettre"))
        tree.add("content/articles/bienvenue.md", Scaffold.welcomeArticle.replacingOccurrences(of: "{date}", with: date))
        tree.add("content/issues/\(issueID).md", Scaffold.issue(number: 1, date: date, articles: ["bienvenue"]))
        tree.add("content/discussions/.gitkeep", "")
        tree.add("Themes/README.md", Scaffold.themesReadme)
        tree.add(".gitignore", Scaffold.gitignore)
        try FileWriting.writeNew(tree, under: target)
        context.console.progress("Created a project in \(target.path).\nNext: cd \(target.path) && infolettre build")
        return InfolettreCLI.ExitCode.success
    }
}

enum NewCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let root = try arguments.option("--root").map(context.url) ?? context.currentDirectory
        let dateText = try arguments.option("--date")
        let date: Date
        if let dateText {
            guard let parsed = ISO8601DateFormatter.date(fromDay: dateText) else {
                throw UsageError.invalidValue(option: "--date", value: dateText, expected: "a date such as 2026-11-23")
            }
            date = parsed
        } else {
            date = Date()
        }
        let positionals = try arguments.positionals(max: 2)
        guard let kind = positionals.first else { throw UsageError.missingArgument("'article' or 'issue'") }
        let layout = ProjectLayout(root: root)
        guard FileManager.default.fileExists(atPath: layout.configFile.path) else {
            throw DiagnosticsError([.error("no \(ConfigLoader.fileName) here", file: layout.configFile.path,
                                           hint: "run it in a project folder or pass --root DIR")])
        }
        var tree = OutputTree()
        let path: String
        switch kind {
        case "article":
            guard positionals.count == 2 else { throw UsageError.missingArgument("TITLE") }
            let title = positionals[1]
            let slug = Slug.make(title)
            guard !slug.isEmpty else { throw UsageError.invalidValue(option: "TITLE", value: title, expected: "a title with letters or digits") }
            path = "content/articles/\(slug).md"
            tree.add(path, Scaffold.article(title: title, date: DateFormatting.iso(date), draft: true))
        case "issue":
            let (id, number) = try nextIssue(layout: layout, requested: positionals.count == 2 ? positionals[1] : nil, date: date)
            let issueDate = dateText == nil ? (ISOWeek.monday(of: id) ?? date) : date
            path = "content/issues/\(id).md"
            tree.add(path, Scaffold.issue(number: number, date: DateFormatting.iso(issueDate), articles: []))
        default:
            throw UsageError.invalidValue(option: "new", value: kind, expected: "'article' or 'issue'")
        }
        try FileWriting.writeNew(tree, under: root)
        context.console.progress("Created \(path)")
        return InfolettreCLI.ExitCode.success
    }

    /// The requested id, or the week after the latest issue (the current week when there is none); the
    /// number follows the latest issue's.
    private static func nextIssue(layout: ProjectLayout, requested: String?, date: Date) throws -> (String, Int) {
        let existing = ((try? FileManager.default.contentsOfDirectory(atPath: layout.issuesDirectory.path)) ?? [])
            .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.filter(Issue.isValidID).sorted()
        let number = existing.count + 1
        if let requested {
            guard Issue.isValidID(requested) else {
                throw UsageError.invalidValue(option: "ID", value: requested, expected: "an issue id such as 2026-48")
            }
            return (requested, number)
        }
        if let latest = existing.last, let monday = ISOWeek.monday(of: latest) {
            return (ISOWeek.id(for: monday.addingTimeInterval(7 * 86_400)), number)
        }
        return (ISOWeek.id(for: date), number)
    }
}

extension ISO8601DateFormatter {
    static func date(fromDay text: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.date(from: text)
    }
}

/// Writing files the user asked for: never overwrite, and all or nothing.
enum FileWriting {
    static func writeNew(_ tree: OutputTree, under root: URL) throws(DiagnosticsError) {
        let fileManager = FileManager.default
        for path in tree.paths where fileManager.fileExists(atPath: root.appendingPathComponent(path).path) {
            throw DiagnosticsError([.error("\(path) already exists", file: root.appendingPathComponent(path).path,
                                           hint: "choose another title or id")])
        }
        var written: [URL] = []
        do {
            for path in tree.paths {
                let url = root.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // Written beside, then renamed: `Data.write(options: .atomic)` leaves an empty folder in the
                // system's temporary directory for every file on Linux.
                let temporary = url.path + ".infolettre-" + UUID().uuidString
                do {
                    try POSIXFile.write(tree[path] ?? Data(), to: temporary)
                    try POSIXFile.rename(temporary, to: url.path)
                } catch {
                    unlink(temporary)
                    throw error
                }
                written.append(url)
            }
        } catch {
            for url in written { try? fileManager.removeItem(at: url) }
            throw DiagnosticsError([.error("cannot write: \(error.localizedDescription)", file: root.path)])
        }
    }
}
