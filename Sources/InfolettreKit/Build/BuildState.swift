import Foundation

/// What a build wrote, saved in the output folder as `.infolettre-state`: the fingerprint and size of every
/// file, the identity of the leak scanner that checked them, and the warnings of the email bundles. The next
/// build, in this process or another, keeps the files whose fingerprint is unchanged instead of making them
/// again. A missing, unreadable or foreign state only means a full build.
struct BuildState: Sendable, Equatable {
    /// The state's name in the output folder.
    static let fileName = ".infolettre-state"
    private static let header = "infolettre-state 1 \(InfolettreVersion.current)"

    struct Entry: Sendable, Equatable {
        /// Nil for files made without a fingerprint (they are made again by every build).
        var fingerprint: Fingerprint?
        var size: Int
    }

    var files: [String: Entry] = [:]
    /// The personal data the leak check looked for (nil: no discussions export).
    var leakScanner: Fingerprint?
    /// Email bundle folder → its failing checks, "name: message".
    var emailWarnings: [String: [String]] = [:]

    /// One line per fact; paths and messages come last on their line, so they may hold spaces.
    func encoded() -> Data {
        var lines = [Self.header, "scanner " + (leakScanner.map(\.description) ?? "-")]
        for path in files.keys.sorted() {
            guard let entry = files[path] else { continue }
            lines.append("file \(entry.fingerprint.map(\.description) ?? "-") \(entry.size) \(path)")
        }
        for folder in emailWarnings.keys.sorted() {
            for warning in emailWarnings[folder] ?? [] {
                lines.append("warning \(folder) \(warning.replacingOccurrences(of: "\n", with: " "))")
            }
        }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// The state in `data`, or nil when it was written by another version or is damaged.
    init?(decoding data: Data) {
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first.map(String.init) == Self.header else { return nil }
        for line in lines.dropFirst() {
            let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
            switch parts.first {
            case "scanner" where parts.count == 2:
                leakScanner = parts[1] == "-" ? nil : Fingerprint(hex: parts[1])
            case "file" where parts.count == 4:
                guard let size = Int(parts[2]) else { return nil }
                let fingerprint = parts[1] == "-" ? nil : Fingerprint(hex: parts[1])
                files[String(parts[3])] = Entry(fingerprint: fingerprint, size: size)
            case "warning" where parts.count >= 3:
                let folderAndMessage = line.dropFirst("warning ".count)
                guard let space = folderAndMessage.firstIndex(of: " ") else { return nil }
                emailWarnings[String(folderAndMessage[..<space]), default: []]
                    .append(String(folderAndMessage[folderAndMessage.index(after: space)...]))
            default:
                return nil
            }
        }
    }

    init() {}

    /// The state saved in `folder`, if any.
    static func read(from folder: URL) -> BuildState? {
        (try? Data(contentsOf: folder.appendingPathComponent(fileName))).flatMap(BuildState.init(decoding:))
    }
}
