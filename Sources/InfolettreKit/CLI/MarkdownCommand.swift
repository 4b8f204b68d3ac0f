import Diagnostics
import Foundation
import Markdown

enum MarkdownCommand {
    static func run(_ arguments: inout ArgumentList, context: CommandContext) throws -> Int32 {
        let format = try arguments.option("--to") ?? "html"
        guard format == "html" || format == "text" else {
            throw UsageError.invalidValue(option: "--to", value: format, expected: "html or text")
        }
        let widthText = try arguments.option("--width") ?? "72"
        guard let width = Int(widthText), width >= 20 else {
            throw UsageError.invalidValue(option: "--width", value: widthText, expected: "a number of columns ≥ 20")
        }
        var options = arguments.flag("--commonmark") ? MarkdownOptions.commonMark : MarkdownOptions()
        options.unsafeHTML = arguments.flag("--unsafe")
        let files = try arguments.positionals(max: 1)
        let bytes = try input(files.first, context: context)
        let document = MarkdownParser.parse(bytes: bytes, options: options)
        let output = format == "html"
            ? HTMLRenderer(options: options).render(document)
            : PlainTextRenderer(width: width).render(document)
        context.console.output(output)
        // The process ends right after: freeing a large document node by node is work the exit does anyway
        // (compilers skip it the same way, e.g. clang's -disable-free).
        ProcessLifetime.keep(document)
        return InfolettreCLI.ExitCode.success
    }

    private static func input(_ path: String?, context: CommandContext) throws(DiagnosticsError) -> [UInt8] {
        guard let path, path != "-" else {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: context.url(path).path) else {
            throw DiagnosticsError([.error("cannot read the file", file: path)])
        }
        return [UInt8](data)
    }
}
