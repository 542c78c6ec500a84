#!/usr/bin/env bash
# `make bench`: the one measure of the whole system on one machine, through the gateway on 127.0.0.1, in phases:
# (0) the ceiling: a fixed ~150-byte JSON from an nginx this script starts on 127.0.0.1 (free port, temporary prefix,
# stopped on exit), when nginx is installed; (1) catalogue reads; (2) checkout by concurrent bench customers;
# (3) overload; (4) one customer alone; (5) order events reaching the customer's inbox. bench/results/README.md
# explains the figures. If nothing answers on the URL it starts the system itself (rate limits raised, so the run
# measures the services rather than the limiter) and stops it on exit. The report goes to stdout and to
# bench/results/bench-<UTC time>.txt. Traffic stays on loopback.
#
# Settings (environment, defaults in brackets; the default run takes about 4 minutes plus start-up):
#   BENCH_URL                 [http://127.0.0.1:8080] the gateway; loopback only
#   BENCH_CONNECTIONS         [64]  connections of the ceiling and catalogue phases
#   BENCH_WARMUP_SECONDS      [10]  warm-up before each load phase, not counted
#   BENCH_CATALOGUE_SECONDS   [20]  measured seconds of the ceiling and catalogue phases
#   BENCH_CHECKOUT_SECONDS    [40]  measured seconds of the checkout phase
#   BENCH_SHOPPERS            [64]  concurrent bench customers in the checkout phase
#   BENCH_OVERLOAD_SHOPPERS   [256] shopper threads in the overload phase (4x; they share the 100 bench customers)
#   BENCH_OVERLOAD_SECONDS    [30]  measured seconds of the overload phase
#   BENCH_CUSTOMERS           [100] bench customers to sign in (+919000001000 onwards; 100 exist)
#   BENCH_UNLOADED_ORDERS     [30]  orders one customer places one at a time in the unloaded phase
#   BENCH_EVENT_WAIT_SECONDS  [60]  how long to wait for every placed order's notification
#   BENCH_STOCK               [200000] available packs the operator restocks each bought pack to
#   BENCH_FULFIL              [0]   1: an operator packs and the demo riders deliver during the checkout phase
#   BENCH_SEARCH              [true] false: leave search out; true: the catalogue phase and every shopper's browsing also search
#                                   (GET /api/v1/search/products and /search/suggest, q from a list of misspellings,
#                                   Hinglish and Devanagari); for a system that runs the search service
#   BENCH_NGINX               [auto] auto: measure the ceiling when nginx is installed; install: apt-get install -y
#                                   nginx-light first when it is not; off: no ceiling
#   BENCH_DB_URL              [jdbc:postgresql://127.0.0.1:55432/] the local PostgreSQL (durability, held bookings)
#   BENCH_DB_USER             [postgres]  BENCH_DB_PASSWORD []
#   JAVA                      [java] the JDK that runs the system (when started here) and the load generator
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-java}
url=${BENCH_URL:-http://127.0.0.1:8080}
version=0.1.0-SNAPSHOT
case "$url" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) echo "BENCH_URL must be on loopback (http://127.0.0.1:<port>)" >&2; exit 2 ;;
esac

ready() { curl -sf -o /dev/null "$url/api/v1/categories"; }

work=$(mktemp -d /tmp/vurksha-bench.XXXXXX)
system_pid=
nginx_pid=
cleanup() {
  # SIGTERM, not SIGINT: a background job ignores SIGINT, and the launcher stops everything on either
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$system_pid" ]; then kill -TERM "$system_pid" 2>/dev/null || true; wait "$system_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for port in $(seq 18100 18999); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  return 1
}

# The ceiling: what this machine and this load generator reach when the server does nothing but answer. Sets
# $ceiling to the fixed answer's URL.
ceiling=
start_nginx() {
  case "${BENCH_NGINX:-auto}" in
    off) return 1 ;;
    install) command -v nginx >/dev/null || apt-get install -y nginx-light >&2 || true ;;
  esac
  command -v nginx >/dev/null || return 1
  local port dir=$work/nginx
  port=$(free_port) || return 1
  mkdir -p "$dir/logs" "$dir/temp"
  local body='{"success":true,"data":{"id":"prd_ceiling","name":"Fixed answer","price":4900,"unit":"KG","inStock":true},"meta":{"timestamp":"2026-01-01T00:00:00Z"}}'
  cat > "$dir/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/temp/body;
  proxy_temp_path $dir/temp/proxy;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$port;
    location / { default_type application/json; return 200 '$body'; }
  }
}
CONF
  nginx -e "$dir/logs/error.log" -p "$dir" -c "$dir/nginx.conf" > "$dir/logs/nginx.out" 2>&1 &
  nginx_pid=$!
  for _ in $(seq 1 50); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/fixed.json" && { ceiling="http://127.0.0.1:$port/fixed.json"; return; }
    sleep 0.1
  done
  echo "nginx did not start; see $dir/logs/error.log" >&2
  return 1
}

