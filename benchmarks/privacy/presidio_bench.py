#!/usr/bin/env python3
"""Runs Microsoft Presidio's analyzer (spaCy fr_core_news_sm) on the post bodies of an export and prints
its speed in characters per second, for comparison with `infolettre anonymize` (analysis only: Presidio's
anonymizer step would only add time).

Usage: presidio_bench.py EXPORT.jsonl [--limit-chars N]
Prints one line: `presidio <characters> <seconds> <characters per second>`.
"""
import argparse
import json
import time

from presidio_analyzer import AnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider


def bodies(path, limit):
    total = 0
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("type") != "post":
                continue
            yield record["body"]
            total += len(record["body"])
            if total >= limit:
                return


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("export")
    parser.add_argument("--limit-chars", type=int, default=1_000_000)
    args = parser.parse_args()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}]})
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["fr"])
    texts = list(bodies(args.export, args.limit_chars))
    analyzer.analyze(text=texts[0], language="fr")  # loads lazily-initialised parts outside the timing
    characters = sum(len(text) for text in texts)
    start = time.perf_counter()
    for text in texts:
        analyzer.analyze(text=text, language="fr")
    seconds = time.perf_counter() - start
    print(f"presidio {characters} {seconds:.3f} {characters / seconds:.0f}")


if __name__ == "__main__":
    main()
