#!/usr/bin/env python3
"""Writes a French discussions export (JSON Lines, format infolettre-discussions/1) of about --size bytes,
with planted personal data, and a ground-truth file listing every planted value (one per line, tab-separated
category and value) and the ordinary phrases that must survive. Deterministic for a given --seed.

Usage: generate.py --size 50000000 --out export.jsonl --truth truth.tsv [--seed 1]
"""
import argparse
import json
import random
import unicodedata

FIRST = ["Nathalie", "Sophie", "Isabelle", "Karim", "Hélène", "Céline", "Mohamed", "Julien", "Amandine",
         "Sébastien", "Fatima", "Aurélie", "Thierry", "Élodie", "Yasmine", "Grégory", "Maëlle", "Loïc",
         "Bérénice", "Ousmane", "Ségolène", "Gwenaëlle", "Anne-Sophie", "Jean-Marc", "Inès", "Théo"]
LAST = ["Dubois", "Lefebvre", "Benali", "Moreau", "Girard", "Nguyen", "Rousseau", "Fontaine", "Kowalski",
        "Traoré", "Le Goff", "Bertin", "Deschamps", "Perrin", "Marchetti", "Haddad", "Lemaire", "Vasseur"]
PROFESSIONS = ["Infirmière", "Infirmier", "Aide-soignante", "Puéricultrice", "IBODE", "Cadre de santé"]
REGIONS = ["Bretagne", "Normandie", "Occitanie", "Grand Est", "Île-de-France", "Hauts-de-France"]
MEDICINES = ["Doliprane", "Lovenox", "Kardegic", "Levothyrox", "Xanax", "Tramadol", "Skenan", "Augmentin",
             "Spasfon", "Smecta", "Ventoline", "Previscan", "Eliquis", "Xarelto", "Stilnox", "paracétamol",
             "amoxicilline", "morphine", "Seresta", "Lexomil"]
ORDINARY = ["C'est la pierre angulaire du service.", "Un ciel clair ce matin sur le parking.",
            "Rose des sables en dessert à la cantine.", "On a planté un olivier devant l'entrée.",
            "Petit à petit, l'équipe s'organise.", "Le blanc des murs fatigue les yeux."]
FILLER = ["Je travaille de nuit en médecine depuis trois ans et les transmissions restent difficiles.",
          "Le planning change encore, on apprend nos horaires la veille.",
          "Quelqu'un a une astuce pour les pansements difficiles en fin de vie ?",
          "Notre cadre propose des réunions d'équipe le jeudi, c'est plutôt positif.",
          "Les familles posent beaucoup de questions sur les visites en ce moment.",
          "J'ai fait une formation sur la douleur chronique, je partage mes notes.",
          "Merci pour vos retours, ça m'aide beaucoup à préparer l'entretien annuel."]


def phone(r):
    return "0" + str(r.choice([6, 7, 1, 2])) + " " + " ".join(f"{r.randint(0, 99):02d}" for _ in range(4))


def nir(r):
    body = f"{r.choice([1, 2])}{r.randint(50, 99):02d}{r.randint(1, 12):02d}{r.randint(1, 95):02d}{r.randint(1, 999):03d}{r.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=5_000_000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--truth", required=True)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    r = random.Random(args.seed)
    members = []
    for index in range(300):
        first, last = r.choice(FIRST), r.choice(LAST)
        ascii_first = unicodedata.normalize("NFKD", first).encode("ascii", "ignore").decode().lower()
        username = f"{ascii_first[:5]}.{last.lower()[:1]}{index}".replace(" ", "")
        members.append({"type": "member", "id": f"u{index}", "name": f"{first} {last}", "username": username,
                        "email": f"{username}@exemple.fr", "profession": r.choice(PROFESSIONS),
                        "region": r.choice(REGIONS), "city": "Rennes"})
    truth = []
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        def emit(record):
            nonlocal written
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode())
        emit({"type": "export", "format": "infolettre-discussions/1", "network": "Réseau IDE",
              "exported_at": "2026-11-23T08:00:00Z"})
        for member in members:
            emit(member)
        thread = 0
        while written < args.size:
            thread += 1
            emit({"type": "thread", "id": f"t{thread}", "title": "Organisation des nuits", "category": "Soins",
                  "tags": ["nuit"], "created_at": "2026-11-20T10:00:00Z", "views": 10})
            for post in range(r.randint(3, 8)):
                author, other = r.choice(members), r.choice(members)
                third = f"{r.choice(FIRST)} {r.choice(LAST)}"
                med = r.choice(MEDICINES)
                tel, ssn = phone(r), nir(r)
                parts = [f"Bonjour {other['name'].split()[0]},", r.choice(FILLER), r.choice(ORDINARY),
                         f"J'en ai parlé avec ma collègue {third}, elle conseille le {med}.",
                         f"Tu peux appeler {other['name']} au {tel} ou écrire à {other['email']}.",
                         f"Le patient (NIR {ssn}) va mieux, merci @{other['username']} !",
                         r.choice(FILLER), f"Bises,\n{author['name'].split()[0]}"]
                truth += [("name", other["name"].split()[0]), ("name", third), ("medicine", med),
                          ("name", other["name"]), ("phone", tel), ("email", other["email"]),
                          ("social_security_number", ssn), ("username", "@" + other["username"]),
                          ("name", author["name"].split()[0])]
                emit({"type": "post", "thread": f"t{thread}", "id": f"t{thread}-p{post}", "author": author["id"],
                      "created_at": "2026-11-20T11:00:00Z", "body": " ".join(parts[:-1]) + "\n" + parts[-1],
                      "likes": r.randint(0, 9)})
    with open(args.truth, "w", encoding="utf-8") as out:
        for category, value in sorted(set(truth)):
            out.write(f"{category}\t{value}\n")
        for phrase in ORDINARY:
            out.write(f"keep\t{phrase}\n")


if __name__ == "__main__":
    main()
