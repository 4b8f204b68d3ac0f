import Foundation

/// What a build wrote, saved in the output folder as `.infolettre-state`: the fingerprint and size of every
/// file, the identity of the leak scanner that checked them, and the warnings of the email bundles. The next
/// build, in this process or another, keeps the files whose fingerprint is unchanged instead of making them
/// again. A missing, unreadable or foreign state only means a full build.
struct BuildState: Sendable, Equatable {
    /// The state's name in the output folder.
    static let fileName = ".infolettre-state"
    private static let header = Array("infolettre-state 2 \(InfolettreVersion.current)\n".utf8)

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

    /// Binary (`BinaryWriter`), sorted by path, so equal states are equal bytes: a large site's state holds
    /// thousands of entries and is read by every build.
    func encoded() -> Data {
        // Paths and three numbers per file: room for them at once.
        var writer = BinaryWriter(capacity: 256 + files.count * 128)
        writer.write(raw: Self.header)
        writer.write(leakScanner != nil)
        writer.write(leakScanner?.value ?? 0)
        writer.write(files.count)
        for (path, entry) in files.sorted(by: { $0.key < $1.key }) {
            writer.write(path)
            writer.write(entry.fingerprint != nil)
            writer.write(entry.fingerprint?.value ?? 0)
            writer.write(entry.size)
        }
        writer.write(emailWarnings.count)
        for folder in emailWarnings.keys.sorted() {
            writer.write(folder)
            writer.write(emailWarnings[folder] ?? [])
        }
        return writer.data
    }

    /// The state in `data`, or nil when it was written by another version or is damaged.
    init?(decoding data: Data) {
        guard let state = data.withUnsafeBytes({ bytes -> BuildState? in
            var reader = BinaryReader(bytes)
            return Self.decode(&reader)
        }) else { return nil }
        self = state
    }

    private static func decode(_ reader: inout BinaryReader) -> BuildState? {
        var state = BuildState()
        guard reader.skip(header), let hasScanner = reader.bool(), let scanner = reader.uint64(),
              let fileCount = reader.count()
        else { return nil }
        state.leakScanner = hasScanner ? Fingerprint(value: scanner) : nil
        state.files.reserveCapacity(fileCount)
        for _ in 0..<fileCount {
            guard let path = reader.string(), let hasFingerprint = reader.bool(), let fingerprint = reader.uint64(),
                  let size = reader.nonNegative()
            else { return nil }
            state.files[path] = Entry(fingerprint: hasFingerprint ? Fingerprint(value: fingerprint) : nil, size: size)
        }
        guard let folderCount = reader.count() else { return nil }
        for _ in 0..<folderCount {
            guard let folder = reader.string(), let warnings = reader.strings() else { return nil }
            state.emailWarnings[folder] = warnings
        }
        return reader.isAtEnd ? state : nil
    }

    init() {}

    /// The state saved in `folder`, if any.
    static func read(from folder: URL) -> BuildState? {
        guard let file = MappedFile(path: folder.path + "/" + fileName) else { return nil }
        var reader = BinaryReader(file.bytes)
        return decode(&reader)
    }
}
