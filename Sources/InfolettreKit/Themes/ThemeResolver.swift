import Diagnostics
import Foundation
import YAML

/// Finds a theme by name: the project's `Themes/<name>` first, then the built-in copy; follows `parent`
/// keys of `theme.yml` (cycles and unknown parents are errors).
public struct ThemeResolver: Sendable {
    public var projectThemes: URL?

    public init(projectThemes: URL?) { self.projectThemes = projectThemes }

    /// The names of every theme available to the project.
    public func availableThemes() -> [String] {
        var names = Set(EmbeddedThemeFiles.names)
        if let projectThemes, let local = try? FileManager.default.contentsOfDirectory(atPath: projectThemes.path) {
            names.formUnion(local.filter { !$0.hasPrefix(".") })
        }
        return names.sorted()
    }

    public func resolve(_ name: String, configPath: String = ConfigLoader.fileName) throws(DiagnosticsError) -> Theme {
        var chain: [String] = []
        var layers: [any ThemeFiles] = []
        var current: String? = name
        while let themeName = current {
            guard !chain.contains(themeName) else {
                throw DiagnosticsError([.error("theme '\(themeName)' is its own parent (\(chain.joined(separator: " → ")))",
                                               file: configPath)])
            }
            let themeLayers = layersOf(themeName)
            guard !themeLayers.isEmpty else {
                let suggestion = Suggestion.closest(to: themeName, among: availableThemes())
                throw DiagnosticsError([.error(
                    chain.isEmpty ? "unknown theme '\(themeName)'" : "unknown parent theme '\(themeName)' of '\(chain.last ?? "")'",
                    file: configPath,
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "available themes: \(availableThemes().joined(separator: ", "))")])
            }
            chain.append(themeName)
            layers += themeLayers
            current = try parent(of: themeName, in: themeLayers)
        }
        return Theme(name: name, chain: chain, layers: layers)
    }

    private func layersOf(_ name: String) -> [any ThemeFiles] {
        guard RelativePath.isSafe(name), !name.contains("/") else { return [] }
        var layers: [any ThemeFiles] = []
        if let projectThemes {
            let folder = projectThemes.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue {
                layers.append(DirectoryThemeFiles(root: folder, displayRoot: "Themes/\(name)"))
            }
        }
        if EmbeddedThemeFiles.exists(name) { layers.append(EmbeddedThemeFiles(name: name)) }
        return layers
    }

    private func parent(of name: String, in layers: [any ThemeFiles]) throws(DiagnosticsError) -> String? {
        guard let layer = layers.first(where: { $0.read("theme.yml") != nil }), let data = layer.read("theme.yml") else {
            return nil
        }
        let display = "\(layer.displayRoot)/theme.yml"
        do {
            let text = try SourceFile.decode(data, displayPath: display)
            let root = try YAMLParser.parse(text)
            let mapping = try root.mapping()
            return try mapping["parent"].map { node throws(YAMLAccessError) in try node.string() }
        } catch let error as DiagnosticsError {
            throw error
        } catch let error as any DiagnosticConvertible {
            throw DiagnosticsError([error.diagnostic(file: display)])
        } catch {
            throw DiagnosticsError([.error("\(error)", file: display)])
        }
    }
}
