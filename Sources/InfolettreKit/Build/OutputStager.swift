import Diagnostics
import Foundation
import Privacy
import Site

/// Where a build's files go as they are made: each is checked for leaks, its links noted, and its bytes
/// staged at once, so a large build never holds its whole output in memory. `commit` checks the links and
/// then makes the staged output current in one step; until then, the previous output is untouched.
///
/// Without a usable previous state (`BuildState`) every file is staged in a fresh folder beside the
/// destination, which is swapped in with one pair of `rename`s. With one, the stages ask `isCurrent` before
/// making a file and `keep` those that are: only new bytes are staged, inside the destination, and a journal
/// listing every rename and deletion is committed with one `rename`, then applied. A build killed before the
/// commit leaves the previous output; one killed after it has its journal finished by the next build.
final class OutputStager: @unchecked Sendable {
    let destination: URL
    /// The destination, open as a directory when the previous build's files may be kept: a site has thousands of
    /// files to look up, and resolving each from the destination rather than from the root showed.
    private let destinationDescriptor: Int32
    /// False for `check`: files are checked, never written.
    let writes: Bool
    private let scanner: LeakScanner?
    private let previous: BuildState?
    private let staging: URL
    private let stagingPath: String
    private let lock = NSLock()
    private var state = BuildState()
    private var stagedCount = 0
    private var journal: [String] = []
    private let folders = FolderMaker()
    private var leaks: [Diagnostic] = []
    private var pageLinks: [String: [String]] = [:]
    /// How many files, and site files, this build made that the previous one did not: none, in a build that
    /// edits content, spares comparing thousands of paths with the previous state's.
    private var newFileCount = 0, newSiteFileCount = 0
    private var bytes = 0

