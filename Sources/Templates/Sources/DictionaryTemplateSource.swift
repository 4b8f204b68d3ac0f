/// Templates held in memory, keyed by name; the name doubles as the diagnostic path.
public struct DictionaryTemplateSource: TemplateSource, Hashable {
    /// Template text by name.
    public var templates: [String: String]

    /// Templates from their texts, keyed by name.
    public init(_ templates: [String: String]) {
        self.templates = templates
    }

    /// The template called `name`, with `name` as its path.
    public func template(named name: String) -> (text: String, path: String)? {
        templates[name].map { (text: $0, path: name) }
    }
}
