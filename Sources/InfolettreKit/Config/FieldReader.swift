import Diagnostics
import Foundation
import YAML

/// Reads typed fields out of a YAML mapping, collecting every problem as a located diagnostic instead of
/// stopping at the first, so `infolettre check` can report them all at once.
struct FieldReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    mutating func error(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        diagnostics.append(.error(message, file: file, at: location, hint: hint))
    }

    mutating func warning(_ message: String, at location: SourceLocation?, hint: String? = nil) {
        diagnostics.append(.warning(message, file: file, at: location, hint: hint))
    }

    mutating func append(_ error: some DiagnosticConvertible) {
        diagnostics.append(error.diagnostic(file: file))
    }

    /// Warns about keys outside `allowed`, suggesting the closest valid one. `ignored` keys (from Hugo or
    /// Jekyll) are accepted silently so existing posts migrate as they are.
    mutating func checkKeys(_ mapping: YAMLMapping, allowed: Set<String>, ignored: Set<String> = [], context: String) {
        for unknown in mapping.unknownKeys(allowed: allowed.union(ignored)) {
            let hint = unknown.suggestion.map { "did you mean '\($0)'?" }
            warning("unknown key '\(unknown.key)' in \(context)", at: unknown.location, hint: hint)
        }
    }

    /// The mapping at the root of a document, or nil (with an error) when the document is something else.
    mutating func rootMapping(_ node: YAMLNode?, what: String) -> YAMLMapping? {
        guard let node else { return YAMLMapping() }
        if case .null = node.value { return YAMLMapping() }
        return mapping(node, what: what)
    }

    mutating func mapping(_ node: YAMLNode, what: String) -> YAMLMapping? {
        do { return try node.mapping() } catch {
            self.error("\(what) must be a mapping of keys to values", at: node.location)
            return nil
        }
    }

    mutating func string(
        _ mapping: YAMLMapping, _ key: String, required: Bool = false, at location: SourceLocation? = nil
    ) -> String? {
        read(mapping, key, required: required, at: location) { try $0.string() }
    }

    mutating func nonEmptyString(
        _ mapping: YAMLMapping, _ key: String, required: Bool = false, at location: SourceLocation? = nil
    ) -> String? {
        guard let value = string(mapping, key, required: required, at: location) else { return nil }
        if value.trimmingSpaces.isEmpty {
            error("'\(key)' must not be empty", at: mapping[key]?.location)
            return nil
        }
        return value
    }

    mutating func int(_ mapping: YAMLMapping, _ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = read(mapping, key, required: false, at: nil, { try $0.int() }) else { return nil }
        if let range, !range.contains(value) {
            error("'\(key)' must be between \(range.lowerBound) and \(range.upperBound), not \(value)",
                  at: mapping[key]?.location)
            return nil
        }
        return value
    }

    mutating func double(_ mapping: YAMLMapping, _ key: String) -> Double? {
        read(mapping, key, required: false, at: nil) { try $0.double() }
    }

    mutating func bool(_ mapping: YAMLMapping, _ key: String) -> Bool? {
        read(mapping, key, required: false, at: nil) { try $0.bool() }
    }

    mutating func date(
        _ mapping: YAMLMapping, _ key: String, required: Bool = false, at location: SourceLocation? = nil
    ) -> Date? {
        read(mapping, key, required: required, at: location) { try $0.date() }
    }

    mutating func strings(_ mapping: YAMLMapping, _ key: String) -> [String]? {
        read(mapping, key, required: false, at: nil) { try $0.stringArray() }
    }

    mutating func submapping(_ mapping: YAMLMapping, _ key: String) -> YAMLMapping? {
        guard let node = mapping[key] else { return nil }
        if case .null = node.value { return nil }
        return self.mapping(node, what: "'\(key)'")
    }

    private mutating func read<T>(
        _ mapping: YAMLMapping, _ key: String, required: Bool, at location: SourceLocation?,
        _ convert: (YAMLNode) throws -> T
    ) -> T? {
        guard let node = mapping[key], !node.isNull else {
            if required { error("missing required key '\(key)'", at: location) }
            return nil
        }
        do { return try convert(node) } catch let failure as DiagnosticConvertible {
            var diagnostic = failure.diagnostic(file: file)
            diagnostic.message = "'\(key)': \(diagnostic.message)"
            diagnostics.append(diagnostic)
        } catch {
            self.error("'\(key)': \(error)", at: node.location)
        }
        return nil
    }
}