# The JVMs of the running system (the launcher with the broker, and the service host with every application's context):
# their options as started, and the JIT, GC and heap each one ended up with.
describe_jvms() {
  local root=$1 jcmd pid args flags
  jcmd="$(dirname "$(readlink -f "$(command -v "$java_bin")")")/jcmd"
  for pid in $root $(pgrep -P "$root" || true); do
    args=$(ps -o args= -p "$pid" 2>/dev/null) || continue
    [[ $args == *java* ]] || continue
    flags=$("$jcmd" "$pid" VM.flags 2>/dev/null | tr ' ' '\n' \
      | grep -E '^-XX:(\+Use[A-Za-z0-9]*GC|MaxHeapSize|TieredStopAtLevel|CICompilerCount|ActiveProcessorCount)' \
      | awk -F= '/MaxHeapSize/ { printf "max heap %d MB\n", $2 / 1048576; next } { print }' | tr '\n' ' ' || true)
    # the service host runs every application's context in one JVM: name them, from the plan it was started with
    hosted=""
    if [[ $args == *ServiceHost* ]] && [ -f "${args##* }" ]; then
      hosted=" | runs $(awk -F'\t' '$1 == "app" { print $2 }' "${args##* }" | paste -sd, -)"
    fi
    echo "$(sed -E 's/ -D[^ ]+//g; s/ (-cp|-classpath) [^ ]+//; s#[^ ]*/##g' <<< "$args" | cut -c1-160) | ${flags:-flags unknown}$hosted"
  done | sort | uniq -c | sed -E 's/^ *([0-9]+) /\1 x /'
}

if ! ready; then
  mkdir -p .local-data
  export VURKSHA_RATELIMIT_USER_PERSECOND=100000 VURKSHA_RATELIMIT_USER_BURST=100000
  export VURKSHA_RATELIMIT_ANONYMOUS_PERSECOND=100000 VURKSHA_RATELIMIT_ANONYMOUS_BURST=100000
  echo "Starting the local system for the run (log: .local-data/bench-system.log)"
  "$java_bin" ${LAUNCHER_JVM:--Xmx256m} -jar "local/target/local-$version-exec.jar" > .local-data/bench-system.log 2>&1 &
  system_pid=$!
  for _ in $(seq 1 420); do
    ready && break
    kill -0 "$system_pid" 2>/dev/null || { echo "The local system stopped; see .local-data/bench-system.log" >&2; exit 1; }
    sleep 1
  done
  ready || { echo "The local system did not become ready in 420 s" >&2; exit 1; }
  root=$system_pid
else
  echo "Using the system already running on $url (its rate limits apply and may show as 429s)"
  port=${url##*:}; port=${port%%/*}
  root=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
  parent=$(ps -o ppid= -p "${root:-1}" 2>/dev/null | tr -d ' ' || true)
  if [ -n "$parent" ] && ps -o args= -p "$parent" 2>/dev/null | grep -q java; then root=$parent; fi
fi
[ -n "${root:-}" ] && describe_jvms "$root" > "$work/jvms.txt" 2>/dev/null || true
# the processes whose CPU time the run reads: the launcher's tree and the PostgreSQL server's (it runs detached)
db_port=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:55432/}; db_port=${db_port##*:}; db_port=${db_port%%/*}
db_pid=$(ss -ltnpH "sport = :$db_port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
system_pids="${root:-} ${db_pid:-}"

start_nginx || echo "No nginx: the run has no ceiling (BENCH_NGINX=install installs nginx-light)"

"$java_bin" -Dbench.url="$url" -Dbench.ceiling-url="$ceiling" -Dbench.system-info="$work/jvms.txt" \
  -Dbench.system-pids="$system_pids" \
  -Dbench.connections="${BENCH_CONNECTIONS:-64}" -Dbench.warmup-seconds="${BENCH_WARMUP_SECONDS:-10}" \
  -Dbench.catalogue-seconds="${BENCH_CATALOGUE_SECONDS:-20}" -Dbench.checkout-seconds="${BENCH_CHECKOUT_SECONDS:-40}" \
  -Dbench.shoppers="${BENCH_SHOPPERS:-64}" -Dbench.overload-shoppers="${BENCH_OVERLOAD_SHOPPERS:-256}" \
  -Dbench.overload-seconds="${BENCH_OVERLOAD_SECONDS:-30}" -Dbench.customers="${BENCH_CUSTOMERS:-100}" \
  -Dbench.unloaded-orders="${BENCH_UNLOADED_ORDERS:-30}" -Dbench.event-wait-seconds="${BENCH_EVENT_WAIT_SECONDS:-60}" \
  -Dbench.stock="${BENCH_STOCK:-200000}" -Dbench.fulfil="$([ "${BENCH_FULFIL:-0}" = 1 ] && echo true || echo false)" \
  -Dbench.search="$([ "${BENCH_SEARCH:-true}" = true ] && echo true || echo false)" \
  -Dbench.jdbc-url="${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:55432/}" -Dbench.jdbc-user="${BENCH_DB_USER:-postgres}" \
  -Dbench.jdbc-password="${BENCH_DB_PASSWORD:-}" \
  -jar "bench/target/bench-$version-exec.jar"
