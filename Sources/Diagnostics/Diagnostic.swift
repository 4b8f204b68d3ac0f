/// How serious a diagnostic is. Errors fail a build or a check; warnings do not.
public enum Severity: String, Sendable, Hashable, Comparable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One message about the user's input, printed as `path:line:column: severity: message`
/// followed by an optional `hint:` line — the format compilers use, so editors can jump to it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    /// The file the message is about, as the user should read it (relative to the project when possible).
    public var file: String?
    public var location: SourceLocation?
    public var message: String
    public var hint: String?

    public init(
        _ severity: Severity, file: String? = nil, location: SourceLocation? = nil,
        message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.location = location
        self.message = message
        self.hint = hint
    }

    public static func error(
        _ message: String, file: String? = nil, at location: SourceLocation? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.error, file: file, location: location, message: message, hint: hint)
    }

    public static func warning(
        _ message: String, file: String? = nil, at location: SourceLocation? = nil, hint: String? = nil
    ) -> Diagnostic {
        Diagnostic(.warning, file: file, location: location, message: message, hint: hint)
    }

    /// `path:line:column: severity: message`; the location parts that are unknown are left out.
    public var headline: String {
        var prefix = ""
        if let file {
            prefix = file
            if let location { prefix += ":\(location.line):\(location.column)" }
            prefix += ": "
        }
        return "\(prefix)\(severity.rawValue): \(message)"
    }

    public var description: String {
        guard let hint else { return headline }
        return "\(headline)\n  hint: \(hint)"
    }
}

/// An error that knows how to describe itself as a located diagnostic.
/// Each module's precise error enum conforms, so the orchestrator can print any of them uniformly.
public protocol DiagnosticConvertible: Error {
    /// The diagnostic for this error; `file` is the path of the input being processed, when the error
    /// itself does not carry one.
    func diagnostic(file: String?) -> Diagnostic
}

/// Several diagnostics at once, thrown when a stage collects every problem before failing.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
