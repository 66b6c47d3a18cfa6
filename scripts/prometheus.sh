#!/usr/bin/env bash
# A Prometheus server of the shop's own, for its tests and for developers: it listens on 127.0.0.1 only, scrapes the
# shops named in its targets file every second, and keeps its configuration, targets and data in .prometheus/ at the
# root of the repository (ignored by git), or in .prometheus-<port>/ for a server on another port: tests run one of
# their own that way.
#
#   scripts/prometheus.sh start                 install Prometheus if it is missing, start the server, print its
#                                               address (http://127.0.0.1:<port>) on the last line
#   scripts/prometheus.sh targets HOST:PORT...  scrape these shops from now on (GET /metrics), instead of the ones
#                                               before; the running server reads the new list within seconds
#   scripts/prometheus.sh stop                  stop the server, if this script started it
#   scripts/prometheus.sh status                say whether it runs, and print its address (exit code 1 when it does not)
#
# MODULARSHOP_PROMETHEUS_PORT chooses the port (default 19090). Until told otherwise the server scrapes
# 127.0.0.1:5000, where `dotnet run --project src/ModularShop.Host` serves the shop.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# The default is below the ephemeral ports (32768 and up on Linux), so that no outgoing connection holds it.
port="${MODULARSHOP_PROMETHEUS_PORT:-19090}"
if [[ "$port" == 19090 ]]; then state="$root/.prometheus"; else state="$root/.prometheus-$port"; fi
bin=/usr/bin/prometheus
mkdir -p "$state"

install() {
  [[ -x "$bin" ]] && return
  if [[ $EUID -ne 0 ]]; then
    echo "Prometheus is not installed; install the Debian package prometheus (or run this script as root)." >&2
    exit 1
  fi
  echo "Installing Prometheus (Debian package prometheus)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >&2
}

address() {
  echo "http://127.0.0.1:$port"
}

running() {
  [[ -f "$state/server.pid" ]] && kill -0 "$(cat "$state/server.pid")" 2> /dev/null
}

ready() {
  curl -fsS --max-time 2 "$(address)/-/ready" > /dev/null 2>&1
}

# Prometheus watches the targets file, so a new list needs no restart; it is written whole and renamed into place,
# so the server never reads half of it.
write_targets() {
  local list="" target
  for target in "$@"; do
    list="$list${list:+, }\"$target\""
  done
  cat > "$state/targets.json.new" <<JSON
[{ "targets": [$list] }]
JSON
  mv "$state/targets.json.new" "$state/targets.json"
}

configure() {
  [[ -f "$state/targets.json" ]] || write_targets 127.0.0.1:5000
  cat > "$state/prometheus.yml" <<CONF
# Written by scripts/prometheus.sh; edit the script, not this file.
global:
  # A test waits for a scrape: one a second keeps that wait short, and costs a local shop nothing.
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: modularshop
    metrics_path: /metrics
    file_sd_configs:
      - files: ['$state/targets.json']
        refresh_interval: 1s
CONF
}

start() {
  install
  if running; then
    echo "Prometheus already runs on 127.0.0.1:$port ($state)." >&2
    address
    return
  fi
  configure
  mkdir -p "$state/data"
  # setsid: the server outlives the shell that started it, as a daemon would, without systemd.
  setsid "$bin" \
    --config.file="$state/prometheus.yml" \
    --storage.tsdb.path="$state/data" \
    --storage.tsdb.retention.time=1d \
    --web.listen-address="127.0.0.1:$port" \
    > "$state/server.log" 2>&1 < /dev/null &
  echo $! > "$state/server.pid"

  local waited=0
  until ready; do
    if ! running; then
      echo "Prometheus exited at start; see $state/server.log." >&2
      tail -n 20 "$state/server.log" >&2
      exit 1
    fi
    sleep 0.5
    waited=$((waited + 1))
    if ((waited > 60)); then
      echo "Prometheus was not ready within 30 s; see $state/server.log." >&2
      exit 1
    fi
  done
  touch "$state/started-by-script"
  echo "Prometheus runs on 127.0.0.1:$port, scraping $(targets_listed) ($state)." >&2
  address
}

targets_listed() {
  grep -o '"targets": \[[^]]*\]' "$state/targets.json" | sed 's/"targets": //'
}

targets() {
  if (($# == 0)); then
    echo "usage: $0 targets HOST:PORT..." >&2
    exit 2
  fi
  write_targets "$@"
  echo "Prometheus scrapes $(targets_listed) from now on." >&2
}

stop() {
  if [[ -f "$state/started-by-script" ]] && running; then
    local pid waited=0
    pid="$(cat "$state/server.pid")"
    kill "$pid"
    while kill -0 "$pid" 2> /dev/null; do
      sleep 0.2
      waited=$((waited + 1))
      if ((waited > 150)); then
        kill -9 "$pid" 2> /dev/null || true
      fi
    done
    echo "Prometheus stopped." >&2
  fi
  rm -f "$state/started-by-script" "$state/server.pid"
}

status() {
  if running && ready; then
    echo "Prometheus runs on 127.0.0.1:$port, scraping $(targets_listed) ($state)." >&2
    address
  else
    echo "Prometheus does not run." >&2
    exit 1
  fi
}

case "${1:-}" in
  start) start ;;
  targets) shift; targets "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|targets HOST:PORT...|stop|status" >&2; exit 2 ;;
esac
