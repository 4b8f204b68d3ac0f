#!/usr/bin/env python3
"""Checks an anonymized export against the generator's ground truth: every planted value must be gone
(searched case-insensitively as whole word sequences in titles and bodies) and every ordinary phrase kept.

Usage: check.py OUT.jsonl TRUTH.tsv     (exit status 1 when a planted value survives)
"""
import json
import re
import sys


def texts(path):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("type") == "post":
                yield record["body"]
            elif record.get("type") == "thread":
                yield record["title"]


WORD = re.compile(r"[\w@.+-]+|[^\w\s]")


def words(text):
    return [w.strip(".").lower() for w in WORD.findall(text) if w.strip(".")]


def main():
    output, truth = sys.argv[1], sys.argv[2]
    corpus = "\n".join(texts(output))
    tokens = words(corpus)
    positions = {}
    for index, token in enumerate(tokens):
        positions.setdefault(token, []).append(index)

    def occurs(value):
        needle = words(value)
        return any(tokens[start:start + len(needle)] == needle for start in positions.get(needle[0], []))

    planted, kept, keep_total, survivors = 0, 0, 0, {}
    for line in open(truth, encoding="utf-8"):
        category, value = line.rstrip("\n").split("\t", 1)
        if category == "keep":
            keep_total += 1
            kept += value in corpus
            continue
        planted += 1
        if occurs(value):
            survivors.setdefault(category, []).append(value)
    removed = planted - sum(len(v) for v in survivors.values())
    print(f"planted values removed: {removed}/{planted} ({100.0 * removed / max(planted, 1):.2f} %)")
    print(f"ordinary phrases kept: {kept}/{keep_total}")
    for category, values in sorted(survivors.items()):
        print(f"  survived {category}: {len(values)}")
    return 1 if survivors or kept < keep_total else 0


if __name__ == "__main__":
    sys.exit(main())
