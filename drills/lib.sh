# Shared settings and helpers of the drill scripts (sourced, not run).
# Every port, address and path of the drill's data tier is defined here once, so topology.sh, fault.sh and
# restore.sh cannot disagree about where a thing lives.

DRILL_DIR=${DRILL_DIR:-/tmp/vurksha-drills}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# Network: one namespace per PostgreSQL/Patroni node, joined by veth pairs onto a bridge in the root namespace.
# The root namespace owns 10.77.0.1 (etcd, HAProxy's health checks and the replication traffic all go through it).
NET_BRIDGE=vdrill0
NET_PREFIX=10.77.0
NET_ROOT_IP=10.77.0.1
PG_NAMES="pg1 pg2 pg3"
# The namespaced nodes listen on 25432 (not 5432) so nobody reading a port list confuses them with the machine's own
# PostgreSQL; each namespace has its own port space, the three nodes share the number.
PG_PORT=25432
PATRONI_PORT=8008
PATRONI_SCOPE=vurksha-drill

ETCD_CLIENT_PORTS="22379 22380 22381"
ETCD_PEER_PORTS="22390 22391 22392"

HAPROXY_RW_PORT=25000
HAPROXY_RO_PORT=25001
HAPROXY_STATS_PORT=25080
PGBOUNCER_PORT=26432

# AMQP 25672 is taken on this machine: it is the distribution port (AMQP + 20000) of the machine's own broker.
RABBIT_NAMES="drill1 drill2 drill3"
RABBIT_AMQP_BASE=25680   # drillN listens on 25680+N
RABBIT_DIST_BASE=25690   # drillN's Erlang distribution port is 25690+N

REDIS_PORTS="26379 26380"
SENTINEL_PORTS="26479 26480 26481"
REDIS_MASTER_NAME=vurksha

DATABASES="vurksha_user vurksha_product vurksha_cart vurksha_order vurksha_payment vurksha_delivery vurksha_notification"

WAL_ARCHIVE="$DRILL_DIR/wal-archive"

now() { date -u +%Y-%m-%dT%H:%M:%S.%3NZ; }
log() { echo "$(now) $*" >&2; }
die() { echo "$(now) ERROR $*" >&2; exit 1; }

pg_index() { echo "${1#pg}"; }
pg_ns() { echo "vd-$1"; }
pg_ip() { echo "$NET_PREFIX.1$(pg_index "$1")"; }
rabbit_index() { echo "${1#drill}"; }
rabbit_node() { echo "${1%@localhost}@localhost"; }
rabbit_amqp_port() { echo $((RABBIT_AMQP_BASE + $(rabbit_index "${1%@localhost}"))); }
rabbit_dist_port() { echo $((RABBIT_DIST_BASE + $(rabbit_index "${1%@localhost}"))); }

# Is the process in this pid file alive? A killed process stays a zombie until its parent (often init, here a process
# that reaps late) collects it, and kill -0 still succeeds on a zombie: that must count as dead, or a node killed a
# moment ago would not be started again.
pid_alive() {
	local pid state
	[ -s "$1" ] || return 1
	pid=$(head -1 "$1")
	kill -0 "$pid" 2>/dev/null || return 1
	state=$(sed 's/.*) //' "/proc/$pid/stat" 2>/dev/null | cut -d' ' -f1)
	[ -n "$state" ] && [ "$state" != Z ]
}

# Waits until a command succeeds; $1 is the timeout in seconds, the rest is the command.
wait_for() {
	local timeout=$1; shift
	local end=$((SECONDS + timeout))
	while ! "$@" >/dev/null 2>&1; do
		[ $SECONDS -ge $end ] && return 1
		sleep 0.5
	done
}

etcd_endpoints() {
	local eps="" p
	for p in $ETCD_CLIENT_PORTS; do eps="$eps${eps:+,}http://127.0.0.1:$p"; done
	echo "$eps"
}

patroni_rest_urls() {
	local urls="" n
	for n in $PG_NAMES; do urls="$urls${urls:+,}http://$(pg_ip "$n"):$PATRONI_PORT"; done
	echo "$urls"
}

# The cluster as one Patroni member sees it (JSON of GET /cluster), from the first member that answers.
patroni_cluster_json() {
	local n
	for n in $PG_NAMES; do
		curl -sf --max-time 2 "http://$(pg_ip "$n"):$PATRONI_PORT/cluster" && return 0
	done
	return 1
}

# Name of the current leader according to etcd's view as published by any reachable member.
pg_leader_name() {
	patroni_cluster_json | python3 -c '
import json, sys
c = json.load(sys.stdin)
for m in c.get("members", []):
    if m.get("role") == "leader" and m.get("state") == "running":
        print(m["name"]); sys.exit(0)
sys.exit(1)'
}

# The RabbitMQ environment of one drill node: its own config, data, logs, plugins and cookie, so the machine's broker
# (rabbit@localhost, /etc/rabbitmq, /var/lib/rabbitmq) is never read or written.
rabbit_env() {
	local name=${1%@localhost} r="$DRILL_DIR/rabbit"
	echo HOME="$r/home" \
		RABBITMQ_NODENAME="$(rabbit_node "$name")" \
		RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
		RABBITMQ_NODE_PORT="$(rabbit_amqp_port "$name")" \
		RABBITMQ_DIST_PORT="$(rabbit_dist_port "$name")" \
		RABBITMQ_CONF_ENV_FILE="$r/rabbitmq-env.conf" \
		RABBITMQ_CONFIG_FILE="$r/$name.conf" \
		RABBITMQ_ADVANCED_CONFIG_FILE="$r/advanced.config" \
		RABBITMQ_ENABLED_PLUGINS_FILE="$r/enabled_plugins" \
		RABBITMQ_MNESIA_BASE="$r/mnesia" \
		RABBITMQ_LOG_BASE="$r/log" \
		RABBITMQ_PID_FILE="$r/$name.pid"
}

# rabbitmqctl (or rabbitmq-queues, …) against one drill node, with the drill's cookie.
rabbit_cli() {
	local tool=$1 node=$2; shift 2
	env $(rabbit_env "$node") "/usr/lib/rabbitmq/bin/$tool" -q -n "$(rabbit_node "$node")" "$@"
}

redis_cli() { redis-cli -h 127.0.0.1 -p "$@"; }
