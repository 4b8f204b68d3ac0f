#!/usr/bin/env bash
# Site benchmark, side by side with Hugo (issue #7): on the same generated archive (2,000 articles, 200 issues,
# benchmarks/site/generate.py), compares Infolettre's full site build (`build --only site`: the same work as
# Hugo's) with Hugo's (best wall time of $RUNS runs, peak RSS), reports the complete build too (site and the 200
# issues' email bundles, which Hugo does not make), then times a one-article incremental rebuild of the
# complete build (a sentence appended to one article, output kept), and checks the targets: site build
# <= 0.5 x Hugo's wall time, peak memory <= 150 MB (complete build), incremental <= 100 ms.
#
# Usage: benchmarks/site/run.sh                 (builds the release product, statically linked, at the root)
#        INFOLETTRE_BIN=/path/to/infolettre RUNS=5 benchmarks/site/run.sh
# Environment: RUNS (default 3), SEED (generator seed, default 7), STAGES (1: print `infolettre build -v`'s
# per-stage timings after the table; default 1), KEEP (1: keep the temporary folder and print its path),
# TMPDIR (where the corpus and the outputs go; default /dev/shm when it exists, else /tmp: see the README).
# Exit status: 0 when every target passes, 3 when a target fails, 1 on an error (a tool failed, a missing tool).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
runs=${RUNS:-3}
seed=${SEED:-7}
max_full_ratio=0.5
max_peak_mb=150
max_incremental_ms=100

say() { printf '== %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer (got '$runs')"
command -v python3 >/dev/null || die "python3 is required to generate the corpus"
command -v bc >/dev/null || die "bc is required (Debian: apt-get install bc)"

# install_if_missing COMMAND PACKAGE: apt-get install PACKAGE unless COMMAND is on PATH or is an executable path.
install_if_missing() {
    if command -v "$1" >/dev/null 2>&1 || [[ -x "$1" ]]; then return; fi
    [[ $(id -u) -eq 0 ]] || die "$1 is missing: run 'sudo apt-get install -y $2' first"
    say "installing $2 (apt-get)"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null 2>&1; then
        DEBIAN_FRONTEND=noninteractive apt-get update >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y "$2" >/dev/null || die "could not install $2"
    fi
}
install_if_missing hugo hugo
install_if_missing /usr/bin/time time

if [[ -n "${INFOLETTRE_BIN:-}" ]]; then
    binary=$INFOLETTRE_BIN
else
    # Linked statically, as a command-line tool is shipped: the process starts without resolving the Swift
    # runtime's and Foundation's symbols, which takes a tenth of an incremental rebuild.
    say "building infolettre (swift build -c release --static-swift-stdlib) in $root"
    (cd "$root" && swift build -c release --static-swift-stdlib --product infolettre >/dev/null) \
        || die "the release build failed"
    binary="$root/.build/release/infolettre"
fi
[[ -x "$binary" ]] || die "no executable at $binary (set INFOLETTRE_BIN)"

# In memory by default: on a disk file system the time to create an inode depends on what was deleted in the
# minutes before (ext4 without a journal skips recently freed inodes one by one), which measures the file
# system's history rather than the tools. Both tools write to the same place either way.
if [[ -z "${TMPDIR:-}" && -d /dev/shm && -w /dev/shm ]]; then scratch=/dev/shm; else scratch=${TMPDIR:-/tmp}; fi
work=$(mktemp -d "$scratch/infolettre-sitebench.XXXXXX")
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say "generating the corpus (seed $seed)"
python3 "$here/generate.py" "$work/corpus" --seed "$seed" >&2
infolettre_site="$work/corpus/infolettre"
hugo_site="$work/corpus/hugo"

# build_command NAME OUT: sets `argv` to NAME's full-build command line writing into OUT.
build_command() {
    case $1 in
        hugo) argv=(hugo --quiet -s "$hugo_site" -d "$2") ;;
        infolettre) argv=("$binary" build --quiet --root "$infolettre_site" --output "$2") ;;
        infolettre-site) argv=("$binary" build --quiet --only site --root "$infolettre_site" --output "$2") ;;
    esac
}

