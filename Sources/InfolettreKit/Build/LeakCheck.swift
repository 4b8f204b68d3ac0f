import Diagnostics
import Foundation
import Privacy

/// The build's last verification: every output file (HTML, text, eml, JSON, search index) is scanned for
/// any member name, username, email or identifier found in the exports. A hit names the file, line and
/// category — never the value — and fails the build before anything is written.
struct LeakCheck {
    let outcomes: [DiscussionsOutcome]

    func scan(_ tree: OutputTree) -> [Diagnostic] {
        guard !outcomes.isEmpty else { return [] }
        let scanner = LeakScanner.combining(outcomes.map(\.scanner))
        var diagnostics: [Diagnostic] = []
        for path in tree.paths {
            guard let data = tree[path], Self.isText(path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var seen: Set<String> = []
            for hit in scanner.scan(text) where seen.insert("\(hit.line)/\(hit.category)").inserted {
                diagnostics.append(.error(
                    "personal data leak: a \(Self.label(hit.category)) from a discussions export appears here",
                    file: "output/\(path)", at: SourceLocation(line: hit.line, column: 1),
                    hint: "remove it from the article or editorial that carries it; the previous output is kept"))
            }
        }
        return diagnostics
    }

    static func isText(_ path: String) -> Bool {
        [".html", ".txt", ".eml", ".json", ".xml"].contains { path.hasSuffix($0) }
    }
}

extension LeakCheck {
    /// The category as the leak diagnostic names it ("phone number").
    static func label(_ category: PrivacyCategory) -> String {
        switch category {
        case .name: "name"
        case .username: "username"
        case .email: "email address"
        case .phone: "phone number"
        case .socialSecurityNumber: "social security number"
        case .professionalID: "RPPS/ADELI number"
        case .iban: "IBAN"
        case .dateOfBirth: "date of birth"
        case .postalAddress: "postal address"
        case .profileURL: "profile link"
        case .patient: "patient description"
        case .medicine: "medicine name"
        case .advertising: "advertising"
        }
    }
}
