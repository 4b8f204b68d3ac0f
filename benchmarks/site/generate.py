#!/usr/bin/env python3
"""Writes the site benchmark's corpus: the same newsletter archive as an Infolettre project and as a Hugo site.

The data (2,000 articles of 300-800 words of French Markdown prose, 200 weekly issues of 10 articles each, tags
from a fixed list of 30) is drawn once from a seeded generator, then written twice:

    OUT/infolettre/  infolettre.yml, content/articles/<slug>.md, content/issues/<YYYY-WW>.md
    OUT/hugo/        hugo.toml, content/articles/<slug>.md, content/issues/<YYYY-WW>.md, layouts/ (own theme),
                     static/style.css

Both sites get byte-identical article files and issue files whose front matter differs only by Hugo's `url`
(the issue's address, /YYYY/WW/, like Infolettre's). Issues are ISO weeks from 2023-W01; each article is dated in
the week before its issue and belongs to exactly one issue. Deterministic for a given --seed.

Usage: generate.py OUT [--articles 2000] [--per-issue 10] [--seed 7]
"""
import argparse
import datetime
import os
import random
import unicodedata

TITLE = "La Lettre du Cercle"
DESCRIPTION = "L'hebdomadaire des infirmières et infirmiers du Cercle Infirmier"
BASE_URL = "https://lettre.cercle-infirmier.example"

TAGS = ["exercice libéral", "cotation", "EHPAD", "soins palliatifs", "pédiatrie", "urgences", "santé mentale",
        "plaies et cicatrisation", "prévention", "vaccination", "formation", "DPC", "pratique avancée",
        "numérique en santé", "droit et déontologie", "conditions de travail", "nuit", "bloc opératoire",
        "hygiène", "douleur", "gériatrie", "maternité", "diabète", "oncologie", "domicile", "management",
        "recherche infirmière", "syndicats", "étudiants", "qualité de vie au travail"]

AUTHORS = ["Julien Marchand", "Anne-Sophie Renaud", "Claire Dubois", "Karim Benali", "Hélène Fontaine",
           "Élodie Rousseau", "Thierry Lemaire", "Fatima Haddad", "Maëlle Le Goff", "Sébastien Perrin",
           "Inès Moreau", "Grégory Vasseur"]

# Plural nouns, so that any determiner, adjective and verb below agree well enough to read as French.
NOUNS = ["équipes", "patients", "familles", "soignants", "infirmières", "infirmiers", "aides-soignantes",
         "transmissions", "pansements", "plannings", "gardes", "astreintes", "tournées", "cotations",
         "prescriptions", "protocoles", "formations", "évaluations", "consultations", "visites", "chutes",
         "douleurs", "plaies", "perfusions", "injections", "bilans", "dossiers", "logiciels", "messageries",
         "établissements", "services", "cabinets", "réseaux", "collègues", "cadres", "médecins", "pharmaciens",
         "résidents", "aidants", "étudiants", "stagiaires", "horaires", "remplacements", "rémunérations",
         "conventions", "recommandations", "pratiques", "outils", "questions", "réponses", "difficultés",
         "solutions", "retours", "témoignages", "réunions", "entretiens", "démarches", "droits", "obligations",
         "risques", "erreurs", "indicateurs", "moyens", "besoins", "priorités", "habitudes", "règles"]
ADJECTIVES = ["nouvelles", "anciennes", "libérales", "hospitalières", "quotidiennes", "difficiles", "simples",
              "précises", "concrètes", "nombreuses", "régionales", "nationales", "partagées", "sécurisées",
              "coordonnées", "essentielles", "fréquentes", "adaptées", "complètes", "utiles", "rapides",
              "prudentes", "claires", "collectives", "individuelles", "récentes", "prévues", "mutualisées"]
VERBS = ["organisent", "préparent", "vérifient", "accompagnent", "simplifient", "transforment", "rassurent",
         "compliquent", "facilitent", "améliorent", "précisent", "soutiennent", "encadrent", "rythment",
         "renforcent", "questionnent", "éclairent", "modifient", "protègent", "structurent", "allègent"]
COMPLEMENTS = ["au quotidien", "en fin de journée", "dès le premier janvier", "sans précipitation",
               "avec méthode", "depuis plusieurs mois", "dans la plupart des services", "en libéral comme à "
               "l'hôpital", "la nuit comme le jour", "à chaque changement", "pour la première fois",
               "au plus près des patients", "selon les textes en vigueur", "sans surcoût", "avec les familles",
               "dans le respect du secret médical", "entre deux tournées", "en équipe pluriprofessionnelle"]
