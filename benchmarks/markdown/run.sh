#!/usr/bin/env bash
# Compares the speed and peak memory of Infolettre's Markdown renderer with cmark's (CommonMark) and
# cmark-gfm's (GFM, plain text) on a corpus of at least 4 MB (the CommonMark spec examples and French
# newsletter prose, repeated).
#
# Usage: benchmarks/markdown/run.sh            (builds the release product at the repository root)
#        INFOLETTRE_BIN=/path/to/binary RUNS=7 benchmarks/markdown/run.sh
# The binary is invoked as `$INFOLETTRE_BIN markdown FILE [--commonmark] [--to text]`.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-5}
minimum_bytes=$((4 * 1024 * 1024))

install_if_missing() { # command package
    command -v "$1" >/dev/null 2>&1 || [ -x "$1" ] || apt-get install -y "$2" >/dev/null
}
install_if_missing cmark cmark
install_if_missing cmark-gfm cmark-gfm
install_if_missing /usr/bin/time time

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
corpus="$work/corpus.md"
: > "$corpus"
while [ "$(wc -c < "$corpus")" -lt "$minimum_bytes" ]; do
    cat "$here/spec-examples.md" >> "$corpus"
    printf '\n\n' >> "$corpus"
    for _ in 1 2 3 4 5 6 7 8; do cat "$here/french-prose.md" >> "$corpus"; done
done

binary=${INFOLETTRE_BIN:-"$root/.build/release/infolettre"}
if [ -z "${INFOLETTRE_BIN:-}" ]; then
    (cd "$root" && swift build -c release --product infolettre >/dev/null)
fi

# measure NAME COMMAND...: prints "NAME|best-CPU-ms|best-wall-ms|peak-RSS-KB" over $runs runs.
# CPU time (user + system) is the figure compared: wall time is noisy on a shared machine.
measure() {
    local name=$1; shift
    : > "$work/times"
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/out"
        tail -n 1 "$work/time" >> "$work/times"
    done
    awk -v name="$name" '
        { cpu = ($2 + $3) * 1000; wall = $1 * 1000
          if (NR == 1 || cpu < best_cpu) best_cpu = cpu
          if (NR == 1 || wall < best_wall) best_wall = wall
          if ($4 > rss) rss = $4 }
        END { printf "%s|%d|%d|%d\n", name, best_cpu, best_wall, rss }' "$work/times"
}

# Each mode is compared with the peer doing the same work: CommonMark HTML with cmark; GFM HTML and plain
# text with cmark-gfm and the same extensions (cmark has neither GFM nor a plain-text renderer).
gfm=(-e table -e strikethrough -e autolink -e tasklist -e footnotes)
results="$work/results"
{
    measure "cmark" cmark "$corpus"
    measure "infolettre --commonmark" "$binary" markdown "$corpus" --commonmark
    measure "cmark-gfm" cmark-gfm "${gfm[@]}" "$corpus"
    measure "infolettre (GFM)" "$binary" markdown "$corpus"
    measure "cmark-gfm -t plaintext" cmark-gfm "${gfm[@]}" -t plaintext --width 72 "$corpus"
    measure "infolettre --to text" "$binary" markdown "$corpus" --to text
} > "$results"

printf 'Corpus: %s bytes, best of %s runs; each infolettre mode against the peer above it\n\n' "$(wc -c < "$corpus")" "$runs"
awk -F'|' '
    BEGIN { printf "%-26s %10s %10s %14s %8s %8s\n", "renderer", "CPU (ms)", "wall (ms)", "peak RSS (KB)", "CPU ×", "RSS ×" }
    NR % 2 == 1 { peer_cpu = ($2 > 0 ? $2 : 1); peer_rss = $4
                  printf "%-26s %10d %10d %14d\n", $1, $2, $3, $4; next }
    { printf "%-26s %10d %10d %14d %8.2f %8.2f\n", $1, $2, $3, $4, $2 / peer_cpu, $4 / peer_rss }' "$results"
