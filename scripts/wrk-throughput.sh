#!/usr/bin/env bash
# Throughput of the running server, against a minimal net/http handler writing the same bytes,
# measured with wrk (keep-alive, -t2 -c32) in one run, interleaved: GuideBySlug and a list of
# 20 guides, from the read cache (cache) and on a miss every time (nocache: a second server on
# the same data with CACHE_TTL=0), anonymous and as a signed-in facilitator reading a
# facilitators-only guide. Prints requests/s and the ratio. Needs wrk (Debian package "wrk").
# Then the same guide as a help-center HTML page against GraphQL's GuideBySlug (both cached).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
# GUICHET_BIN measures another build (an earlier commit's, to compare) instead of this tree's.
if [ -n "${GUICHET_BIN:-}" ]; then cp "$GUICHET_BIN" "$work/guichet"; else go build -tags sqlite_fts5 -o "$work/guichet" .; fi
go build -o "$work/rawserver" ./scripts/rawserver
port=$((20000 + RANDOM % 20000)); nocache=$((port + 1)); rawport=$((port + 2))
wait_port() { for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return; sleep 0.2; done; }
DATA_DIR="$work/data" ADDR="127.0.0.1:$port" CACHE_TTL=1m "$work/guichet" serve 2>/dev/null &
wait_port "$port"
DATA_DIR="$work/data" ADDR="127.0.0.1:$nocache" CACHE_TTL=0 "$work/guichet" serve 2>/dev/null &
wait_port "$nocache"
password='Tournesol-Velo-42!'
echo "$password" | DATA_DIR="$work/data" "$work/guichet" user create --space facilitators \
  --email reader@example.org --role facilitator --first-name Fa --last-name Cilitator >/dev/null
contract() { python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' "apitest/contract/$1.graphql"; }
help=$(contract help)
token=$(curl -s -H 'Content-Type: application/json' \
  --data-binary "{\"query\":$(contract account),\"operationName\":\"Login\",\"variables\":{\"email\":\"reader@example.org\",\"password\":\"$password\"}}" \
  "http://127.0.0.1:$port/spaces/facilitators/graphql" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["token"])')
run() { # label, port, space, operation, variables, bearer token or ""
  body="{\"query\":$help,\"operationName\":\"$4\",\"variables\":$5}"
  printf '%s' "$body" > "$work/body.json"
  auth=()
  [ -n "$6" ] && auth=(-H "Authorization: Bearer $6")
  url="http://127.0.0.1:$2/spaces/$3/graphql"
  curl -s "${auth[@]}" -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url" > "$work/answer.json"
  grep -q '"errors"' "$work/answer.json" && { echo "$1: $(head -c 300 "$work/answer.json")"; exit 1; }
  "$work/rawserver" "127.0.0.1:$rawport" "$work/answer.json" &
  raw=$!
  wait_port "$rawport"
  cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
if "$6" ~= "" then wrk.headers["Authorization"] = "Bearer $6" end
local f = io.open("$work/body.json"); wrk.body = f:read("*a"); f:close()
LUA
  g=0; r=0
  for _ in 1 2 3; do
    r=$(echo "$r + $(wrk -t2 -c32 -d3s -s "$work/post.lua" "http://127.0.0.1:$rawport/" | awk '/Requests\/sec/ {print $2}')" | bc)
    g=$(echo "$g + $(wrk -t2 -c32 -d3s -s "$work/post.lua" "$url" | awk '/Requests\/sec/ {print $2}')" | bc)
  done
  kill $raw; wait $raw 2>/dev/null || true
  printf '%-30s guichet %8.0f req/s   net/http %8.0f req/s   ratio %.3f\n' "$1" "$(echo "$g/3" | bc -l)" "$(echo "$r/3" | bc -l)" "$(echo "$g/$r" | bc -l)"
}
guide='{"slug":"pieces-a-joindre-a-votre-demande"}'
members='{"slug":"create-a-session-and-fill-in-your-counter"}'
run "GuideBySlug cache" "$port" certification GuideBySlug "$guide" ""
run "GuideBySlug nocache" "$nocache" certification GuideBySlug "$guide" ""
run "GuideBySlug signed-in cache" "$port" facilitators GuideBySlug "$members" "$token"
run "GuideBySlug signed-in nocache" "$nocache" facilitators GuideBySlug "$members" "$token"
run "Guides(first: 20) cache" "$port" certification Guides '{"first":20}' ""
run "Guides(first: 20) nocache" "$nocache" certification Guides '{"first":20}' ""

# The same guide as the help center's HTML page and through GraphQL's GuideBySlug, side by side
# (both from the read cache, interleaved): the page must reach at least half GraphQL's rate.
page_vs_graphql() { # slug
  body="{\"query\":$help,\"operationName\":\"GuideBySlug\",\"variables\":{\"slug\":\"$1\"}}"
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
  printf '%-30s HTML page %8.0f req/s   GraphQL %8.0f req/s   ratio %.3f (at least 0.5)\n' "HelpPage vs GuideBySlug" "$(echo "$p/3" | bc -l)" "$(echo "$g/3" | bc -l)" "$(echo "$p/$g" | bc -l)"
}
page_vs_graphql pieces-a-joindre-a-votre-demande
