import Diagnostics
import Email
import Foundation
import Templates

/// A resolved theme with its template engines and strings, ready to render emails and pages.
struct ThemeKit {
    let theme: Theme
    let strings: [String: String]
    let htmlEngine: TemplateEngine
    let textEngine: TemplateEngine
    /// Keys cached renders to the theme's exact files (see `BuildCache`).
    let fingerprint: Fingerprint

    /// Resolves the configured theme and checks that it can render: every required template exists and
    /// compiles, and every i18n key the templates use is defined.
    static func load(project: Project) throws(DiagnosticsError) -> ThemeKit {
        let resolver = ThemeResolver(projectThemes: project.layout.themesDirectory)
        let theme = try resolver.resolve(project.config.theme)
        let strings = try theme.strings(for: project.config.language)
        let kit = ThemeKit(
            theme: theme, strings: strings,
            htmlEngine: TemplateEngine(source: theme.templateSource, escape: .html),
            textEngine: TemplateEngine(source: theme.templateSource, escape: .none),
            fingerprint: theme.fingerprint)
        let problems = kit.validate(language: project.config.language)
        if problems.contains(where: { $0.severity == .error }) { throw DiagnosticsError(problems) }
        return kit
    }

    /// Missing or broken templates (errors) and i18n keys used but not defined (errors).
    func validate(language: ContentLanguage) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for name in Builder.requiredTemplates {
            do {
                if try !htmlEngine.validate(name) {
                    diagnostics.append(.error("theme '\(theme.name)' has no template '\(name)'",
                                              file: "Themes/\(theme.name)/templates/\(name).mustache",
                                              hint: "themes need: \(Builder.requiredTemplates.joined(separator: ", "))"))
                }
            } catch let error as any DiagnosticConvertible {
                diagnostics.append(error.diagnostic(file: nil))
            } catch {
                diagnostics.append(.error("\(error)", file: "\(theme.name)/templates/\(name).mustache"))
            }
        }
        for name in theme.templateNames() {
            guard let data = theme.read("templates/\(name).mustache") else { continue }
            let text = String(decoding: data, as: UTF8.self)
            for (key, location) in I18nKeyScanner.keys(in: text) where strings[key] == nil {
                diagnostics.append(.error(
                    "missing i18n key '\(key)' for language '\(language.rawValue)'",
                    file: theme.displayPath(of: "templates/\(name).mustache"), at: location,
                    hint: "add it to i18n/\(language.rawValue).yml of the theme"))
            }
        }
        return diagnostics
    }

    func viewModel(config: SiteConfig, audience: ViewModelBuilder.Audience, medium: ViewModelBuilder.Medium,
                   newestYear: String) -> ViewModelBuilder {
        ViewModelBuilder(config: config, strings: strings, audience: audience, medium: medium, newestYear: newestYear)
    }

    func emailGenerator(config: SiteConfig, newestYear: String) -> EmailGenerator {
        EmailGenerator(
            config: config, theme: theme, htmlEngine: htmlEngine, textEngine: textEngine,
            globals: globals(config: config, newestYear: newestYear, parts: "email"),
            model: viewModel(config: config, audience: .members, medium: .email, newestYear: newestYear),
            textModel: viewModel(config: config, audience: .members, medium: .text, newestYear: newestYear),
            inliner: CSSInliner(options: .init(extraCSS: theme.read("assets/email.css").map { String(decoding: $0, as: UTF8.self) } ?? "")))
    }

    func siteGenerator(config: SiteConfig, audience: BuildOptions.Audience, issues: [RenderedIssue],
                       articles: [RenderedArticle], newestYear: String) -> SiteGenerator {
        let audience: ViewModelBuilder.Audience = audience == .members ? .members : .public
        return SiteGenerator(
            config: config, theme: theme, engine: htmlEngine,
            model: viewModel(config: config, audience: audience, medium: .site, newestYear: newestYear)
                .memoizing(),
            issues: issues, articles: articles,
            globals: globals(config: config, newestYear: newestYear, parts: "site", audience.rawValue))
    }
}

/// Finds `{{i18n.key}}` (and `{{{i18n.key}}}`, `{{#i18n.key}}`) uses in a template, with their locations.
enum I18nKeyScanner {
    static func keys(in template: String) -> [(String, SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        for (lineIndex, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var searchStart = line.startIndex
            while let range = line.range(of: "i18n.", range: searchStart..<line.endIndex) {
                let before = line[line.startIndex..<range.lowerBound].last
                var end = range.upperBound
                while end < line.endIndex, line[end].isLetter || line[end].isNumber || line[end] == "_" {
                    end = line.index(after: end)
                }
                if before == "{" || before == "#" || before == "^" || before == " " || before == "&" {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    found.append((String(line[range.upperBound..<end]), SourceLocation(line: lineIndex + 1, column: column)))
                }
                searchStart = end
            }
        }
        return found
    }
}

extension ThemeKit {
    /// What every output of a kind depends on besides its own content.
    func globals(config: SiteConfig, newestYear: String, parts: String...) -> Fingerprint {
        var globals = Fingerprint(InfolettreVersion.current, newestYear)
        for part in parts { globals.combine(part) }
        globals.combine(config.fingerprint)
        globals.combine(fingerprint)
        return globals
    }
}
