#!/usr/bin/env bash
# Runs the graphql-http npm package's server audit against a Guichet built from this tree and
# fails on any MUST failure. Needs node and npm (CI installs them when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund graphql-http@1 graphql@16 >/dev/null)
cat > "$work/audit.mjs" <<'JS'
import { auditServer } from 'graphql-http';
const results = await auditServer({ url: process.argv[2] });
let must = 0;
for (const r of results) {
  if (r.status === 'ok') continue;
  if (r.name.startsWith('MUST')) must++;
  console.log(`${r.status.toUpperCase()} ${r.name}${r.reason ? ' — ' + r.reason : ''}`);
}
const ok = results.filter((r) => r.status === 'ok').length;
console.log(`graphql-http audit: ${ok} ok, ${results.length - ok} not ok, ${must} MUST failures`);
process.exit(must ? 1 : 0);
JS
go build -tags sqlite_fts5 -o "$work/guichet" .
port=$((20000 + RANDOM % 20000))
DATA_DIR="$work/data" ADDR="127.0.0.1:$port" "$work/guichet" serve 2>"$work/serve.log" &
pid=$!
for _ in $(seq 1 150); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
  sleep 0.2
done
node "$work/audit.mjs" "http://127.0.0.1:$port/graphql"
