#!/usr/bin/env bash
# `make drills`: the failure drills (not part of `make test`). Installs what the highly available topology needs from
# Debian's packages when missing, builds it on this machine (drills/topology.sh: PostgreSQL x3 under Patroni with etcd
# x3, HAProxy and PgBouncer; RabbitMQ x3; Redis primary + replica + 3 Sentinels), starts two instances of every
# service of the checkout path and of the gateway, drives bench customers through them, breaks one thing at a time
# (drills/fault.sh), runs the restore drill (drills/restore.sh) and writes drills/results/<date>.md. Everything it
# started is stopped on exit, also on Ctrl-C or failure. Traffic stays on 127.0.0.1 and the namespaces it creates.
#
# Settings (environment, defaults in brackets):
#   DRILL_SCENARIOS  [1,1b,2,3,4,5,6]  which scenarios, in this order
#   DRILL_SHOPPERS   [8]               bench customers shopping in a closed loop throughout
#   DRILL_DIR        [/tmp/vurksha-drills]  scratch folder (data directories, logs); deleted by `topology.sh down`
#   JAVA             [java]            the JDK that runs the services and the drill
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA:-java}
version=0.1.0-SNAPSHOT
export DRILL_DIR=${DRILL_DIR:-/tmp/vurksha-drills}
# under the load a replica is always a few bytes behind: "healthy" after a fail-over allows one WAL segment of lag
export PG_MAX_LAG=${PG_MAX_LAG:-16777216}

# command -> Debian package
declare -A packages=([patroni]=patroni [etcd]=etcd-server [etcdctl]=etcd-client [haproxy]=haproxy
  [pgbouncer]=pgbouncer [redis-sentinel]=redis-sentinel [redis-server]=redis-server [nft]=nftables
  [rabbitmq-server]=rabbitmq-server [ip]=iproute2 [psql]=postgresql-client)
missing=()
for command in "${!packages[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${packages[$command]}")
done
[ -x /usr/lib/postgresql/15/bin/postgres ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]}"
  apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
fi

jar=bench/target/bench-$version-drills.jar
[ -f "$jar" ] || { echo "$jar is missing: make build first (make drills does)" >&2; exit 1; }

cleanup() {
  echo "Stopping the drill topology"
  bash drills/topology.sh down || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
bash drills/topology.sh up
eval "$(bash drills/topology.sh env | sed -E 's/^([A-Z_][A-Z0-9_]*)=/export \1=/')"
echo "Topology up in $(( $(date +%s) - started )) s"

"$java_bin" -Xmx512m -Ddrills.repo="$PWD" -Ddrills.dir="$DRILL_DIR" -Ddrills.java="$(command -v "$java_bin")" \
  -Ddrills.scenarios="${DRILL_SCENARIOS:-1,1b,2,3,4,5,6}" -Ddrills.shoppers="${DRILL_SHOPPERS:-8}" \
  -jar "$jar"
echo "Drills took $(( $(date +%s) - started )) s in all"
