#!/usr/bin/env bash
# Compares the speed and peak memory of Infolettre's Markdown renderer with cmark's on a corpus of
# at least 4 MB (the CommonMark spec examples and French newsletter prose, repeated).
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

# measure NAME COMMAND...: prints "NAME best-CPU-ms best-wall-ms peak-RSS-KB" over $runs runs.
# CPU time (user + system) is the figure compared: wall time is noisy on a shared machine.
measure() {
    local name=$1; shift
    local best_cpu="" best_wall="" rss=0
    for _ in $(seq "$runs"); do
        /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/out"
        read -r wall user system current < <(tail -n 1 "$work/time")
        local cpu; cpu=$(echo "($user + $system) * 1000" | bc -l)
        wall=$(echo "$wall * 1000" | bc -l)
        if [ -z "$best_cpu" ] || [ "$(echo "$cpu < $best_cpu" | bc -l)" = 1 ]; then best_cpu=$cpu; fi
        if [ -z "$best_wall" ] || [ "$(echo "$wall < $best_wall" | bc -l)" = 1 ]; then best_wall=$wall; fi
        if [ "$current" -gt "$rss" ]; then rss=$current; fi
    done
    echo "$name|$best_cpu|$best_wall|$rss"
}

results="$work/results"
{
    measure "cmark" cmark "$corpus"
    measure "infolettre --commonmark" "$binary" markdown "$corpus" --commonmark
    measure "infolettre (GFM)" "$binary" markdown "$corpus"
    measure "infolettre --to text" "$binary" markdown "$corpus" --to text
} > "$results"

IFS='|' read -r _ cmark_cpu _ cmark_rss < <(head -n 1 "$results")
printf 'Corpus: %s bytes, best of %s runs\n\n' "$(wc -c < "$corpus")" "$runs"
printf '%-26s %12s %12s %14s %8s %8s\n' "renderer" "CPU (ms)" "wall (ms)" "peak RSS (KB)" "CPU ×" "RSS ×"
while IFS='|' read -r name cpu wall rss; do
    printf '%-26s %12.0f %12.0f %14d %8.2f %8.2f\n' "$name" "$cpu" "$wall" "$rss" \
        "$(echo "$cpu / $cmark_cpu" | bc -l)" "$(echo "$rss / $cmark_rss" | bc -l)"
done < "$results"
