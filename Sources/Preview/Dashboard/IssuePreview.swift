import Foundation

/// What the dashboard knows about one issue found under `<output>/email/<id>/`.
struct IssuePreview: Sendable, Hashable {
    var id: String
    /// Sub-folders holding a segment's `email.html` (e.g. `members`), sorted.
    var segments: [String]
    /// The plain-text part (`email.txt`), when present.
    var plainText: String?
    var hasMessage: Bool
    /// The privacy report, nil when missing or unreadable; `hasPrivacyReport` tells the two apart.
    var privacy: PrivacySummary?
    var hasPrivacyReport: Bool

    /// The issues found in `outputDirectory`, newest first (ids compared with numbers as numbers, descending).
    static func all(in outputDirectory: URL) -> [IssuePreview] {
        let emailFolder = outputDirectory.appendingPathComponent("email")
        return subfolders(of: emailFolder)
            .sorted { $0.compare($1, options: [.numeric]) == .orderedDescending }
            .map { load(id: $0, outputDirectory: outputDirectory) }
    }

    private static func load(id: String, outputDirectory: URL) -> IssuePreview {
        let folder = outputDirectory.appendingPathComponent("email").appendingPathComponent(id)
        let fileManager = FileManager.default
        let segments = subfolders(of: folder).filter {
            fileManager.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("email.html").path)
        }.sorted()
        let text = fileManager.contents(atPath: folder.appendingPathComponent("email.txt").path)
        let reportPath = outputDirectory.appendingPathComponent("reports").appendingPathComponent(id)
            .appendingPathComponent("privacy.json").path
        let report = fileManager.contents(atPath: reportPath)
        return IssuePreview(
            id: id, segments: segments, plainText: text.map { String(decoding: $0, as: UTF8.self) },
            hasMessage: fileManager.fileExists(atPath: folder.appendingPathComponent("message.eml").path),
            privacy: report.flatMap(PrivacySummary.init(reportData:)), hasPrivacyReport: report != nil)
    }

    /// Names of the visible sub-folders of `folder` (none when it cannot be read).
    private static func subfolders(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
    }
}
