import Diagnostics
import Foundation

/// Checks what no single file can: unique slugs and ids, issue references to existing articles, dates in order.
struct CrossReferenceValidator {
    let layout: ProjectLayout
    let includeDrafts: Bool

    func validate(articles: [Article], issues: [Issue]) -> [Diagnostic] {
        duplicateSlugs(articles) + duplicateNumbers(issues) + references(articles: articles, issues: issues)
            + discussionFiles(issues)
    }

    private func duplicateSlugs(_ articles: [Article]) -> [Diagnostic] {
        var firstPath: [String: String] = [:]
        firstPath.reserveCapacity(articles.count)
        var diagnostics: [Diagnostic] = []
        // By index: iterating the array would copy every article, with its many strings.
        for index in articles.indices {
            let (slug, path) = (articles[index].slug, articles[index].path)
            if let first = firstPath.updateValue(path, forKey: slug) {
                firstPath[slug] = first
                diagnostics.append(.error(
                    "duplicate article slug '\(slug)' (also used by \(first))", file: path,
                    at: SourceLocation(line: 1, column: 1), hint: "give one of them another 'slug' or file name"))
            }
        }
        return diagnostics
    }

    private func duplicateNumbers(_ issues: [Issue]) -> [Diagnostic] {
        var firstPath: [Int: String] = [:]
        var diagnostics: [Diagnostic] = []
        for issue in issues {
            if let first = firstPath[issue.number] {
                diagnostics.append(.warning(
                    "issue number \(issue.number) is also used by \(first)", file: issue.path,
                    at: SourceLocation(line: 1, column: 1)))
            } else {
                firstPath[issue.number] = issue.path
            }
        }
        return diagnostics
    }

    private func references(articles: [Article], issues: [Issue]) -> [Diagnostic] {
        // Indices rather than copies: an archive has thousands of articles.
        let bySlug = Dictionary(articles.indices.map { (articles[$0].slug, $0) }, uniquingKeysWith: { first, _ in first })
        var diagnostics: [Diagnostic] = []
        var usedBy: [String: String] = [:]
        for issue in issues {
            var inThisIssue: Set<String> = []
            for reference in issue.articles {
                guard let index = bySlug[reference.slug] else {
                    let suggestion = Suggestion.closest(to: reference.slug, among: bySlug.keys)
                    diagnostics.append(.error(
                        "unknown article '\(reference.slug)'", file: issue.path, at: reference.location,
                        hint: suggestion.map { "did you mean '\($0)'?" }
                            ?? "articles are the files in content/articles/, named <slug>.md"))
                    continue
                }
                if !inThisIssue.insert(reference.slug).inserted {
                    diagnostics.append(.error(
                        "article '\(reference.slug)' is listed twice", file: issue.path, at: reference.location))
                }
                if articles[index].draft && !includeDrafts {
                    diagnostics.append(.error(
                        "article '\(reference.slug)' is a draft", file: issue.path, at: reference.location,
                        hint: "remove 'draft: true' from \(articles[index].path), or build with --drafts to preview"))
                }
                if let other = usedBy[reference.slug], other != issue.id {
                    diagnostics.append(.warning(
                        "article '\(reference.slug)' is also in issue \(other)", file: issue.path,
                        at: reference.location))
                }
                usedBy[reference.slug] = usedBy[reference.slug] ?? issue.id
                if articles[index].date > issue.date {
                    diagnostics.append(.warning(
                        "article '\(reference.slug)' is dated after the issue", file: issue.path,
                        at: reference.location))
                }
            }
        }
        return diagnostics
    }

    private func discussionFiles(_ issues: [Issue]) -> [Diagnostic] {
        issues.compactMap { issue in
            guard let path = issue.discussionsPath else { return nil }
            let url = layout.url(forProjectPath: path)
            guard !FileManager.default.fileExists(atPath: url.path) else { return nil }
            return .error("discussions export '\(path)' not found", file: issue.path,
                          at: SourceLocation(line: 1, column: 1))
        }
    }
}
