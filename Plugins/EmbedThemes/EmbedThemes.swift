import Foundation
import PackagePlugin

/// Compiles the built-in themes (`Themes/`) into the binary, so an installed `infolettre` finds them without
/// the source checkout. Every theme file is an input: editing a template rebuilds the embedded copy.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let themes = context.package.directoryURL.appendingPathComponent("Themes")
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedThemes.swift")
        return [
            .buildCommand(
                displayName: "Embedding built-in themes",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [themes.path, output.path],
                inputFiles: files(under: themes),
                outputFiles: [output]
            )
        ]
    }

    private func files(under directory: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        return enumerator.compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
