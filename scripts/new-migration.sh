#!/usr/bin/env bash
# Writes the next migration of both dialects from ent/schema (after `make generate`):
# store/migrations/{sqlite,postgres}/VERSION_NAME.sql, and their atlas.sum. PostgreSQL's is
# computed on a scratch database of GUICHET_TEST_DATABASE_URL's server, or of a throwaway
# cluster started for it.
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: $0 NAME}
diff=(go run -tags sqlite_fts5 ./store/migrations/diff.go)
"${diff[@]}" -dialect sqlite "$name"
server=${GUICHET_TEST_DATABASE_URL:-}
if [[ -z "$server" ]]; then
  dir=$(mktemp -d /tmp/guichet-pg.XXXXXX)
  trap 'bash scripts/pg-throwaway.sh stop "$dir"' EXIT
  server=$(bash scripts/pg-throwaway.sh start "$dir")
fi
"${diff[@]}" -dialect postgres -dev "$server" "$name"
