import Diagnostics
import Discussions
import Foundation
import Privacy

enum AnonymizeCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let root = try arguments.option("--root").map(context.url) ?? context.currentDirectory
        let outputPath = try arguments.option("--output", "-o")
        guard let inputPath = try arguments.positionals(max: 1).first else { throw UsageError.missingArgument("EXPORT") }
        let input = context.url(inputPath)
        guard FileManager.default.fileExists(atPath: input.path) else {
            throw DiagnosticsError([.error("export not found", file: inputPath)])
        }
        let output = outputPath.map(context.url) ?? defaultOutput(for: input)
        let options = try settings(root: root, console: context.console)

        // Written beside the destination then renamed: a failure never leaves half an export.
        let staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString).partial")
        do {
            let report = try ExportAnonymizer(options: options).anonymize(contentsOf: input, to: staging)
            if FileManager.default.fileExists(atPath: output.path) { try FileManager.default.removeItem(at: output) }
            try FileManager.default.moveItem(at: staging, to: output)
            context.console.progress(report.summary(language: options.language))
            context.console.progress("Anonymized export written to \(output.path)")
        } catch {
            try? FileManager.default.removeItem(at: staging)
            if let convertible = error as? any DiagnosticConvertible {
                var diagnostic = convertible.diagnostic(file: inputPath)
                if diagnostic.file == input.path { diagnostic.file = inputPath }
                throw DiagnosticsError([diagnostic])
            }
            throw error
        }
        return InfolettreCLI.ExitCode.success
    }

    /// `semaine.jsonl` → `semaine.anonymized.jsonl`; a Discourse folder gives `<folder>.anonymized.jsonl`.
    static func defaultOutput(for input: URL) -> URL {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: input.path, isDirectory: &isDirectory)
        if isDirectory.boolValue { return input.appendingPathExtension("anonymized.jsonl") }
        let base = input.deletingPathExtension()
        return base.appendingPathExtension("anonymized").appendingPathExtension(input.pathExtension)
    }

    /// The project's privacy and charter settings when run inside a project, else the defaults.
    private static func settings(root: URL, console: Console) throws(DiagnosticsError) -> AnonymizerOptions {
        let layout = ProjectLayout(root: root)
        guard FileManager.default.fileExists(atPath: layout.configFile.path) else {
            return AnonymizerOptions(recognizers: IdentifierRecognizers.all())
        }
        let (config, warnings) = try ConfigLoader.load(from: layout.configFile, displayPath: ConfigLoader.fileName)
        console.report(warnings)
        return try config.anonymizerOptions(root: layout)
    }
}
