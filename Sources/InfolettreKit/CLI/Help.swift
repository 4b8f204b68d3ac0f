/// The `--help` texts, one per command, kept in one place so the README's CLI reference can mirror them.
enum Help {
    static let overview = """
    infolettre — weekly newsletter and archive site for health professionals' networks

    USAGE: infolettre <command> [options]

    COMMANDS:
      init [DIR]            create a new project (default: current folder)
      new article "TITLE"   add an article (content/articles/<slug>.md)
      new issue [ID]        add a weekly issue (content/issues/<id>.md)
      build                 build the email bundles and the archive site into output/
      check                 validate config, content, theme and exports without writing
      markdown [FILE]       render Markdown to HTML or plain text (stdin when no file)
      anonymize EXPORT      write a discussions export anonymized, for the editor's review
      preview               serve the site and the emails locally, rebuild on save, reload the browser

    OPTIONS:
      -q, --quiet           only errors and results
      -v, --verbose         more detail per stage
      -h, --help            help for infolettre or a command
      --version             print the version

    EXIT CODES: 0 success · 1 the input has errors (nothing written) · 2 usage error
    Colours only on a terminal; set NO_COLOR to disable them.

    """

    static let initCommand = """
    USAGE: infolettre init [DIR]

    Creates a working project in DIR (default: the current folder): infolettre.yml, a first article, a first
    issue for the current week, Themes/ for template overrides and a .gitignore. Refuses to overwrite an
    existing project.

    """

    static let newCommand = """
    USAGE: infolettre new article "TITLE" [--date YYYY-MM-DD] [--root DIR]
           infolettre new issue [ID] [--date YYYY-MM-DD] [--root DIR]

    `new article` writes content/articles/<slug>.md (slug from the title) as a draft: remove `draft: true`
    to publish it. `new issue` writes content/issues/<ID>.md; ID defaults to the week after the latest issue
    (or the current ISO week), e.g. 2026-49, and the number follows the latest issue's.

    """

    static let buildCommand = """
    USAGE: infolettre build [--root DIR] [--output DIR] [--issue ID] [--only site|email] [--drafts]
                            [--audience public|members]

    Builds every issue's email bundle (output/email/<id>/: email.html, email.txt, message.eml, manifest.json),
    the archive site (output/site/) and the privacy reports (output/reports/<id>/). Everything is rendered in
    memory and verified (broken internal links, personal data leaks) before the output folder is swapped in
    at once: a failed build leaves the previous output untouched.

    OPTIONS:
      --root DIR            the project folder (default: current folder)
      --output DIR          where to write (default: <root>/output)
      --issue ID            email bundle of this issue only (e.g. 2026-48)
      --only PART           site: the archive site alone; email: the email bundles alone (and reports)
      --drafts              allow draft articles in issues
      --audience AUDIENCE   public (default): the public archive; members: the members' variant

    """

    static let checkCommand = """
    USAGE: infolettre check [--root DIR] [--drafts]

    Validates everything a build reads — config, front matter, cross references, theme templates and i18n,
    discussions exports, email size — and prints `path:line:column: error|warning: message`. Writes nothing.
    Exit code 1 when there are errors.

    """

    static let markdownCommand = """
    USAGE: infolettre markdown [FILE] [--to html|text] [--commonmark] [--unsafe] [--width N]

    Renders Markdown from FILE (or standard input) to HTML on standard output, like cmark.

    OPTIONS:
      --to FORMAT           html (default) or text (the email's plain-text rendering)
      --commonmark          strict CommonMark: no GFM extensions (tables, strikethrough, autolinks, tasks, footnotes)
      --unsafe              pass raw HTML and dangerous URLs through
      --width N             wrap width of --to text (default 72)

    """

    static let previewCommand = """
    USAGE: infolettre preview [--root DIR] [--output DIR] [--host HOST] [--port PORT] [--drafts] [--audience A]

    Builds, serves the site at http://127.0.0.1:8000/ and the preview dashboard at /__preview/ (each email at
    375 and 600 px, light and dark, the text part, the .eml, the privacy report and check warnings), watches
    content/, Themes/ and infolettre.yml, rebuilds on save and reloads open pages. A failed rebuild shows its
    diagnostics here and in the browser while the last good output stays served. When the port is taken,
    a free one is chosen. Ctrl-C stops.

    """

    static let anonymizeCommand = """
    USAGE: infolettre anonymize EXPORT [-o OUT] [--root DIR]

    Writes the discussions export EXPORT (.json, .jsonl, or a Discourse folder) anonymized, in the same
    format: members reduced to pseudonym, profession and region; names, identifiers, medicine names and
    advertising replaced by markers. Uses the privacy and charter options of infolettre.yml when found.
    Default OUT: EXPORT's name with `.anonymized` before the extension.

    """
}
