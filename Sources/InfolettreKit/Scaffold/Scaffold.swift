import Foundation

/// The files of a new project (`infolettre init`) and of new articles and issues (`infolettre new`).
enum Scaffold {
    static func config(title: String) -> String {
        """
        # Configuration of the newsletter. Every key is described in docs/content.md.
        title: "\(title)"
        description: "La lettre hebdomadaire de notre réseau de soignants"
        base_url: "https://lettre.example.org"
        language: fr
        sender:
          name: "\(title)"
          email: "lettre@example.org"
        reply_to: "redaction@example.org"
        unsubscribe:
          url: "https://lettre.example.org/desabonnement"
          mailto: "desabonnement@example.org"
        theme: default

        """
    }

    static func article(title: String, date: String, draft: Bool) -> String {
        """
        ---
        title: "\(yamlEscaped(title))"
        date: \(date)
        tags: []
        summary: ""
        authors: [Rédaction]
        \(draft ? "draft: true\n" : "")---
        Écrivez ici votre article, en Markdown.

        """
    }

    static func issue(number: Int, date: String, articles: [String]) -> String {
        """
        ---
        title: "n° \(number)"
        number: \(number)
        date: \(date)
        subject: "Notre lettre n° \(number)"
        preheader: "Les nouvelles de la semaine."
        articles: [\(articles.joined(separator: ", "))]
        ---
        L'édito de la semaine.

        """
    }

    static let welcomeArticle = """
    ---
    title: "Bienvenue dans votre lettre"
    date: {date}
    tags: [actualités]
    summary: "Votre première lettre est prête : voici comment la compléter."
    authors: [Rédaction]
    ---
    Ceci est votre premier article. Modifiez-le dans `content/articles/bienvenue.md`.

    ## Pour commencer

    - ajoutez un article avec `infolettre new article "Mon titre"` ;
    - préparez le numéro de la semaine avec `infolettre new issue` ;
    - construisez la lettre et le site avec `infolettre build`.

    """

    static let themesReadme = """
    # Themes

    Put a folder here named like a built-in theme (e.g. `default/templates/article.mustache`) to override
    single templates, assets or i18n strings, or a new theme folder with its own `theme.yml`.
    See docs/themes.md of Infolettre.

    """

    static let gitignore = "output/\n"

    static func yamlEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// ISO 8601 weeks, which name issues (`2026-48`).
enum ISOWeek {
    static var calendar: Calendar {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .gmt
        return calendar
    }

    static func id(for date: Date) -> String {
        let components = calendar.dateComponents([.yearForWeekOfYear, .weekOfYear], from: date)
        return String(format: "%04d-%02d", components.yearForWeekOfYear ?? 0, components.weekOfYear ?? 0)
    }

    /// The Monday of the week `id`.
    static func monday(of id: String) -> Date? {
        let parts = id.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 2 else { return nil }
        var components = DateComponents()
        components.yearForWeekOfYear = parts[0]
        components.weekOfYear = parts[1]
        components.weekday = 2
        return calendar.date(from: components)
    }
}
