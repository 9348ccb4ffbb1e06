#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: initdb in a temporary directory, owned by an
# unprivileged user, listening on 127.0.0.1 on a free port; nothing is kept.
#
#   scripts/pg-throwaway.sh start DIR   prints the server's URL (also written to DIR/url)
#   scripts/pg-throwaway.sh stop DIR    stops the cluster and removes DIR
#
# Without PostgreSQL's binaries it installs Debian's packages (postgresql, and
# postgresql-contrib for unaccent) when run as root. As root, the cluster runs as the user
# postgres (created by the packages), since PostgreSQL refuses to run as root.
set -euo pipefail

cmd=${1:-}
dir=${2:-}
if [[ -z "$cmd" || -z "$dir" ]]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 2
fi

bindir() {
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    pg_config --bindir
    return
  fi
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/initdb" ]]; then echo "$d"; return; fi
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  return 1
}

# as runs a command as the cluster's owner.
as() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  local p
  for p in $(seq 25432 25531); do
    if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port in 25432-25531" >&2
  return 1
}

case "$cmd" in
start)
  if ! bin=$(bindir); then
    if [[ $(id -u) -ne 0 ]]; then
      echo "PostgreSQL is not installed: apt-get install postgresql postgresql-contrib" >&2
      exit 1
    fi
    echo "installing PostgreSQL from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    bin=$(bindir)
  fi
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
  as "$bin/initdb" -D "$dir/data" -U guichet -A trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  port=$(free_port)
  # Durability is of no use to a throwaway cluster; speed is.
  as "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
     -c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB" >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  url="postgres://guichet@127.0.0.1:$port/postgres?sslmode=disable"
  echo "$url" >"$dir/url"
  echo "$url"
  ;;
stop)
  [[ -d "$dir" ]] || exit 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    bin=$(bindir)
    as "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