    /// `scanner`: the leak scanner of this build's exports, `scannerIdentity` its fingerprint.
    init(destination: URL, writes: Bool, scanner: LeakScanner?, scannerIdentity: Fingerprint?) throws(DiagnosticsError) {
        self.destination = destination.standardizedFileURL
        self.writes = writes
        self.scanner = scanner
        state.leakScanner = scannerIdentity
        let parent = self.destination.deletingLastPathComponent()
        if writes {
            do {
                try Self.removeLeftovers(of: self.destination)
                try Self.finishInterruptedUpdate(of: self.destination)
            } catch {
                throw Self.writeError(error, destination: self.destination)
            }
        }
        // Files kept from the previous build were checked with the same scanner, or not at all: a new export
        // makes everything again.
        let previous = writes ? BuildState.read(from: self.destination) : nil
        self.previous = previous?.leakScanner == scannerIdentity ? previous : nil
        destinationDescriptor = self.previous == nil ? -1 : open(self.destination.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        staging = self.previous == nil
            ? parent.appendingPathComponent(Self.stagingPrefix(of: self.destination) + UUID().uuidString)
            : Self.updateFolder(of: self.destination)
        stagingPath = staging.path
    }

    deinit { if destinationDescriptor >= 0 { close(destinationDescriptor) } }

    /// How many files the build produced, and their bytes.
    var fileCount: Int { lock.withLock { state.files.count } }
    var byteCount: Int { lock.withLock { bytes } }

    // MARK: Making files

    /// Whether the destination holds `path` as the previous build made it from inputs fingerprinted the same.
    func isCurrent(_ path: String, fingerprint: Fingerprint) -> Bool {
        guard let entry = previous?.files[path], entry.fingerprint == fingerprint else { return false }
        var status = stat()
        return fstatat(destinationDescriptor, path, &status, 0) == 0 && Int(status.st_size) == entry.size
    }

    /// Keeps the current `path` (see `isCurrent`) as it is.
    func keep(_ path: String, fingerprint: Fingerprint) {
        let size = previous?.files[path]?.size ?? 0
        lock.withLock {
            state.files[path] = .init(fingerprint: fingerprint, size: size)
            bytes += size
        }
    }

    /// Keeps `path` as it is when it is current (see `isCurrent`); false when it must be made.
    func keepIfCurrent(_ path: String, fingerprint: Fingerprint) -> Bool {
        guard isCurrent(path, fingerprint: fingerprint) else { return false }
        keep(path, fingerprint: fingerprint)
        return true
    }

    /// Checks and stages one file; `fingerprint` digests what it was made from, when known.
    func put(_ path: String, _ data: Data, fingerprint: Fingerprint? = nil) throws(DiagnosticsError) {
        let isChecked = (scanner != nil && LeakCheck.isText(path)) || Self.isSitePage(path)
        try stage(path, data, text: isChecked ? String(decoding: data, as: UTF8.self) : nil, fingerprint: fingerprint)
    }

    /// Checks and stages one text file, read as it is rather than decoded again from its bytes.
    func put(_ path: String, _ text: String, fingerprint: Fingerprint? = nil) throws(DiagnosticsError) {
        try stage(path, Data(text.utf8), text: text, fingerprint: fingerprint)
    }

    private func stage(_ path: String, _ data: Data, text: String?, fingerprint: Fingerprint?) throws(DiagnosticsError) {
        let leaks = text.flatMap { text in scanner.map { LeakCheck(scanner: $0).scan(text, path: path) } } ?? []
        let links = Self.isSitePage(path) ? text.map(InternalLinkChecker.targets(in:)) : nil
        var stagedPath: String?
        let isNew = previous.map { $0.files[path] == nil } ?? true
        lock.withLock {
            if isNew, state.files[path] == nil {
                newFileCount += 1
                if path.hasPrefix(Self.site) { newSiteFileCount += 1 }
            }
            state.files[path] = .init(fingerprint: fingerprint, size: data.count)
            bytes += data.count
            self.leaks += leaks
            if let links { pageLinks[String(path.dropFirst(Self.site.count))] = links }
            guard writes else { return }
            if previous == nil {
                stagedPath = path
            } else {
                stagedPath = String(stagedCount)
                journal.append("write \(stagedCount) \(path)")
                stagedCount += 1
            }
        }
        guard let stagedPath else { return }
        do {
            try folders.makeParent(of: stagedPath, under: stagingPath)
            try POSIXFile.write(data, to: stagingPath + "/" + stagedPath)
        } catch {
            throw Self.writeError(error, destination: destination)
        }
    }

    /// Records the failing checks of the email bundle in `folder`, so a build keeping it reports them again.
    func recordEmailWarnings(_ warnings: [String], folder: String) {
        lock.withLock { state.emailWarnings[folder] = warnings.isEmpty ? nil : warnings }
    }

    /// The failing checks the previous build recorded for the bundle in `folder`.
    func previousEmailWarnings(folder: String) -> [String] { previous?.emailWarnings[folder] ?? [] }

    // MARK: Committing

    /// Checks that no leak was found and no internal link is broken, then makes the staged output current.
    /// On failure the staged files are removed and every problem is thrown; the previous output stays.
    func commit(baseURL: String) throws(DiagnosticsError) {
        let diagnostics = lock.withLock { leaks } + brokenLinks(baseURL: baseURL)
        guard diagnostics.isEmpty else {
            abandon()
            throw DiagnosticsError(diagnostics)
        }
        guard writes else { return }
        let journal: [String]
        do {
            let stateData = state.encoded()
            guard previous != nil else {
                try POSIXFile.write(stateData, to: staging.appendingPathComponent(BuildState.fileName).path)
                try swapIn()
                return
            }
            journal = try commitJournal(stateData)
        } catch {
            abandon()
            throw Self.writeError(error, destination: destination)
        }
        // Committed: from here a failure keeps the journal, which the next build finishes.
        do { try Self.apply(journal, to: destination) } catch { throw Self.writeError(error, destination: destination) }
    }

    /// Removes what was staged; the previous output stays as it was.
    func abandon() {
        guard writes else { return }
        try? FileManager.default.removeItem(at: staging)
    }

    /// Links of the pages made by this build; when the site's set of files changed, kept pages too (read back).
    private func brokenLinks(baseURL: String) -> [Diagnostic] {
        let (files, sitePages, newSiteFileCount) = lock.withLock { (state.files, pageLinks, self.newSiteFileCount) }
        var pages = sitePages
        // Whether the previous build made the same site files: all of this build's were in it, and as many.
        let sameSiteFiles = previous.map { previous in
            newSiteFileCount == 0 && previous.files.keys.count(where: { $0.hasPrefix(Self.site) })
                == files.keys.count(where: { $0.hasPrefix(Self.site) })
        } ?? false
        if !sameSiteFiles {
            for path in files.keys where Self.isSitePage(path) && pages[String(path.dropFirst(Self.site.count))] == nil {
                let page = String(path.dropFirst(Self.site.count))
                guard let data = try? Data(contentsOf: destination.appendingPathComponent(path)) else { continue }
                pages[page] = InternalLinkChecker.targets(in: String(decoding: data, as: UTF8.self))
            }
        }
        let checker = InternalLinkChecker(baseURL: baseURL)
        return pages.keys.sorted().flatMap { page in
            checker.brokenTargets(pages[page] ?? [], exists: { files[Self.site + $0] != nil }).map { target in
                Diagnostic.error("broken internal link to '\(target)'", file: "output/\(Self.site)\(page)",
                                 hint: "a template or an article links to a page the site does not have")
            }
        }
    }

    private static let site = "site/"

    private static func isSitePage(_ path: String) -> Bool { path.hasPrefix(site) && path.hasSuffix(".html") }

    // MARK: Full write

    private static func stagingPrefix(of destination: URL) -> String { ".\(destination.lastPathComponent).staging-" }
    private static func retiredPrefix(of destination: URL) -> String { ".\(destination.lastPathComponent).retired-" }

    /// Replaces the destination by the complete staging folder: the old one is renamed aside, the new one
    /// renamed in, then the old one deleted. A crash between the two renames leaves the old output under its
    /// retired name; `removeLeftovers` never deletes it while the destination is missing.
    private func swapIn() throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        guard fileManager.fileExists(atPath: destination.path) else {
            try fileManager.moveItem(at: staging, to: destination)
            return
        }
        let retired = destination.deletingLastPathComponent()
            .appendingPathComponent(Self.retiredPrefix(of: destination) + UUID().uuidString)
        try fileManager.moveItem(at: destination, to: retired)
        try fileManager.moveItem(at: staging, to: destination)
        try? fileManager.removeItem(at: retired)
    }

