import Diagnostics
import Foundation
import Privacy

/// The build's last verification: every output file (HTML, text, eml, JSON, search index) is scanned for
/// any member name, username, email or identifier found in the exports. A hit names the file, line and
/// category — never the value — and fails the build before anything is written.
struct LeakCheck {
    /// Nil when the build has no discussions export: there is nothing to look for.
    let scanner: LeakScanner?

    /// One scanner for the personal data of every export.
    static func scanner(of outcomes: [DiscussionsOutcome]) -> LeakScanner? {
        outcomes.isEmpty ? nil : LeakScanner.combining(outcomes.map(\.scanner))
    }

    /// The fingerprint of what `scanner` looks for: equal fingerprints, equal findings.
    static func identity(of scanner: LeakScanner) -> Fingerprint {
        var fingerprint = Fingerprint("leak-scanner")
        for part in scanner.identity { fingerprint.combine(part) }
        return fingerprint
    }

    /// Scans one output file (text files only).
    func scan(_ text: String, path: String) -> [Diagnostic] {
        guard let scanner, Self.isText(path) else { return [] }
        var diagnostics: [Diagnostic] = []
        var seen: Set<String> = []
        for hit in scanner.scan(text) where seen.insert("\(hit.line)/\(hit.category)").inserted {
            diagnostics.append(.error(
                "personal data leak: a \(hit.category.label(in: .english)) from a discussions export appears here",
                file: "output/\(path)", at: SourceLocation(line: hit.line, column: 1),
                hint: "remove it from the article or editorial that carries it; the previous output is kept"))
        }
        return diagnostics
    }

    static func isText(_ path: String) -> Bool {
        [".html", ".txt", ".eml", ".json", ".xml"].contains { path.hasSuffix($0) }
    }
}
