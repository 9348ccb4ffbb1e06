#!/usr/bin/env bash
# `make test` on PostgreSQL: every test gets a database of its own on the server that
# GUICHET_TEST_DATABASE_URL names, or, when it is unset, on a throwaway cluster started for
# the run (scripts/pg-throwaway.sh) and stopped after it, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -n "${GUICHET_TEST_DATABASE_URL:-}" ]]; then
  exec make test
fi
dir=$(mktemp -d /tmp/guichet-pg.XXXXXX)
trap 'bash scripts/pg-throwaway.sh stop "$dir"' EXIT
url=$(bash scripts/pg-throwaway.sh start "$dir")
echo "PostgreSQL throwaway cluster at $url"
GUICHET_TEST_DATABASE_URL=$url make test
