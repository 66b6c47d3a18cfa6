#!/usr/bin/env bash
# A PostgreSQL cluster of the shop's own, for its tests and for developers: it listens on 127.0.0.1 only, and keeps
# its data in .postgres/ at the root of the repository (ignored by git), or in .postgres-<port>/ for a cluster on
# another port: tests that stop and start a server under load run one of their own that way.
#
#   scripts/postgres.sh start    install PostgreSQL if it is missing, start the cluster, print the administrator's
#                                connection string on the last line
#   scripts/postgres.sh stop     stop the cluster, if this script started it
#   (exit code of status: 0 when it runs, 1 when it does not)
#   scripts/postgres.sh status   say whether it runs, and print the connection string
#
# MODULARSHOP_POSTGRES_PORT chooses the port (default 15432).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# The default is below the ephemeral ports (32768 and up on Linux), so that no outgoing connection holds it.
port="${MODULARSHOP_POSTGRES_PORT:-15432}"
if [[ "$port" == 15432 ]]; then state="$root/.postgres"; else state="$root/.postgres-$port"; fi
mkdir -p "$state"

as_owner() {
  # The server refuses to run as root; as root, it runs as the postgres user that its package creates.
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

installed() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true
}

binaries() {
  local bin
  bin="$(installed)"
  if [[ -z "$bin" ]]; then
    if [[ $EUID -ne 0 ]]; then
      echo "PostgreSQL is not installed; install the Debian package postgresql (or run this script as root)." >&2
      exit 1
    fi
    echo "Installing PostgreSQL (Debian package postgresql)..." >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$bin"
}

# The data folder, in the repository when the server's user can reach it there, otherwise under /tmp.
data_folder() {
  if [[ -f "$state/location" ]]; then cat "$state/location"; return; fi
  local folder="$state/data"
  if [[ $EUID -eq 0 ]] && ! runuser -u postgres -- test -x "$state" 2>/dev/null; then
    chmod o+x "$state" 2>/dev/null || true
    if ! runuser -u postgres -- test -x "$state" 2>/dev/null; then
      folder="/tmp/modularshop-postgres-$(echo -n "$root" | md5sum | cut -c1-8)-$port"
    fi
  fi
  echo "$folder" > "$state/location"
  echo "$folder"
}

connection() {
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$(cat "$state/password")"
}

running() {
  local bin="$1" data="$2"
  [[ -f "$data/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$data" status > /dev/null 2>&1
}

start() {
  local bin data
  bin="$(binaries)"
  data="$(data_folder)"
  if running "$bin" "$data"; then
    echo "PostgreSQL already runs on 127.0.0.1:$port ($data)." >&2
    connection
    return
  fi

  if [[ ! -f "$data/PG_VERSION" ]]; then
    mkdir -p "$data"
    [[ -f "$state/password" ]] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$state/password"
    chmod 600 "$state/password"
    local pwfile="$data.pwfile"
    cp "$state/password" "$pwfile"
    if [[ $EUID -eq 0 ]]; then chown postgres "$data" "$pwfile"; fi
    as_owner "$bin/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C > "$state/initdb.log"
    rm -f "$pwfile"
    cat >> "$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
max_connections = 400
shared_buffers = 128MB
# A disposable cluster for tests and development: speed over surviving a power cut.
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi

  # The port is given at every start, so that a cluster made with another default listens where this script says.
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -o "-p $port" -w -t 60 start > /dev/null
  touch "$state/started-by-script"
  echo "PostgreSQL runs on 127.0.0.1:$port ($data)." >&2
  connection
}

stop() {
  local bin data
  bin="$(installed)"
  [[ -n "$bin" ]] || return 0
  data="$(data_folder)"
  if [[ -f "$state/started-by-script" ]] && running "$bin" "$data"; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop > /dev/null
    echo "PostgreSQL stopped." >&2
  fi
  rm -f "$state/started-by-script"
}

status() {
  local bin data
  bin="$(installed)"
  data="$(data_folder)"
  if [[ -n "$bin" ]] && running "$bin" "$data"; then
    echo "PostgreSQL runs on 127.0.0.1:$port ($data)." >&2
    connection
  else
    echo "PostgreSQL does not run." >&2
    exit 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
