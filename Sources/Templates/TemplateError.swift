import Diagnostics

/// Everything that can go wrong while compiling or rendering a template. Each case names the template
/// file (`path`) and, when it is about a tag, the tag's line and column.
public enum TemplateError: Error, Hashable, Sendable, DiagnosticConvertible {
    /// An opening delimiter (`{{`) without its closing delimiter.
    case unclosedTag(path: String, location: SourceLocation)
    /// A tag with nothing inside, such as `{{}}` or `{{# }}`.
    case emptyTagName(path: String, location: SourceLocation)
    /// A section, inverted section, parent or block opened at `location` and never closed.
    case unclosedSection(name: String, path: String, location: SourceLocation)
    /// `{{/found}}` closes the section `expected` opened earlier.
    case mismatchedClosingTag(expected: String, found: String, path: String, location: SourceLocation)
    /// `{{/name}}` with no section open.
    case unexpectedClosingTag(name: String, path: String, location: SourceLocation)
    /// A set-delimiters tag `{{=… …=}}` whose content is not two delimiters without spaces or `=`.
    case invalidDelimiters(content: String, path: String, location: SourceLocation)
    /// A partial or parent tag names a template the source does not have (with `missingPartials: .error`).
    case missingPartial(name: String, path: String, location: SourceLocation)
    /// Partials including each other deeper than ``TemplateEngine/maximumPartialDepth``.
    case partialRecursionTooDeep(name: String, depth: Int, path: String, location: SourceLocation)
    /// ``TemplateEngine/render(_:_:)`` was asked for a template the source does not have.
    case templateNotFound(name: String)
    /// The template file exists but could not be read.
    case unreadableTemplate(name: String, path: String, reason: String)

    /// The error as `path:line:column: error: message` with a hint; `file` is used only by
    /// ``templateNotFound(name:)``, which has no template path of its own.
    public func diagnostic(file: String?) -> Diagnostic {
        switch self {
        case .unclosedTag(let path, let location):
            .error("unclosed tag", file: path, at: location, hint: "add the closing delimiter, such as }}")
        case .emptyTagName(let path, let location):
            .error("tag without a name", file: path, at: location)
        case .unclosedSection(let name, let path, let location):
            .error("section '\(name)' is never closed", file: path, at: location, hint: "add {{/\(name)}}")
        case .mismatchedClosingTag(let expected, let found, let path, let location):
            .error(
                "'{{/\(found)}}' closes a section, but the open section is '\(expected)'", file: path,
                at: location, hint: "close '\(expected)' first with {{/\(expected)}}")
        case .unexpectedClosingTag(let name, let path, let location):
            .error("'{{/\(name)}}' closes a section that is not open", file: path, at: location)
        case .invalidDelimiters(let content, let path, let location):
            .error(
                "invalid delimiters '\(content)'", file: path, at: location,
                hint: "write two delimiters separated by a space, without '=' or spaces, as in {{=<% %>=}}")
        case .missingPartial(let name, let path, let location):
            .error("no template named '\(name)'", file: path, at: location)
        case .partialRecursionTooDeep(let name, let depth, let path, let location):
            .error(
                "partials nested more than \(depth) deep while including '\(name)'", file: path, at: location,
                hint: "a partial probably includes itself without a section that ends the recursion")
        case .templateNotFound(let name):
            .error("no template named '\(name)'", file: file)
        case .unreadableTemplate(let name, let path, let reason):
            .error("cannot read template '\(name)': \(reason)", file: path)
        }
    }
}
