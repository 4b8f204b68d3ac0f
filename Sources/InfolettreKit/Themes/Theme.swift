import Diagnostics
import Foundation
import Templates
import YAML

/// A resolved theme: its layers in lookup order (project override, built-in, then the same for each parent),
/// and the merged views of templates, assets and i18n strings they give.
public struct Theme: Sendable {
    public var name: String
    /// The chain of theme names, the chosen one first, then its parents.
    public var chain: [String]
    let layers: [any ThemeFiles]

    /// Reads a theme file from the first layer that has it.
    func read(_ relativePath: String) -> Data? {
        for layer in layers { if let data = layer.read(relativePath) { return data } }
        return nil
    }

    /// Which layer a file comes from, for diagnostics.
    func displayPath(of relativePath: String) -> String? {
        layers.first { $0.read(relativePath) != nil }.map { "\($0.displayRoot)/\(relativePath)" }
    }

    /// A digest of every file of every layer, so cached renders are reused only with the same templates,
    /// assets and strings.
    var fingerprint: Fingerprint {
        var fingerprint = Fingerprint()
        for layer in layers {
            fingerprint.combine(layer.displayRoot)
            for path in ["templates", "assets", "i18n"].flatMap(layer.files(under:)) + ["theme.yml"] {
                fingerprint.combine(path)
                let data = layer.read(path) ?? Data()
                data.withUnsafeBytes { fingerprint.combine(bytes: $0) }
            }
        }
        return fingerprint
    }

    /// Every asset (`assets/…`) of the theme, nearer layers winning: relative path under `assets/` → bytes.
    public func assets() -> [String: Data] {
        var result: [String: Data] = [:]
        for layer in layers.reversed() {
            for path in layer.files(under: "assets") {
                if let data = layer.read(path) { result[String(path.dropFirst("assets/".count))] = data }
            }
        }
        return result
    }

    /// The templates as a Mustache source: `templates/<name>.mustache`, looked up through the layers.
    public var templateSource: some TemplateSource { LayeredTemplateSource(theme: self) }

    /// The names of every template the theme provides.
    public func templateNames() -> [String] {
        Set(layers.flatMap { $0.files(under: "templates") }
            .filter { $0.hasSuffix(".mustache") }
            .map { String($0.dropFirst("templates/".count).dropLast(".mustache".count)) }).sorted()
    }

    /// The i18n strings for `language`: parents first, nearer layers overriding key by key.
    public func strings(for language: ContentLanguage) throws(DiagnosticsError) -> [String: String] {
        var strings: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        let path = "i18n/\(language.rawValue).yml"
        for layer in layers.reversed() {
            guard let data = layer.read(path) else { continue }
            let display = "\(layer.displayRoot)/\(path)"
            do {
                let text = try SourceFile.decode(data, displayPath: display)
                let root = try YAMLParser.parse(text)
                for entry in try root.mapping().entries {
                    strings[entry.key] = try entry.value.string()
                }
            } catch let error as DiagnosticsError {
                diagnostics += error.diagnostics
            } catch let error as any DiagnosticConvertible {
                diagnostics.append(error.diagnostic(file: display))
            } catch {
                diagnostics.append(.error("\(error)", file: display))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return strings
    }
}

/// Looks templates up through a theme's layers, so a project can override a single template.
struct LayeredTemplateSource: TemplateSource {
    let theme: Theme

    func template(named name: String) throws -> (text: String, path: String)? {
        let relative = "templates/\(name).mustache"
        guard RelativePath.isSafe(relative) else { return nil }
        for layer in theme.layers {
            guard let data = layer.read(relative) else { continue }
            let path = "\(layer.displayRoot)/\(relative)"
            return (text: try SourceFile.decode(data, displayPath: path), path: path)
        }
        return nil
    }
}
