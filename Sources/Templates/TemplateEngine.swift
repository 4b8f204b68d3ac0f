/// Renders Mustache templates (spec 1.4 with inheritance and dynamic names, without lambdas).
///
/// Templates and partials come from a ``TemplateSource`` and are compiled once, on first use; the
/// engine can then be shared by concurrent renders.
///
/// ```swift
/// let engine = TemplateEngine(source: DirectoryTemplateSource(directories: [themeURL, defaultsURL]))
/// let html = try engine.render("issue", ["title": "Numéro 12", "articles": articles])
/// ```
public final class TemplateEngine: Sendable {
    /// How deep partials and parents may include each other before rendering stops with
    /// ``TemplateError/partialRecursionTooDeep(name:depth:path:location:)``.
    public static let maximumPartialDepth = 100

    /// Where templates and partials are read from (each once: compiled templates are cached).
    public let source: any TemplateSource
    /// How `{{name}}` escapes values.
    public let escaping: TemplateEscaping
    /// What a partial or parent tag naming an unknown template does.
    public let missingPartials: MissingPartialPolicy
    private let cache = TemplateCache()

    /// - Parameters:
    ///   - escape: how `{{name}}` escapes values: `.html` for web pages and HTML email, `.none` for text.
    ///   - missingPartials: `.error` (the default) reports a partial the source lacks; `.empty` follows the
    ///     spec and renders nothing.
    public init(
        source: some TemplateSource, escape: TemplateEscaping = .html, missingPartials: MissingPartialPolicy = .error
    ) {
        self.source = source
        self.escaping = escape
        self.missingPartials = missingPartials
    }

    /// Renders the template called `name` against `context`.
    /// - Throws: ``TemplateError``, or what the source throws when it cannot read a template.
    public func render(_ name: String, _ context: TemplateValue) throws -> String {
        var dependencies: Set<UInt64> = []
        return try render(name, context, dependencies: &dependencies)
    }

    /// Renders the template called `name` against `context`, adding to `dependencies` those of the deferred
    /// values it read (see ``DeferredValue``).
    /// - Throws: ``TemplateError``, or what the source throws when it cannot read a template.
    public func render(_ name: String, _ context: TemplateValue, dependencies: inout Set<UInt64>) throws -> String {
        guard let template = try compiledTemplate(named: name) else { throw TemplateError.templateNotFound(name: name) }
        return try render(template, context, dependencies: &dependencies)
    }

    /// Renders template text given directly; its partials come from the source. `path` names it in errors.
    public func render(template text: String, _ context: TemplateValue, path: String = "<inline>") throws -> String {
        var dependencies: Set<UInt64> = []
        return try render(TemplateParser.compile(text, path: path), context, dependencies: &dependencies)
    }

    /// Compiles the template called `name` (and caches it) so that syntax errors surface before rendering;
    /// returns `false` when the source has no such template.
    @discardableResult
    public func validate(_ name: String) throws -> Bool {
        try compiledTemplate(named: name) != nil
    }

    private func render(_ template: CompiledTemplate, _ context: TemplateValue,
                        dependencies: inout Set<UInt64>) throws -> String {
        var state = RenderState(contextStack: [])
        state.contextStack = [state.made(context)]
        try Renderer(engine: self).render(template.nodes, of: template, state: &state)
        dependencies.formUnion(state.dependencies)
        return state.output
    }

    func compiledTemplate(named name: String) throws -> CompiledTemplate? {
        if let cached = cache.template(named: name) { return cached }
        guard let (text, path) = try source.template(named: name) else { return nil }
        let compiled = try TemplateParser.compile(text, path: path)
        cache.store(compiled, named: name)
        return compiled
    }
}