now_ns() { date +%s%N; }

# timed NAME OUT: runs NAME's build into OUT under /usr/bin/time; sets `wall_ms` (measured around the
# process, nanosecond clock) and `peak_kb` (maximum resident set size). On failure, prints the tool's output.
timed() {
    local name=$1 out=$2 start end argv
    build_command "$name" "$out"
    # What earlier builds wrote is written back first: no build competes with the last one's writeback.
    sync
    start=$(now_ns)
    if ! /usr/bin/time -f '%e %M' -o "$work/time" "${argv[@]}" > "$work/log" 2>&1; then
        tail -n 30 "$work/log" | sed 's/^/    /' >&2
        die "$name's build failed: ${argv[*]} (last lines of its output above)"
    fi
    end=$(now_ns)
    wall_ms=$(( (end - start) / 1000000 ))
    peak_kb=$(tail -n 1 "$work/time" | awk '{print $2}')
}

# full NAME...: RUNS rounds of one clean build of each NAME in turn, each into a folder of its own; sets
# `best_ms[NAME]`, `peak[NAME]` (KB, the largest over the runs), `files[NAME]` (output files) and `last_out[NAME]`
# (the last run's output, which the incremental rebuilds keep). Nothing is deleted between builds: on ext4
# without a journal (as on this VM), creating an inode skips, one by one, those deleted in the last minute (the
# last six while their inode table is not written back), so builds made right after deleting thousands of files
# measured the file system's backlog more than the tools, slower with every round. Rounds still interleave the
# tools, so that anything else that drifts over the runs affects both alike.
declare -A best_ms peak files last_out
full() {
    local name out
    for name in "$@"; do best_ms[$name]="" peak[$name]=0; done
    for run in $(seq "$runs"); do
        for name in "$@"; do
            out="$work/out-$name-$run"
            last_out[$name]=$out
            timed "$name" "$out"
            say "$name full build $run/$runs: ${wall_ms} ms, $((peak_kb / 1024)) MB"
            if [[ -z "${best_ms[$name]}" || $wall_ms -lt ${best_ms[$name]} ]]; then best_ms[$name]=$wall_ms; fi
            if (( peak_kb > peak[$name] )); then peak[$name]=$peak_kb; fi
        done
    done
    for name in "$@"; do files[$name]=$(find "${last_out[$name]}" -type f | wc -l); done
}

