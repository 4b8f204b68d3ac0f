#!/usr/bin/env bash
# Load check of the preview server (docs/preview.md): builds the server, starts it on an ephemeral loopback
# port against a small generated output folder, runs `wrk -t2 -c100 -d10s` on a page, prints requests/s and
# latency, then stops the server. Bounded: every step has a timeout, and the server is stopped on any exit.
#
# Server binary: $INFOLETTRE_BIN, run as `$INFOLETTRE_BIN preview --output DIR --host 127.0.0.1 --port 0`,
# which must print a line containing `http://127.0.0.1:PORT/` once listening. Without INFOLETTRE_BIN the
# script builds `infolettre` in release from the package in $PACKAGE_DIR (default: the repository).
# Options (environment): DURATION (default 10s), CONNECTIONS (100), THREADS (2), PAGE (/2026/48/).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
package_dir="${PACKAGE_DIR:-$(cd "$here/../.." && pwd)}"
duration="${DURATION:-10s}"
connections="${CONNECTIONS:-100}"
threads="${THREADS:-2}"
page="${PAGE:-/2026/48/}"

command -v wrk >/dev/null || { echo "error: wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }

if [[ -z "${INFOLETTRE_BIN:-}" ]]; then
    echo "== building infolettre (release) in $package_dir"
    timeout 1800 swift build -c release --package-path "$package_dir" --product infolettre >/dev/null
    INFOLETTRE_BIN="$(swift build -c release --package-path "$package_dir" --show-bin-path)/infolettre"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# A small output folder shaped like `infolettre build`'s: a page of about 20 KB, a 404 page, an email bundle.
output="$work/output"
mkdir -p "$output/site/2026/48" "$output/email/2026-48" "$output/reports/2026-48"
{
    echo '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Numéro 48</title></head><body>'
    for i in $(seq 1 120); do echo "<p>Paragraphe $i de l’article : soins, équipes, nuit et transmissions.</p>"; done
    echo '</body></html>'
} > "$output/site/2026/48/index.html"
echo '<!DOCTYPE html><html><body><h1>Page introuvable</h1></body></html>' > "$output/site/404.html"
cp "$output/site/2026/48/index.html" "$output/email/2026-48/email.html"
echo 'Numéro 48' > "$output/email/2026-48/email.txt"
echo '{"categories":{},"excluded_threads":[],"total_removals":0}' > "$output/reports/2026-48/privacy.json"

"$INFOLETTRE_BIN" preview --output "$output" --host 127.0.0.1 --port 0 > "$work/server.log" 2>&1 &
server_pid=$!
port=""
for _ in $(seq 1 100); do
    port="$(grep -oE 'http://127\.0\.0\.1:[0-9]+/' "$work/server.log" | head -1 | sed -E 's/.*:([0-9]+)\//\1/' || true)"
    [[ -n "$port" ]] && break
    kill -0 "$server_pid" 2>/dev/null || { echo "error: the server exited:" >&2; cat "$work/server.log" >&2; exit 1; }
    sleep 0.1
done
[[ -n "$port" ]] || { echo "error: the server did not report its port within 10 s" >&2; exit 1; }

url="http://127.0.0.1:$port$page"
status="$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null || echo "?")"
echo "== server on port $port, GET $page → $status; wrk -t$threads -c$connections -d$duration"
timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" | tee "$work/wrk.txt"
echo "== summary"
grep -E 'Requests/sec|Transfer/sec' "$work/wrk.txt"
grep -E '^\s+Latency\s+[0-9]' "$work/wrk.txt" | awk '{print "latency avg " $2 ", stdev " $3 ", max " $4}'
grep -E '^\s+(50|90|99)%' "$work/wrk.txt" | awk '{sub("%", "", $1); printf "latency p%s %s\n", $1, $2}'
grep -E 'Non-2xx|Socket errors' "$work/wrk.txt" || echo "no errors"
