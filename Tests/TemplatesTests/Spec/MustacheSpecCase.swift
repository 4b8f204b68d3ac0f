import Foundation
import Templates
import Testing

/// One test of the official Mustache spec (vendored JSON under Resources/mustache).
struct MustacheSpecCase: Sendable, CustomTestStringConvertible {
    var file: String
    var name: String
    var template: String
    var data: TemplateValue
    var partials: [String: String]
    var expected: String

    var testDescription: String { "\(file): \(name)" }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources/mustache")

    /// The tests of one spec file, such as `sections.json`.
    static func load(_ file: String) throws -> [MustacheSpecCase] {
        let data = try Data(contentsOf: directory.appendingPathComponent(file))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try #require(root["tests"] as? [[String: Any]])
        return try tests.map { test in
            MustacheSpecCase(
                file: file,
                name: try #require(test["name"] as? String),
                template: try #require(test["template"] as? String),
                data: TemplateValue(json: test["data"] ?? NSNull()),
                partials: test["partials"] as? [String: String] ?? [:],
                expected: try #require(test["expected"] as? String))
        }
    }

    /// Renders with the spec's conventions: missing partials render nothing.
    func render() throws -> String {
        let engine = TemplateEngine(source: DictionaryTemplateSource(partials), missingPartials: .empty)
        return try engine.render(template: template, data, path: name)
    }
}
