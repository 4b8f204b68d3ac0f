import Foundation

/// One example of the CommonMark specification, as vendored in `Resources/commonmark-spec.json`.
struct SpecExample: Decodable, Sendable {
    let markdown: String
    let html: String
    let example: Int
    let section: String

    var testDescription: String { "Example \(example) (\(section))" }

    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources")

    /// All examples; an unreadable file yields none, which the suite's count check reports.
    static let all: [SpecExample] = {
        let url = resources.appendingPathComponent("commonmark-spec.json")
        guard let data = try? Data(contentsOf: url),
              let examples = try? JSONDecoder().decode([SpecExample].self, from: data) else { return [] }
        return examples
    }()
}