# incremental NAME SITE PAGE: RUNS times, appends a new sentence to one article of SITE, rebuilds into the
# kept output and checks that PAGE (relative to the output, SLUG standing for the article's slug) now holds it;
# sets `fastest_ms`.
incremental() {
    local name=$1 site=$2 page=$3 out=${last_out[$1]} article slug
    article=$(find "$site/content/articles" -name '*.md' ! -name '_index.md' | sort | sed -n 1p)
    slug=$(basename "$article" .md)
    page=${page//SLUG/$slug}
    fastest_ms=""
    for run in $(seq "$runs"); do
        printf '\nPhrase ajoutée pour la mesure incrémentale numéro %s.\n' "$run" >> "$article"
        timed "$name" "$out"
        grep -q "mesure incrémentale numéro $run" "$out/$page" \
            || die "$name's incremental rebuild did not update $page"
        say "$name incremental rebuild $run/$runs: ${wall_ms} ms"
        if [[ -z "$fastest_ms" || $wall_ms -lt $fastest_ms ]]; then fastest_ms=$wall_ms; fi
    done
}

say "$runs rounds of full builds: Hugo $(hugo version | awk '{print $2}'), Infolettre's site alone (--only site), Infolettre complete ($binary)"
full hugo infolettre-site infolettre
hugo_ms=${best_ms[hugo]} hugo_kb=${peak[hugo]} hugo_files=${files[hugo]}
site_ms=${best_ms[infolettre-site]} site_kb=${peak[infolettre-site]} site_files=${files[infolettre-site]}
info_ms=${best_ms[infolettre]} info_kb=${peak[infolettre]} info_files=${files[infolettre]}
say "one-article incremental rebuilds (Hugo has no incremental mode outside its server: it rebuilds everything)"
incremental hugo "$hugo_site" "articles/SLUG/index.html"
hugo_incremental_ms=$fastest_ms
incremental infolettre "$infolettre_site" "site/articles/SLUG/index.html"
info_incremental_ms=$fastest_ms

ratio() { echo "scale=3; $1 / $2" | bc -l | sed 's/^\./0./'; }
mb() { echo "scale=1; $1 / 1024" | bc -l | sed 's/^\./0./'; }
verdict() { if [[ $(echo "$1" | bc -l) == 1 ]]; then echo PASS; else echo FAIL; fi; }

full_ratio=$(ratio "$site_ms" "$hugo_ms")
complete_ratio=$(ratio "$info_ms" "$hugo_ms")
peak_kb=$(( site_kb > info_kb ? site_kb : info_kb ))
peak_ratio=$(ratio "$peak_kb" "$hugo_kb")
incremental_ratio=$(ratio "$info_incremental_ms" "$hugo_incremental_ms")
full_verdict=$(verdict "$full_ratio <= $max_full_ratio")
peak_verdict=$(verdict "$peak_kb <= $max_peak_mb * 1024")
incremental_verdict=$(verdict "$info_incremental_ms <= $max_incremental_ms")

echo
echo "Corpus: 2000 articles, 200 issues, 30 tags (seed $seed), in $scratch; best of $runs runs; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-30s %14s %10s %17s %8s\n' "tool" "full build (s)" "peak (MB)" "incremental (ms)" "files"
printf '%-30s %14.2f %10s %17d %8d\n' "hugo" "$(echo "$hugo_ms / 1000" | bc -l)" "$(mb "$hugo_kb")" \
    "$hugo_incremental_ms" "$hugo_files"
printf '%-30s %14.2f %10s %17s %8d\n' "infolettre --only site" "$(echo "$site_ms / 1000" | bc -l)" "$(mb "$site_kb")" \
    "" "$site_files"
printf '%-30s %14.2f %10s %17d %8d\n' "infolettre (site and emails)" "$(echo "$info_ms / 1000" | bc -l)" "$(mb "$info_kb")" \
    "$info_incremental_ms" "$info_files"
printf '%-30s %14s %10s %17s\n' "infolettre --only site / hugo" "${full_ratio}x" "" ""
printf '%-30s %14s %10s %17s\n' "infolettre (complete) / hugo" "${complete_ratio}x" "${peak_ratio}x" "${incremental_ratio}x"
echo
printf '%-50s %s\n' "site build <= ${max_full_ratio}x Hugo's (${full_ratio}x)" "$full_verdict"
printf '%-50s %s\n' "peak memory <= ${max_peak_mb} MB ($(mb "$peak_kb") MB)" "$peak_verdict"
printf '%-50s %s\n' "incremental rebuild <= ${max_incremental_ms} ms (${info_incremental_ms} ms)" "$incremental_verdict"

if [[ "${STAGES:-1}" == 1 ]]; then
    echo
    echo "Infolettre stages (infolettre build -v, one more full build; warnings counted, not listed):"
    if "$binary" build -v --root "$infolettre_site" --output "$work/out-stages" > "$work/log" 2>&1; then
        grep -v ': warning: ' "$work/log" | sed 's/^/    /'
        echo "    ($(grep -c ': warning: ' "$work/log" || true) warnings)"
    else
        say "infolettre build -v failed"
    fi
fi

[[ "$full_verdict $peak_verdict $incremental_verdict" == "PASS PASS PASS" ]] || exit 3
