#!/usr/bin/env bash
# The process's weight: the stripped binary's size, the largest packages it links (from an
# unstripped build of the same code), and the server's resident memory (RSS, anonymous vs the
# binary's file pages) at start, after a burst of reads, and after a short idle. The reads: every
# shipped guide of every space in both languages, once as GraphQL (GuideBySlug over GET) and
# once as a help-center page, the lists and a few searches, in order and then for SIZE_LOAD_S
# seconds with wrk at 32 connections (cache on, 5 s), then SIZE_IDLE_S seconds of idle.
# GUICHET_BIN measures another stripped build (its package breakdown is then skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
load_s=${SIZE_LOAD_S:-10}; idle_s=${SIZE_IDLE_S:-30}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
if [ -n "${GUICHET_BIN:-}" ]; then
  cp "$GUICHET_BIN" "$work/guichet"
else
  # Copied once built: how a binary's pages sit in the page cache changes how many of them the
  # kernel maps at each fault (file RSS 45 MB for a copy, up to 75 MB for the linker's output).
  go build -tags sqlite_fts5 -trimpath -ldflags '-s -w' -o "$work/built" .
  cp "$work/built" "$work/guichet" && rm "$work/built"
  go build -tags sqlite_fts5 -trimpath -o "$work/guichet-symbols" .
  go run ./scripts/binsize -by package -top 20 "$work/guichet-symbols"
fi
printf 'binary (stripped): %.1f MB\n' "$(echo "$(stat -c %s "$work/guichet") / 1000000" | bc -l)"
port=$((20000 + RANDOM % 20000))
base="http://127.0.0.1:$port"
DATA_DIR="$work/data" ADDR="127.0.0.1:$port" "$work/guichet" serve 2>"$work/log" &
pid=$!
for _ in $(seq 1 300); do curl -sf "$base/readyz" >/dev/null 2>&1 && break; sleep 0.2; done
rss() { # label; the Go heap's part of the anonymous memory from /metrics (served in development)
  go=$(curl -s "$base/metrics" | awk '/^go_memstats_heap_inuse_bytes/ {u=$2} /^go_memstats_heap_idle_bytes/ {i=$2}
    /^go_memstats_heap_released_bytes/ {r=$2} END {printf "Go heap in use %.1f MB, kept free %.1f MB", u/1048576, (i-r)/1048576}')
  awk -v l="$1" -v go="$go" '/^VmRSS/ {t=$2} /^RssAnon/ {a=$2} /^RssFile/ {f+=$2} /^RssShmem/ {f+=$2}
    END {printf "%-18s RSS %5.1f MB  (anonymous %5.1f MB, file %5.1f MB; %s)\n", l, t/1024, a/1024, f/1024, go}' "/proc/$pid/status"
  # SIZE_DETAIL=1: the resident memory by mapping, and the binary's resident pages by section.
  if [ -n "${SIZE_DETAIL:-}" ]; then python3 scripts/resident.py "$pid" "$work/guichet" | sed 's/^/    /'; fi
}
sleep 2
rss "at start"
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
q() { enc "$(cat apitest/contract/help.graphql)"; }
doc=$(q)
: > "$work/paths"
for space in certification facilitators mentoring; do
  for locale in fr en; do
    g="/spaces/$space/graphql?query=$doc&operationName"
    slugs=$(curl -s "$base$g=Guides&variables=$(enc "{\"locale\":\"${locale^^}\",\"first\":100}")" |
      python3 -c 'import json,sys; print("\n".join(e["node"]["slug"] for e in json.load(sys.stdin)["data"]["guides"]["edges"]))')
    for s in $slugs; do
      echo "$g=GuideBySlug&variables=$(enc "{\"slug\":\"$s\",\"locale\":\"${locale^^}\"}")" >> "$work/paths"
      echo "/spaces/$space/$locale/guides/$s" >> "$work/paths"
    done
    echo "$g=HelpCenter&variables=$(enc "{\"locale\":\"${locale^^}\"}")" >> "$work/paths"
    echo "$g=Faqs&variables=$(enc "{\"locale\":\"${locale^^}\",\"first\":50}")" >> "$work/paths"
    echo "$g=Resources&variables=$(enc "{\"locale\":\"${locale^^}\",\"first\":50}")" >> "$work/paths"
    for term in compte "mot de passe" session acces; do
      echo "$g=Search&variables=$(enc "{\"query\":\"$term\",\"locale\":\"${locale^^}\",\"first\":10}")" >> "$work/paths"
      echo "/spaces/$space/$locale/search?q=$(enc "$term")" >> "$work/paths"
    done
    for page in "" faq resources news; do echo "/spaces/$space/$locale/$page" >> "$work/paths"; done
  done
done
sed "s|^|url = $base|" "$work/paths" > "$work/curl.cfg"
curl -s -K "$work/curl.cfg" >/dev/null
{ echo 'local paths = {}'
  while read -r p; do printf 'paths[#paths+1] = "%s"\n' "$p"; done < "$work/paths"
  echo 'local i = 0'
  echo 'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end'; } > "$work/paths.lua"
wrk -t2 -c32 -d"${load_s}s" -s "$work/paths.lua" "$base" | awk '/Requests\/sec/ {printf "%d distinct reads, then wrk -c32 for %ss: %s req/s\n", '"$(wc -l < "$work/paths")"', '"$load_s"', $2}'
rss "after reads"
sleep "$idle_s"
rss "idle ${idle_s}s after"
# With GODEBUG=gctrace=1 in the environment, the server's last collections say what the Go heap
# holds (live heap → goal) beside the RSS.
grep '^gc ' "$work/log" | tail -n 3 || true
