#!/usr/bin/env bash
# A RabbitMQ node of the shop's own, for its tests and for developers: AMQP and the management API listen on
# 127.0.0.1 only, and the node keeps its data, logs and Erlang cookie in .rabbitmq/ at the root of the repository
# (ignored by git), so it neither sees nor disturbs any other RabbitMQ on the machine. A node on another port keeps
# them in .rabbitmq-<port>/: tests that stop and start a broker under load run one of their own that way.
#
#   scripts/rabbitmq.sh start    install RabbitMQ if it is missing, start the node, print its AMQP URI on the last line
#   scripts/rabbitmq.sh stop     stop the node, if this script started it
#   scripts/rabbitmq.sh status   say whether it runs, and print the AMQP URI (exit code 1 when it does not run)
#
# MODULARSHOP_RABBITMQ_PORT chooses the AMQP port (default 15729); the management API listens on that port + 1, and
# the Erlang distribution port is that port + 2.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
# The default is below the ephemeral ports (32768 and up on Linux), so that no outgoing connection holds it.
port="${MODULARSHOP_RABBITMQ_PORT:-15729}"
if [[ "$port" == 15729 ]]; then state="$root/.rabbitmq"; else state="$root/.rabbitmq-$port"; fi
bin=/usr/lib/rabbitmq/bin
user=modularshop
mkdir -p "$state"

export HOME="$state" # the Erlang cookie lives here, shared by the server and rabbitmqctl
export RABBITMQ_NODENAME="modularshop-$port@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$port"
export RABBITMQ_DIST_PORT="$((port + 2))"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_MNESIA_BASE="$state/mnesia"
export RABBITMQ_LOG_BASE="$state/log"
export RABBITMQ_CONFIG_FILE="$state/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$state/enabled_plugins"
export RABBITMQ_PID_FILE="$state/node.pid"
# The nodes' distribution port too listens on loopback only.
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
export RABBITMQ_CTL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"

install() {
  [[ -x "$bin/rabbitmq-server" ]] && return
  if [[ $EUID -ne 0 ]]; then
    echo "RabbitMQ is not installed; install the Debian package rabbitmq-server (or run this script as root)." >&2
    exit 1
  fi
  echo "Installing RabbitMQ (Debian package rabbitmq-server)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >&2
}

ctl() {
  "$bin/rabbitmqctl" -n "$RABBITMQ_NODENAME" "$@"
}

uri() {
  echo "amqp://$user:$(cat "$state/password")@127.0.0.1:$port"
}

running() {
  [[ -x "$bin/rabbitmqctl" ]] && ctl -q ping > /dev/null 2>&1
}

configure() {
  [[ -f "$state/password" ]] || head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$state/password"
  chmod 600 "$state/password"
  cat > "$RABBITMQ_CONFIG_FILE" <<CONF
listeners.tcp.default = 127.0.0.1:$port
management.tcp.ip = 127.0.0.1
management.tcp.port = $((port + 1))
loopback_users = none
# Queue lengths in the management API are fresh within half a second: tests wait on them to see the broker drained.
collect_statistics_interval = 500
# A disposable node for tests and development: alarms only when the machine is really short.
disk_free_limit.absolute = 100MB
CONF
  echo "[rabbitmq_management]." > "$RABBITMQ_ENABLED_PLUGINS_FILE"
}

start() {
  install
  if running; then
    echo "RabbitMQ already runs on 127.0.0.1:$port ($state)." >&2
    uri
    return
  fi
  configure
  "$bin/rabbitmq-server" -detached > "$state/start.log" 2>&1

  local waited=0
  until running; do
    sleep 0.5
    waited=$((waited + 1))
    if ((waited > 120)); then
      echo "RabbitMQ did not answer within 60 s; see $state/log." >&2
      exit 1
    fi
  done
  ctl -q await_startup --timeout 60 > /dev/null

  # The node's own administrator, with a password of this checkout; the built-in guest account goes.
  if ! ctl -q list_users | grep -q "^$user\b"; then
    ctl -q add_user "$user" "$(cat "$state/password")" > /dev/null
    ctl -q set_user_tags "$user" administrator > /dev/null
    ctl -q set_permissions -p / "$user" '.*' '.*' '.*' > /dev/null
    ctl -q delete_user guest > /dev/null 2>&1 || true
  fi
  touch "$state/started-by-script"
  echo "RabbitMQ runs on 127.0.0.1:$port, management on 127.0.0.1:$((port + 1)) ($state)." >&2
  uri
}

stop() {
  if [[ -f "$state/started-by-script" ]] && running; then
    # With the pid file, rabbitmqctl waits until the node's process has exited.
    ctl -q stop "$RABBITMQ_PID_FILE" > /dev/null
    # The Erlang port mapper starts with the first node on the machine; stop it when no other node uses it.
    if [[ -z "$(/usr/lib/erlang/erts-*/bin/epmd -names 2> /dev/null | grep '^name ')" ]]; then
      /usr/lib/erlang/erts-*/bin/epmd -kill > /dev/null 2>&1 || true
    fi
    echo "RabbitMQ stopped." >&2
  fi
  rm -f "$state/started-by-script"
}

status() {
  if running; then
    echo "RabbitMQ runs on 127.0.0.1:$port, management on 127.0.0.1:$((port + 1)) ($state)." >&2
    uri
  else
    echo "RabbitMQ does not run." >&2
    exit 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