    /// Staging folders of builds that were killed, and retired outputs left behind; when a crash left no
    /// destination but a retired output, that output is restored first.
    private static func removeLeftovers(of destination: URL) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        let (staging, retired) = (stagingPrefix(of: destination), retiredPrefix(of: destination))
        // Only ours, sorted: the parent may be a crowded folder such as /tmp.
        let names = ((try? fileManager.contentsOfDirectory(atPath: parent.path)) ?? [])
            .filter { $0.hasPrefix(staging) || $0.hasPrefix(retired) }.sorted()
        if !fileManager.fileExists(atPath: destination.path), let name = names.first(where: { $0.hasPrefix(retired) }) {
            try? fileManager.moveItem(at: parent.appendingPathComponent(name), to: destination)
        }
        for name in names where name.hasPrefix(staging) || name.hasPrefix(retired) {
            try? fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    // MARK: Incremental write

    /// The incremental write's staging folder, inside the destination.
    private static func updateFolder(of destination: URL) -> URL {
        destination.appendingPathComponent(".infolettre-update")
    }

    /// Stages the state and commits the journal with one `rename`; returns its entries. Deletions come first:
    /// a file no longer produced may stand where a folder is now needed (`x` replaced by `x/index.html`).
    private func commitJournal(_ stateData: Data) throws -> [String] {
        let (entries, count) = lock.withLock { () -> ([String], Int) in
            // Every file of the previous build is made again when as many are made, besides the new ones.
            let previousFiles = previous?.files ?? [:]
            let deletions = previousFiles.count == state.files.count - newFileCount
                ? [] : previousFiles.keys.filter { state.files[$0] == nil }.sorted()
            return (deletions.map { "delete \($0)" } + journal, stagedCount)
        }
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        try POSIXFile.write(stateData, to: staging.appendingPathComponent(String(count)).path)
        let all = entries + ["write \(count) \(BuildState.fileName)"]
        let pending = staging.appendingPathComponent("journal.pending")
        try POSIXFile.write(Data((all.joined(separator: "\n") + "\n").utf8), to: pending.path)
        try POSIXFile.rename(pending.path, to: staging.appendingPathComponent("journal").path)
        return all
    }

    /// Finishes the journal of an incremental write that was killed after committing it; without a committed
    /// journal, drops what was staged.
    private static func finishInterruptedUpdate(of destination: URL) throws {
        let folder = updateFolder(of: destination)
        guard let text = try? String(contentsOf: folder.appendingPathComponent("journal"), encoding: .utf8) else {
            try? FileManager.default.removeItem(at: folder)
            return
        }
        try apply(text.split(separator: "\n").map(String.init), to: destination)
    }

    /// Applies journal entries, deletions (which come first) in order, then the renames side by side: replacing a
    /// file frees the old one's blocks, which was most of an incremental commit. Renames that already happened
    /// are skipped, so applying twice is harmless.
    private static func apply(_ entries: [String], to destination: URL) throws {
        let folder = updateFolder(of: destination)
        var writes: [(source: String, path: String)] = []
        for entry in entries {
            let parts = entry.split(separator: " ", maxSplits: 2).map(String.init)
            if parts.count == 3, parts[0] == "write" {
                writes.append((folder.appendingPathComponent(parts[1]).path, parts[2]))
            } else if parts.count == 2, parts[0] == "delete" {
                removeFile(parts[1], from: destination)
            }
        }
        let folders = FolderMaker(), destinationPath = destination.path
        _ = try writes.concurrentMap { write in
            guard FileManager.default.fileExists(atPath: write.source) else { return }
            try folders.makeParent(of: write.path, under: destinationPath)
            try POSIXFile.rename(write.source, to: destinationPath + "/" + write.path)
        }
        // Only the journal is left once every staged file was renamed into place: two calls, rather than
        // walking the folder.
        unlink(folder.appendingPathComponent("journal").path)
        if rmdir(folder.path) != 0 { try FileManager.default.removeItem(at: folder) }
    }

    /// Deletes a file no longer produced, and the folders it leaves empty (`articles/<slug>/`).
    private static func removeFile(_ path: String, from destination: URL) {
        var url = destination.appendingPathComponent(path)
        try? FileManager.default.removeItem(at: url)
        url.deleteLastPathComponent()
        while url.path.count > destination.path.count, rmdir(url.path) == 0 { url.deleteLastPathComponent() }
    }

    private static func writeError(_ error: any Error, destination: URL) -> DiagnosticsError {
        DiagnosticsError([.error("cannot write the output: \(error.localizedDescription)", file: destination.path,
                                 hint: "check the folder's permissions and free space")])
    }
}

/// Creates the folders of files about to be written, each once, from any thread, with one `mkdir` each:
/// `FileManager.createDirectory` checked every ancestor first, and a site has a folder per page.
private final class FolderMaker: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Set<String> = []

    func makeParent(of path: String, under root: String) throws {
        try make(path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "", under: root)
    }

    private func make(_ folder: String, under root: String) throws {
        guard !lock.withLock({ made.contains(folder) }) else { return }
        guard !folder.isEmpty else {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            lock.withLock { _ = made.insert(folder) }
            return
        }
        let path = root + "/" + folder
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            guard errno == ENOENT else { throw POSIXFile.Failure(path: path, code: errno) }
            try make(folder.lastIndex(of: "/").map { String(folder[..<$0]) } ?? "", under: root)
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXFile.Failure(path: path, code: errno) }
        }
        // Recorded only once it exists: another thread seeing it may write into it at once.
        lock.withLock { _ = made.insert(folder) }
    }
}

/// File writes through POSIX calls: Foundation's `Data.write` makes more system calls per file, which showed
/// on builds of thousands of files.
enum POSIXFile {
    struct Failure: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: path, code: errno)
                }
                offset += written
            }
        }
    }

    static func rename(_ source: String, to destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else { throw Failure(path: destination, code: errno) }
    }
}
