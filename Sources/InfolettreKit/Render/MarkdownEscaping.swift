import Templates

/// The text email's template writes Markdown: plain values are escaped so a title like "*Urgent* : 5_000 €"
/// stays literal, while values meant as Markdown (`…_markdown`) and addresses (`…url`, `…path`, `…mailto`)
/// pass as they are.
enum MarkdownEscaping {
    static func escapeValues(_ value: TemplateValue, key: String = "") -> TemplateValue {
        switch value {
        case .string(let text):
            return isVerbatim(key) ? value : .string(escape(text))
        case .array(let items):
            return .array(items.map { escapeValues($0, key: key) })
        case .object(let object):
            return .object(Dictionary(uniqueKeysWithValues: object.map { ($0.key, escapeValues($0.value, key: $0.key)) }))
        case .deferred(let deferred):
            return .deferred(DeferredValue(dependency: deferred.dependency) { escapeValues(deferred.value, key: key) })
        default:
            return value
        }
    }

    private static func isVerbatim(_ key: String) -> Bool {
        key.hasSuffix("_markdown") || key.hasSuffix("url") || key.hasSuffix("path") || key.hasSuffix("mailto")
    }

    /// Backslash-escapes the ASCII punctuation Markdown gives meaning to.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if "\\`*_{}[]<>()#+-.!|~&".unicodeScalars.contains(scalar) { result += "\\" }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
