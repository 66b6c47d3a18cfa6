#!/usr/bin/env bash
# What the shop's telemetry costs: add-to-cart throughput (wrk, POST /cart) and checkout latency (sequential
# checkouts, from the call to the order's final state), in one run, alternating three modes so that all see the same
# machine. "off": Telemetry:Enabled=false. "recorded": every span and metric recorded, nothing exported (the
# defaults). "exported": as recorded, and traces and metrics exported over OTLP to a sink that drops them, and the
# Prometheus endpoint scraped every second.
#
#   scripts/telemetry-cost.sh [rounds]    (default 2 rounds; needs wrk and python3, installs wrk if missing)
#
# It runs the Release build of the host on SQLite files of its own under artifacts/telemetry-cost/, and prints a
# table; the raw wrk and checkout lines are kept next to it.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-2}"
out="$root/artifacts/telemetry-cost"
host="$root/src/ModularShop.Host/bin/Release/net10.0/ModularShop.Host.dll"
here="$root/scripts/telemetry-cost"
port=5391
sink_port=5392
connections=8
seconds=15
checkouts=40

command -v wrk >/dev/null || { [[ $EUID -eq 0 ]] && apt-get install -y -qq wrk >/dev/null; }
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
dotnet build "$root/src/ModularShop.Host" -c Release -v quiet -nologo >/dev/null
rm -rf "$out" && mkdir -p "$out"

python3 "$here/driver.py" sink "$sink_port" & sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT

run() {
  local mode="$1" round="$2" base="http://127.0.0.1:$port"
  local settings=(--Telemetry:Enabled=false)
  if [[ "$mode" == recorded ]]; then
    settings=(--Telemetry:Enabled=true)
  elif [[ "$mode" == exported ]]; then
    settings=(--Telemetry:Enabled=true --Telemetry:Prometheus:Enabled=true
      --OTEL_EXPORTER_OTLP_ENDPOINT="http://127.0.0.1:$sink_port" --OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf)
  fi

  dotnet "$host" --environment Development --urls "$base" \
    --ConnectionStrings:ModularShop="Data Source=$out/$mode-$round.db" \
    --Serilog:MinimumLevel:Default=Warning --Modules:Cart:MaxLines=100 \
    --RateLimiting:Reads:PermitLimit=1000000 --RateLimiting:Writes:PermitLimit=1000000 \
    --RateLimiting:ExpensiveWrites:PermitLimit=1000000 "${settings[@]}" >"$out/$mode-$round.log" 2>&1 &
  local shop=$!
  until curl -sf "$base/health/ready" >/dev/null; do sleep 0.2; done
  until [[ "$(curl -s "$base/api/catalog/products?pageSize=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')" == 24 ]]; do sleep 0.2; done
  local scraper=""
  if [[ "$mode" == exported ]]; then
    (while true; do curl -s "$base/metrics" >/dev/null; sleep 1; done) & scraper=$!
  fi

  python3 "$here/driver.py" tokens "$base" "$mode-$round" 500 "$out/tokens"
  python3 "$here/driver.py" products "$base" "$out/products"
  # A short warm-up, so that both modes are measured after the JIT and the connection pools have settled.
  BENCH_TOKENS="$out/tokens" BENCH_PRODUCTS="$out/products" wrk -t2 -c"$connections" -d3s -s "$here/add-to-cart.lua" "$base" >/dev/null
  BENCH_TOKENS="$out/tokens" BENCH_PRODUCTS="$out/products" wrk -t2 -c"$connections" -d"${seconds}s" -s "$here/add-to-cart.lua" "$base" \
    | grep '^BENCH' | sed "s/^BENCH/$mode $round cart/" | tee -a "$out/raw.txt"
  python3 "$here/driver.py" checkouts "$base" "$mode-$round" "$checkouts" "$(head -n 1 "$out/products")" \
    | sed "s/^BENCH/$mode $round checkout/" | tee -a "$out/raw.txt"

  [[ -n "$scraper" ]] && kill "$scraper"
  kill "$shop" && wait "$shop" || true
}

for round in $(seq 1 "$rounds"); do
  run off "$round"
  run recorded "$round"
  run exported "$round"
done

python3 - "$out/raw.txt" "$connections" <<'PY' | tee "$out/summary.txt"
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def values(mode, kind, key):
    return [float(dict(part.split("=") for part in row[3:])[key]) for row in rows if row[0] == mode and row[2] == kind]
def figures(mode):
    rps = statistics.median([r / (d / 1e6) for r, d in zip(values(mode, "cart", "requests"), values(mode, "cart", "duration_us"))])
    return rps, statistics.median(values(mode, "cart", "p99_us")) / 1000, statistics.median(values(mode, "checkout", "p50_ms"))
off, recorded, exported = figures("off"), figures("recorded"), figures("exported")
print("| measure | off | recorded | exported | recorded / off | exported / off |")
print("| --- | --- | --- | --- | --- | --- |")
for index, (name, unit) in enumerate([(f"POST /cart, {sys.argv[2]} connections", "req/s"), ("POST /cart p99", "ms"), ("checkout to final state, p50", "ms")]):
    number = "{:,.0f}" if index == 0 else "{:.1f}"
    print(f"| {name}, {unit} | {number.format(off[index])} | {number.format(recorded[index])} | {number.format(exported[index])} | {recorded[index] / off[index]:.2f} | {exported[index] / off[index]:.2f} |")
errors = sum(sum(values(mode, "cart", "non2xx")) for mode in ("off", "recorded", "exported"))
print(f"(medians of the rounds; answers other than 2xx: {errors:.0f})")
PY
