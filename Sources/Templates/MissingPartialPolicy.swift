/// What a partial or parent tag naming an unknown template does.
public enum MissingPartialPolicy: Sendable, Hashable {
    /// Throw ``TemplateError/missingPartial(name:path:location:)``: a typo in a theme is caught at once.
    case error
    /// Render nothing, as the Mustache spec prescribes.
    case empty
}
