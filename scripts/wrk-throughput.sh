#!/usr/bin/env bash
# Throughput of the running server on GuideBySlug and on a list of 20 guides, against a
# minimal net/http handler writing the same bytes, measured with wrk (keep-alive) in one run,
# interleaved; then the same guide as a help-center HTML page against GraphQL's GuideBySlug.
# Prints requests/s and the ratios. Needs wrk (Debian package "wrk").
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
go build -tags sqlite_fts5 -o "$work/guichet" .
go build -o "$work/rawserver" ./scripts/rawserver
port=$((20000 + RANDOM % 20000)); rawport=$((port + 1))
DATA_DIR="$work/data" ADDR="127.0.0.1:$port" "$work/guichet" serve 2>/dev/null &
for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
query=$(python3 -c 'import json,sys; print(json.dumps(open("apitest/contract/help.graphql").read()))')
run() { # name, variables
  body="{\"query\":$query,\"operationName\":\"$1\",\"variables\":$2}"
  printf '%s' "$body" > "$work/body.json"
  curl -s -H 'Content-Type: application/json' --data-binary @"$work/body.json" "http://127.0.0.1:$port/spaces/certification/graphql" > "$work/answer.json"
  "$work/rawserver" "127.0.0.1:$rawport" "$work/answer.json" &
  raw=$!
  for _ in $(seq 1 50); do (exec 3<>"/dev/tcp/127.0.0.1/$rawport") 2>/dev/null && break; sleep 0.1; done
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json"); wrk.body = f:read("*a"); f:close()
LUA
  g=0; r=0
  for _ in 1 2 3; do
    r=$(echo "$r + $(wrk -t2 -c32 -d3s -s "$work/post.lua" "http://127.0.0.1:$rawport/" | awk '/Requests\/sec/ {print $2}')" | bc)
    g=$(echo "$g + $(wrk -t2 -c32 -d3s -s "$work/post.lua" "http://127.0.0.1:$port/spaces/certification/graphql" | awk '/Requests\/sec/ {print $2}')" | bc)
  done
  kill $raw; wait $raw 2>/dev/null || true
  printf '%-12s guichet %8.0f req/s   net/http %8.0f req/s   ratio %.2f\n' "$1" "$(echo "$g/3" | bc -l)" "$(echo "$r/3" | bc -l)" "$(echo "$g/$r" | bc -l)"
}
run GuideBySlug '{"slug":"pieces-a-joindre-a-votre-demande"}'
run Guides '{"first":20}'

# The same guide as the help center's HTML page and through GraphQL's GuideBySlug, side by side
# (both from the read cache, interleaved): the page must reach at least half GraphQL's rate.
page_vs_graphql() { # slug
  body="{\"query\":$query,\"operationName\":\"GuideBySlug\",\"variables\":{\"slug\":\"$1\"}}"
  printf '%s' "$body" > "$work/body.json"
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$work/body.json"); wrk.body = f:read("*a"); f:close()
LUA
  page="http://127.0.0.1:$port/spaces/certification/fr/guides/$1"
  curl -sf -o /dev/null "$page" || { echo "$page does not answer 200"; exit 1; }
  p=0; g=0
  for _ in 1 2 3; do
    p=$(echo "$p + $(wrk -t2 -c32 -d3s "$page" | awk '/Requests\/sec/ {print $2}')" | bc)
    g=$(echo "$g + $(wrk -t2 -c32 -d3s -s "$work/post.lua" "http://127.0.0.1:$port/spaces/certification/graphql" | awk '/Requests\/sec/ {print $2}')" | bc)
  done
  printf '%-12s HTML page %8.0f req/s   GraphQL %8.0f req/s   ratio %.2f (at least 0.5)\n' HelpPage "$(echo "$p/3" | bc -l)" "$(echo "$g/3" | bc -l)" "$(echo "$p/$g" | bc -l)"
}
page_vs_graphql pieces-a-joindre-a-votre-demande
