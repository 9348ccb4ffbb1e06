#!/usr/bin/env bash
# Screenshots of every page kind of the public help center, in French and English, taken by
# headless Chromium from a server started on the shipped content: scripts/site-screenshots.sh DIR
# (PNG files, one per page kind and language). Needs chromium (Debian package "chromium").
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/site-screenshots.sh DIR}
mkdir -p "$out"; out=$(cd "$out" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) || { echo "chromium is not installed"; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
go build -tags sqlite_fts5 -o "$work/guichet" .
port=$((20000 + RANDOM % 20000))
DATA_DIR="$work/data" ADDR="127.0.0.1:$port" PUBLIC_URL="http://127.0.0.1:$port" "$work/guichet" serve 2>/dev/null &
for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port/spaces/certification"
shot() { # name path
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1600 \
    --screenshot="$out/$1.png" "$base$2" >/dev/null 2>&1
  echo "$out/$1.png"
}
for l in fr en; do
  if [ $l = fr ]; then cat=pieces-justificatives guide=pieces-a-joindre-a-votre-demande q=d%C3%A9l%C3%A9gation
  else cat=supporting-documents guide=documents-to-attach-to-your-request q=delegation; fi
  post=$(curl -s "$base/$l/news" | grep -o "/spaces/certification/$l/news/[a-z0-9-]*" | head -1)
  shot "home-$l" "/$l/"
  shot "category-$l" "/$l/categories/$cat"
  shot "guide-$l" "/$l/guides/$guide"
  shot "faq-$l" "/$l/faq"
  shot "resources-$l" "/$l/resources"
  shot "news-$l" "/$l/news"
  shot "post-$l" "${post#/spaces/certification}"
  shot "search-$l" "/$l/search?q=$q"
  shot "notfound-$l" "/$l/guides/no-such-guide"
done
