import Diagnostics
import Foundation

/// Where the tool talks to the user: progress on standard output, diagnostics on standard error.
/// Colour only when the stream is a terminal and `NO_COLOR` is not set (https://no-color.org).
public struct Console: Sendable {
    public enum Verbosity: Int, Sendable, Comparable {
        case quiet, normal, verbose
        public static func < (lhs: Verbosity, rhs: Verbosity) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var verbosity: Verbosity
    public var colorOutput: Bool
    public var colorErrors: Bool
    private let write: @Sendable (String, Bool) -> Void

    /// A console on the process's standard streams.
    public init(verbosity: Verbosity = .normal, environment: [String: String] = ProcessInfo.processInfo.environment) {
        let colorAllowed = environment["NO_COLOR"].map(\.isEmpty) ?? true
        self.verbosity = verbosity
        self.colorOutput = colorAllowed && isatty(STDOUT_FILENO) == 1
        self.colorErrors = colorAllowed && isatty(STDERR_FILENO) == 1
        self.write = { text, toError in
            let handle = toError ? FileHandle.standardError : FileHandle.standardOutput
            handle.write(Data(text.utf8))
        }
    }

    /// A console that hands every line to `sink` (tests, the preview server).
    public init(verbosity: Verbosity = .normal, sink: @escaping @Sendable (String, Bool) -> Void) {
        self.verbosity = verbosity
        self.colorOutput = false
        self.colorErrors = false
        self.write = sink
    }

    /// A line of progress, shown unless `--quiet`.
    public func progress(_ line: String) {
        guard verbosity >= .normal else { return }
        write(line + "\n", false)
    }

    /// A detail shown with `--verbose` only.
    public func detail(_ line: String) {
        guard verbosity >= .verbose else { return }
        write(paint(line, .dim, colorOutput) + "\n", false)
    }

    /// A result line that is always shown (even with `--quiet`), e.g. `markdown`'s output.
    public func output(_ text: String) { write(text, false) }

    public func report(_ diagnostic: Diagnostic) {
        if diagnostic.severity == .note && verbosity < .verbose { return }
        if diagnostic.severity == .warning && verbosity < .normal { return }
        let label = diagnostic.severity.rawValue
        let style: Style = switch diagnostic.severity {
        case .error: .red
        case .warning: .yellow
        case .note: .dim
        }
        var line = diagnostic.headline
        if colorErrors, let range = line.range(of: "\(label):") {
            line.replaceSubrange(range, with: paint("\(label):", style, true))
            line = paint(String(line[..<range.lowerBound]), .bold, true) + String(line[range.lowerBound...])
        }
        if let hint = diagnostic.hint { line += "\n  " + paint("hint:", .cyan, colorErrors) + " " + hint }
        write(line + "\n", true)
    }

    public func report(_ diagnostics: [Diagnostic]) {
        diagnostics.forEach { report($0) }
    }

    /// A final status line on standard error (e.g. "build failed: 2 errors").
    public func failure(_ line: String) {
        write(paint(line, .red, colorErrors) + "\n", true)
    }

    enum Style: String {
        case red = "31", yellow = "33", cyan = "36", bold = "1", dim = "2", green = "32"
    }

    func paint(_ text: String, _ style: Style, _ enabled: Bool) -> String {
        enabled ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }

    /// "✓ stage … counts (12 ms)", green on a terminal.
    public func stage(_ name: String, _ summary: String, milliseconds: Int) {
        guard verbosity >= .normal else { return }
        let padded = name.padding(toLength: 12, withPad: " ", startingAt: 0)
        write(paint("✓", .green, colorOutput) + " \(padded) \(summary) " + paint("(\(milliseconds) ms)", .dim, colorOutput) + "\n", false)
    }
}
