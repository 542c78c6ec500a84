#!/usr/bin/env bash
# Runs the load generator against the local system on 127.0.0.1. If nothing answers on :8080 it starts the
# system itself (with rate limits raised, so the run measures the services rather than the limiter) and
# stops it afterwards. Settings: BENCH_SECONDS (30), BENCH_USERS (16).
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-java}
url=http://127.0.0.1:8080
version=0.1.0-SNAPSHOT

ready() { curl -sf -o /dev/null "$url/api/v1/categories"; }

if ! ready; then
  mkdir -p .local-data
  export VURKSHA_RATELIMIT_USER_PERSECOND=100000 VURKSHA_RATELIMIT_USER_BURST=100000
  export VURKSHA_RATELIMIT_ANONYMOUS_PERSECOND=100000 VURKSHA_RATELIMIT_ANONYMOUS_BURST=100000
  echo "Starting the local system for the run (log: .local-data/bench-system.log)"
  "$java_bin" -jar "local/target/local-$version-exec.jar" > .local-data/bench-system.log 2>&1 &
  system_pid=$!
  # SIGTERM, not SIGINT: a background job ignores SIGINT, and the launcher stops everything on either
  trap 'kill -TERM $system_pid 2>/dev/null; wait $system_pid 2>/dev/null || true' EXIT
  for _ in $(seq 1 180); do
    ready && break
    kill -0 $system_pid 2>/dev/null || { echo "The local system stopped; see .local-data/bench-system.log" >&2; exit 1; }
    sleep 1
  done
  ready || { echo "The local system did not become ready in 180 s" >&2; exit 1; }
else
  echo "Using the system already running on $url (its rate limits apply and may show as 429s)"
fi

"$java_bin" -Dbench.url="$url" -Dbench.seconds="${BENCH_SECONDS:-30}" -Dbench.users="${BENCH_USERS:-16}" \
  -jar "bench/target/bench-$version-exec.jar"
