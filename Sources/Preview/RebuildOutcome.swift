/// The result of one rebuild triggered by the file watcher, as returned by the caller's rebuild closure.
public struct RebuildOutcome: Sendable, Hashable {
    /// Whether the build wrote a new output. On failure the previous output stays in place and is still served.
    public var succeeded: Bool
    /// The build's diagnostics as printed in a terminal (empty when there were none); shown in the browser overlay.
    public var diagnostics: String

    /// An outcome; `diagnostics` may stay empty on success.
    public init(succeeded: Bool, diagnostics: String = "") {
        self.succeeded = succeeded
        self.diagnostics = diagnostics
    }
}
