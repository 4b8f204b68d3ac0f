import Diagnostics
import Foundation

/// The `infolettre` command line: parses the arguments, runs one command, returns the exit code.
///
/// Exit codes: 0 success; 1 the input has errors (build or check failed, nothing written); 2 usage error.
public enum InfolettreCLI {
    public enum ExitCode {
        public static let success: Int32 = 0
        public static let inputError: Int32 = 1
        public static let usageError: Int32 = 2
    }

    /// Runs the command line `arguments` (without the program name).
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
                           currentDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
                           console makeConsole: ((Console.Verbosity) -> Console)? = nil) -> Int32 {
        let globalFlags: Set<String> = ["--quiet", "-q", "--verbose", "-v"]
        let verbosity: Console.Verbosity =
            arguments.contains { $0 == "--quiet" || $0 == "-q" } ? .quiet
            : arguments.contains { $0 == "--verbose" || $0 == "-v" } ? .verbose : .normal
        let console = makeConsole?(verbosity) ?? Console(verbosity: verbosity, environment: environment)
        let arguments = arguments.filter { !globalFlags.contains($0) }
        guard let name = arguments.first, !name.hasPrefix("-") else {
            switch arguments.first {
            case "--version":
                console.output("infolettre \(InfolettreVersion.current)\n")
                return ExitCode.success
            case "--help", "-h":
                console.output(Help.overview)
                return ExitCode.success
            case nil:
                console.output(Help.overview)
                return ExitCode.usageError
            case let option?:
                return usage(.unknownOption(option), command: nil, console: console)
            }
        }
        let rest = Array(arguments.dropFirst())
        guard let command = Command(rawValue: name) else {
            let suggestion = Suggestion.closest(to: name, among: Command.allCases.map(\.rawValue))
            return usage(.unknownCommand(name, suggestion: suggestion), command: nil, console: console)
        }
        if rest.contains("--help") || rest.contains("-h") {
            console.output(command.help)
            return ExitCode.success
        }
        let context = CommandContext(console: console, currentDirectory: currentDirectory, environment: environment)
        do {
            return try command.run(ArgumentList(rest), context: context)
        } catch let error as UsageError {
            return usage(error, command: command, console: console)
        } catch let error as DiagnosticsError {
            console.report(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            console.failure("\(command.rawValue) failed: \(count) error\(count == 1 ? "" : "s")")
            return ExitCode.inputError
        } catch {
            console.report(.error("\(error)"))
            return ExitCode.inputError
        }
    }

    private static func usage(_ error: UsageError, command: Command?, console: Console) -> Int32 {
        console.report(.error(error.description, hint: error.hint ?? "see 'infolettre \(command.map { "\($0.rawValue) " } ?? "")--help'"))
        return ExitCode.usageError
    }
}

/// What every command gets from the process.
struct CommandContext {
    let console: Console
    let currentDirectory: URL
    let environment: [String: String]

    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : currentDirectory.appendingPathComponent(path)
    }
}

enum Command: String, CaseIterable {
    case `init`
    case new
    case build
    case check
    case markdown
    case anonymize
    case preview

    func run(_ arguments: ArgumentList, context: CommandContext) throws -> Int32 {
        var arguments = arguments
        switch self {
        case .`init`: return try InitCommand.run(&arguments, context: context)
        case .new: return try NewCommand.run(&arguments, context: context)
        case .build: return try BuildCommand.run(&arguments, context: context)
        case .check: return try CheckCommand.run(&arguments, context: context)
        case .markdown: return try MarkdownCommand.run(&arguments, context: context)
        case .anonymize: return try AnonymizeCommand.run(&arguments, context: context)
        case .preview: return try PreviewCommand.run(&arguments, context: context)
        }
    }

    var help: String {
        switch self {
        case .`init`: Help.initCommand
        case .new: Help.newCommand
        case .build: Help.buildCommand
        case .check: Help.checkCommand
        case .markdown: Help.markdownCommand
        case .anonymize: Help.anonymizeCommand
        case .preview: Help.previewCommand
        }
    }
}