DETERMINERS = ["les", "des", "nos", "vos", "ces", "leurs", "certaines", "plusieurs", "toutes les"]
CONNECTORS = ["Pourtant,", "En pratique,", "Dans les faits,", "Pour autant,", "De plus,", "Enfin,", "Ainsi,",
              "Selon nos lecteurs,", "Comme chaque année,", "Autrement dit,", "Concrètement,", "Par ailleurs,"]
HEADINGS = ["Ce qui change", "Les points de vigilance", "Ce que disent les textes", "Sur le terrain",
            "Les bonnes pratiques", "Questions fréquentes", "Et maintenant ?", "En résumé", "Pour aller plus loin",
            "Le regard des équipes", "Les chiffres à retenir", "Méthode pas à pas", "Ce qu'il faut éviter"]
LINK_TARGETS = ["https://www.has-sante.fr/", "https://www.ameli.fr/infirmier", "https://www.ordre-infirmiers.fr/",
                "https://solidarites.gouv.fr/", "https://www.legifrance.gouv.fr/", "https://www.santepubliquefrance.fr/"]


def ascii_slug(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    return "-".join(words)


def noun_phrase(r):
    phrase = f"{r.choice(DETERMINERS)} {r.choice(NOUNS)}"
    return phrase + (" " + r.choice(ADJECTIVES) if r.random() < 0.5 else "")


def sentence(r, decorate=True):
    words = [noun_phrase(r), r.choice(VERBS), noun_phrase(r)]
    if r.random() < 0.6:
        words.append(r.choice(COMPLEMENTS))
    if r.random() < 0.3:
        words.insert(0, r.choice(CONNECTORS))
    if decorate and r.random() < 0.12:
        words[-1] = f"*{words[-1]}*"
    elif decorate and r.random() < 0.06:
        words[-1] = f"**{words[-1]}**"
    elif decorate and r.random() < 0.07:
        words[-1] = f"[{words[-1]}]({r.choice(LINK_TARGETS)})"
    text = " ".join(words)
    return text[0].upper() + text[1:] + r.choice([".", ".", ".", ".", " !", " ?"])


def word_count(text):
    return len(text.split())


def paragraph(r):
    return " ".join(sentence(r) for _ in range(r.randint(2, 5)))


def bullet_list(r):
    ordered = r.random() < 0.35
    items = [sentence(r) for _ in range(r.randint(3, 6))]
    return "\n".join((f"{i}. " if ordered else "- ") + item for i, item in enumerate(items, 1))


def table(r):
    columns = r.sample(["Situation", "Acte", "Délai", "Référence", "Fréquence", "Responsable"], 3)
    rows = [f"| {' | '.join(columns)} |", "|" + "---|" * len(columns)]
    for _ in range(r.randint(3, 6)):
        cells = [f"{r.choice(NOUNS)} {r.choice(ADJECTIVES)}", r.choice(COMPLEMENTS), f"{r.randint(1, 48)} h"]
        rows.append(f"| {' | '.join(cells)} |")
    return "\n".join(rows)


def article_body(r, with_table):
    target = r.randint(300, 800)
    blocks = [paragraph(r), paragraph(r)]
    headings = r.sample(HEADINGS, len(HEADINGS))
    table_pending = with_table
    while word_count("\n\n".join(blocks)) < target:
        blocks.append("## " + headings.pop() if headings else "## " + r.choice(HEADINGS))
        blocks.append(paragraph(r))
        roll = r.random()
        if table_pending and roll < 0.5:
            blocks.append(table(r))
            table_pending = False
        elif roll < 0.45:
            blocks.append(bullet_list(r))
        elif roll < 0.55:
            blocks.append("> " + sentence(r, decorate=False))
        blocks.append(paragraph(r))
    if table_pending:
        blocks.append(table(r))
    return "\n\n".join(blocks) + "\n"


def quoted(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow_list(values):
    return "[" + ", ".join(quoted(v) for v in values) + "]"


def make_articles(r, count):
    articles, used = [], set()
    for index in range(count):
        title = sentence(r, decorate=False).rstrip(".!? ")
        slug = ascii_slug(title)[:60].rstrip("-")
        if slug in used:
            slug = f"{slug}-{index}"
        used.add(slug)
        articles.append({
            "slug": slug, "title": title, "tags": r.sample(TAGS, r.randint(1, 3)),
            "summary": sentence(r, decorate=False), "authors": r.sample(AUTHORS, r.randint(1, 2)),
            "body": article_body(r, with_table=index % 4 == 0),
        })
    return articles


def make_issues(r, articles, per_issue):
    first_monday = datetime.date.fromisocalendar(2023, 1, 1)
    issues = []
    for number, start in enumerate(range(0, len(articles), per_issue), 1):
        date = first_monday + datetime.timedelta(weeks=number - 1)
        iso_year, iso_week, _ = date.isocalendar()
        members = articles[start:start + per_issue]
        for article in members:
            article["date"] = date - datetime.timedelta(days=r.randint(1, 7))
        order = [a["slug"] for a in members]
        r.shuffle(order)
        lead = next(a for a in members if a["slug"] == order[0])
        issues.append({
            "id": f"{iso_year}-{iso_week:02d}", "url": f"/{iso_year}/{iso_week:02d}/", "number": number,
            "date": date, "title": f"{TITLE} n° {number}", "subject": lead["title"],
            "preheader": sentence(r, decorate=False), "articles": order,
            "body": "Chères et chers collègues,\n\n" + "\n\n".join(paragraph(r) for _ in range(r.randint(2, 4)))
                    + "\n\nBonne lecture, et bonne semaine.\n",
        })
    return issues


def article_file(article):
    return "\n".join([
        "---", f"title: {quoted(article['title'])}", f"date: {article['date'].isoformat()}",
        f"tags: {flow_list(article['tags'])}", f"summary: {quoted(article['summary'])}",
        f"authors: {flow_list(article['authors'])}", "---", article["body"]])


def issue_file(issue, hugo):
    lines = ["---", f"title: {quoted(issue['title'])}", f"number: {issue['number']}",
             f"date: {issue['date'].isoformat()}", f"subject: {quoted(issue['subject'])}",
             f"preheader: {quoted(issue['preheader'])}", f"articles: [{', '.join(issue['articles'])}]"]
    if hugo:
        lines.append(f"url: {quoted(issue['url'])}")
    return "\n".join(lines + ["---", issue["body"]])


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


INFOLETTRE_YML = f"""title: {quoted(TITLE)}
description: {quoted(DESCRIPTION)}
base_url: {quoted(BASE_URL)}
language: fr
sender:
  name: {quoted(TITLE)}
  email: "lettre@cercle-infirmier.example"
reply_to: "redaction@cercle-infirmier.example"
unsubscribe:
  url: "{BASE_URL}/desabonnement"
  mailto: "desabonnement@cercle-infirmier.example"
theme: default
"""

# Outputs mirror Infolettre's site: HTML everywhere, one feed for the whole site (the home's RSS), a sitemap.
HUGO_TOML = f"""baseURL = "{BASE_URL}/"
languageCode = "fr"
defaultContentLanguage = "fr"
title = {quoted(TITLE)}
paginate = 10
removePathAccents = true
disableKinds = ["robotsTXT"]
enableRobotsTXT = false

[params]
description = {quoted(DESCRIPTION)}

[taxonomies]
tag = "tags"

[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]

[markup.goldmark.renderer]
unsafe = false
"""

LAYOUTS = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
<meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ with site.Home.OutputFormats.Get "RSS" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}" title="{{ site.Title }}">{{ end }}
</head>
<body>
<header><a href="{{ "/" | relURL }}">{{ site.Title }}</a>
<nav><a href="{{ "/issues/" | relURL }}">Archives</a> <a href="{{ "/tags/" | relURL }}">Thèmes</a></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>{{ site.Params.description }}</p></footer>
</body>
</html>
""",
    "_default/single.html": """{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p class="meta"><time datetime="{{ .Date.Format "2006-01-02" }}">{{ time.Format ":date_full" .Date }}</time>
{{ with .Params.authors }} · {{ delimit . ", " }}{{ end }}</p>
{{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
{{ .Content }}
{{ with .GetTerms "tags" }}<ul class="tags">{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}
</article>{{ end }}
""",
    "issues/single.html": """{{ define "main" }}<article class="issue">
<h1>{{ .Title }}</h1>
<p class="meta">N° {{ .Params.number }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ time.Format ":date_full" .Date }}</time></p>
<p class="preheader">{{ .Params.preheader }}</p>
<div class="editorial">{{ .Content }}</div>
<ol class="articles">{{ range .Params.articles }}{{ with site.GetPage (printf "/articles/%s" .) }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}{{ end }}</ol>
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ $pager := .Paginate .Pages.ByDate.Reverse }}
<ul class="archive">{{ range $pager.Pages }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time>{{ with .Params.preheader }}<p>{{ . }}</p>{{ end }}</li>{{ end }}</ul>
<nav class="pagination">{{ with $pager.Prev }}<a href="{{ .URL }}">Précédent</a>{{ end }}
Page {{ $pager.PageNumber }} / {{ $pager.TotalPages }}
{{ with $pager.Next }}<a href="{{ .URL }}">Suivant</a>{{ end }}</nav>
{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul class="tags">{{ range .Data.Terms.Alphabetical }}
<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """{{ define "main" }}<h1>{{ .Title }}</h1>
<ul class="articles">{{ range .Pages.ByDate.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Params.summary }}</p></li>{{ end }}</ul>
{{ end }}
""",
    "index.html": """{{ define "main" }}{{ $issues := where site.RegularPages "Section" "issues" }}
{{ range first 1 $issues.ByDate.Reverse }}<section class="latest"><h1><a href="{{ .RelPermalink }}">{{ .Title }}</a></h1>
<p>{{ .Params.preheader }}</p>{{ .Content }}
<ol>{{ range .Params.articles }}{{ with site.GetPage (printf "/articles/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ol></section>{{ end }}
<section class="recent"><h2>Numéros précédents</h2><ul>{{ range first 5 (after 1 $issues.ByDate.Reverse) }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></section>
{{ end }}
""",
    "index.rss.xml": """{{- $issues := where site.RegularPages "Section" "issues" -}}
{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>{{ site.Title }}</title><link>{{ .Permalink }}</link><description>{{ site.Params.description }}</description>
<language>{{ site.LanguageCode }}</language>
{{ range first 20 $issues.ByDate.Reverse }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" | safeHTML }}</pubDate><description>{{ .Params.preheader }}</description>
{{ $content := .Content }}{{ range .Params.articles }}{{ with site.GetPage (printf "/articles/%s" .) }}{{ $content = printf "%s<h2>%s</h2>%s" $content .Title .Content }}{{ end }}{{ end }}
<content:encoded>{{ $content | html }}</content:encoded></item>
{{ end }}</channel></rss>
""",
    "404.html": """{{ define "main" }}<h1>Page introuvable</h1><p><a href="{{ "/" | relURL }}">Accueil</a></p>{{ end }}
""",
}

STYLE_CSS = """body{font:1rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;color:#222}
header{display:flex;justify-content:space-between}a{color:#0645ad}table{border-collapse:collapse}
td,th{border:1px solid #ccc;padding:.25rem .5rem}.meta,time{color:#666}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}a{color:#8ab4f8}}
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder to write infolettre/ and hugo/ into")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--per-issue", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.articles % args.per_issue:
        parser.error("--articles must be a multiple of --per-issue (every article is in exactly one issue)")
    r = random.Random(args.seed)
    articles = make_articles(r, args.articles)
    issues = make_issues(r, articles, args.per_issue)

    infolettre, hugo = os.path.join(args.out, "infolettre"), os.path.join(args.out, "hugo")
    write(os.path.join(infolettre, "infolettre.yml"), INFOLETTRE_YML)
    write(os.path.join(hugo, "hugo.toml"), HUGO_TOML)
    for name, text in LAYOUTS.items():
        write(os.path.join(hugo, "layouts", name), text)
    write(os.path.join(hugo, "static", "style.css"), STYLE_CSS)
    write(os.path.join(hugo, "content", "issues", "_index.md"), '---\ntitle: "Archives"\n---\n')
    # Infolettre has no list of all articles (they are listed by issue and by tag): neither does the Hugo site.
    write(os.path.join(hugo, "content", "articles", "_index.md"),
          '---\ntitle: "Articles"\n_build:\n  render: never\n---\n')
    for article in articles:
        text = article_file(article)
        for site in (infolettre, hugo):
            write(os.path.join(site, "content", "articles", article["slug"] + ".md"), text)
    for issue in issues:
        write(os.path.join(infolettre, "content", "issues", issue["id"] + ".md"), issue_file(issue, hugo=False))
        write(os.path.join(hugo, "content", "issues", issue["id"] + ".md"), issue_file(issue, hugo=True))
    words = sum(word_count(a["body"]) for a in articles)
    print(f"{len(articles)} articles ({words // len(articles)} words on average), {len(issues)} issues "
          f"({issues[0]['id']} to {issues[-1]['id']}), {len(TAGS)} tags → {args.out}")


if __name__ == "__main__":
    main()
