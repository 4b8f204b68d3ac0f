/// Where an engine finds templates (and partials, which are templates too) by name.
public protocol TemplateSource: Sendable {
    /// The text of the template called `name` and the path to show in diagnostics,
    /// or `nil` when this source has no such template.
    func template(named name: String) throws -> (text: String, path: String)?
}
