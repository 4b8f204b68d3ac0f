import Diagnostics
import Foundation

enum BuildCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        var options = try buildOptions(&arguments, context: context, allowsOutput: true)
        options.leavesMemoryToExit = true
        _ = try arguments.positionals(max: 0)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try Builder(options: options, console: context.console).build()
        let milliseconds = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let warnings = result.warnings.count
        context.console.progress("Built \(result.fileCount) files in \(milliseconds) ms"
            + (warnings > 0 ? " with \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + ".")
        return InfolettreCLI.ExitCode.success
    }

    /// The options `build` and `check` share.
    static func buildOptions(_ arguments: inout ArgumentList, context: CommandContext, allowsOutput: Bool) throws -> BuildOptions {
        let root = try arguments.option("--root").map(context.url) ?? context.currentDirectory
        let output = allowsOutput ? try arguments.option("--output", "-o").map(context.url) : nil
        let issue = allowsOutput ? try arguments.option("--issue") : nil
        let audienceName = try arguments.option("--audience") ?? "public"
        guard let audience = BuildOptions.Audience(rawValue: audienceName) else {
            throw UsageError.invalidValue(option: "--audience", value: audienceName, expected: "public or members")
        }
        if let issue, !Issue.isValidID(issue) {
            throw UsageError.invalidValue(option: "--issue", value: issue, expected: "an issue id such as 2026-48")
        }
        let only = allowsOutput ? try arguments.option("--only") : nil
        let part = try only.map { name in
            guard let part = BuildOptions.Part(rawValue: name) else {
                throw UsageError.invalidValue(option: "--only", value: name, expected: "site or email")
            }
            return part
        }
        var options = BuildOptions(root: root, output: output, issueID: issue, includeDrafts: arguments.flag("--drafts"),
                                   audience: audience)
        if let part { options.parts = [part] }
        return options
    }
}

enum CheckCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        var options = try BuildCommand.buildOptions(&arguments, context: context, allowsOutput: false)
        _ = try arguments.positionals(max: 0)
        options.writesOutput = false
        let result = try Builder(options: options, console: context.console).build()
        let warnings = result.warnings.count
        context.console.progress("No errors" + (warnings > 0 ? ", \(warnings) warning\(warnings == 1 ? "" : "s")" : "") + ".")
        return InfolettreCLI.ExitCode.success
    }
}
