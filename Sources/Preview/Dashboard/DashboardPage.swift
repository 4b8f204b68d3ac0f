/// The preview dashboard at `/__preview/`: every issue's email at phone and desktop widths in light and dark,
/// its plain-text part, its `.eml`, its privacy report, and the `check` warnings. All text is escaped.
struct DashboardPage: Sendable {
    var issues: [IssuePreview]
    var warnings: [String]

    /// The widths of the email previews, in CSS pixels: a phone and the usual email column.
    static let widths = [375, 600]

    /// The complete HTML5 document.
    func render() -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="fr">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Aperçu — Infolettre</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header><h1>Aperçu de l’infolettre</h1>
            <p><a href="/">Site d’archives</a></p></header>
            <main>

            """
        html += renderWarnings()
        if issues.isEmpty {
            html += "<p class=\"empty\">Aucun numéro trouvé dans <code>output/email/</code> : lancez <code>infolettre build</code>.</p>\n"
        }
        for (index, issue) in issues.enumerated() { html += render(issue, isOpen: index == 0) }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    private func renderWarnings() -> String {
        guard !warnings.isEmpty else {
            return "<section class=\"warnings\"><h2>Vérifications</h2><p>Aucun avertissement.</p></section>\n"
        }
        let items = warnings.map { "<li>\($0.htmlEscaped)</li>" }.joined(separator: "\n")
        return "<section class=\"warnings\"><h2>Vérifications (\(warnings.count))</h2>\n<ul>\n\(items)\n</ul></section>\n"
    }

    /// One issue; only the newest is open, so that older issues' frames load only when unfolded.
    private func render(_ issue: IssuePreview, isOpen: Bool) -> String {
        let base = "/__preview/email/\(issue.id.urlPathSegmentEncoded)/"
        var html = "<section class=\"issue\" id=\"issue-\(issue.id.urlPathSegmentEncoded.htmlEscaped)\">\n"
        html += "<details\(isOpen ? " open" : "")><summary><h2>Numéro \(issue.id.htmlEscaped)</h2></summary>\n"
        html += "<p class=\"links\">"
        html += "<a href=\"\(base.htmlEscaped)email.html\">email.html</a>"
        if issue.hasMessage {
            html += " · <a href=\"\(base.htmlEscaped)message.eml\" download>Télécharger message.eml</a>"
        }
        for segment in issue.segments {
            let link = base + segment.urlPathSegmentEncoded + "/email.html"
            html += " · <a href=\"\(link.htmlEscaped)\">segment \(segment.htmlEscaped)</a>"
        }
        html += "</p>\n<div class=\"frames\">\n"
        for scheme in ["light", "dark"] {
            for width in Self.widths { html += frame(source: base + "email.html", issue: issue.id, width: width, scheme: scheme) }
        }
        html += "</div>\n"
        html += renderPlainText(issue)
        html += renderPrivacy(issue)
        return html + "</details>\n</section>\n"
    }

    private func frame(source: String, issue: String, width: Int, scheme: String) -> String {
        let dark = scheme == "dark"
        let url = dark ? source + "?scheme=dark" : source
        let label = "\(issue) — \(width) px, \(dark ? "sombre" : "clair")"
        return """
            <figure class="frame \(scheme)"><figcaption>\(width) px · \(dark ? "sombre" : "clair")</figcaption>\
            <iframe src="\(url.htmlEscaped)" width="\(width)" height="800" loading="lazy" title="\(label.htmlEscaped)"\
             style="width:\(width)px;color-scheme:\(scheme)"></iframe></figure>

            """
    }

    private func renderPlainText(_ issue: IssuePreview) -> String {
        guard let text = issue.plainText else { return "<h3>Texte brut</h3>\n<p>Pas de <code>email.txt</code>.</p>\n" }
        // HTML drops a newline right after `<pre>`; this one is dropped instead of the text's own.
        return "<h3>Texte brut</h3>\n<pre class=\"plain\">\n\(text.htmlEscaped)</pre>\n"
    }

    private func renderPrivacy(_ issue: IssuePreview) -> String {
        var html = "<h3>Confidentialité</h3>\n"
        guard let privacy = issue.privacy else {
            let reason = issue.hasPrivacyReport ? "illisible" : "absent"
            return html + "<p>Rapport <code>reports/\(issue.id.htmlEscaped)/privacy.json</code> \(reason).</p>\n"
        }
        html += "<table>\n<thead><tr><th scope=\"col\">Catégorie</th><th scope=\"col\">Retraits</th></tr></thead>\n<tbody>\n"
        for row in privacy.rows {
            html += "<tr><td>\(row.category.htmlEscaped)</td><td>\(row.count)</td></tr>\n"
        }
        html += "</tbody>\n<tfoot><tr><th scope=\"row\">Total</th><td>\(privacy.totalRemovals)</td></tr>\n"
        html += "<tr><th scope=\"row\">Fils exclus</th><td>\(privacy.excludedThreadCount)</td></tr></tfoot>\n</table>\n"
        let reportLink = "/__preview/reports/\(issue.id.urlPathSegmentEncoded)/privacy.json"
        return html + "<p><a href=\"\(reportLink.htmlEscaped)\">privacy.json</a></p>\n"
    }

    private static let style = """
        body{font:15px/1.5 system-ui,sans-serif;margin:0;padding:1rem 2rem;background:#f4f4f5;color:#18181b}
        h1{font-size:1.4rem}summary h2{display:inline;cursor:pointer}section{background:#fff;border-radius:8px;padding:1rem 1.5rem;margin:1rem 0}
        .frames{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
        figure{margin:0}figcaption{font-size:.85rem;color:#52525b}
        iframe{border:1px solid #d4d4d8;background:#fff;display:block}
        .dark iframe{background:#18181b}
        pre.plain{white-space:pre-wrap;max-height:30rem;overflow:auto;background:#fafafa;padding:1rem;border:1px solid #e4e4e7}
        table{border-collapse:collapse}th,td{border:1px solid #e4e4e7;padding:.25rem .75rem;text-align:left}
        .warnings li{color:#92400e}
        """
}
