#!/usr/bin/env bash
# The failure drills' highly available data tier, built from real software on one machine:
#   etcd (3 members) + PostgreSQL 15 under Patroni (3 nodes, each in its own network namespace, synchronous mode,
#   WAL archive), HAProxy (leader / replicas), PgBouncer (session pooling), RabbitMQ (3-node cluster),
#   Redis (primary + replica) with 3 Sentinels.
# Usage: topology.sh up|down|status|env        State lives under ${DRILL_DIR:-/tmp/vurksha-drills}.
# Everything listens on loopback or on the private bridge 10.77.0.0/24 and trusts every local client: this is a
# drill on a developer machine, never a production configuration.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"

# ---------------------------------------------------------------------------------------------------------- network

net_up() {
	if ! ip link show "$NET_BRIDGE" >/dev/null 2>&1; then
		ip link add "$NET_BRIDGE" type bridge
		ip addr add "$NET_ROOT_IP/24" dev "$NET_BRIDGE"
	fi
	ip link set "$NET_BRIDGE" up
	local n ns i
	for n in $PG_NAMES; do
		ns=$(pg_ns "$n"); i=$(pg_index "$n")
		ip netns list | grep -qw "^$ns" || ip netns add "$ns"
		if ! ip link show "vd-h$i" >/dev/null 2>&1; then
			ip link add "vd-h$i" type veth peer name "vd-n$i"
			ip link set "vd-n$i" netns "$ns"
			ip -n "$ns" link set "vd-n$i" name eth0
			ip -n "$ns" addr add "$(pg_ip "$n")/24" dev eth0
			ip link set "vd-h$i" master "$NET_BRIDGE"
		fi
		ip link set "vd-h$i" up
		ip -n "$ns" link set lo up
		ip -n "$ns" link set eth0 up
	done
}

net_down() {
	local n i
	for n in $PG_NAMES; do
		i=$(pg_index "$n")
		ip netns del "$(pg_ns "$n")" 2>/dev/null || true
		ip link del "vd-h$i" 2>/dev/null || true
	done
	ip link del "$NET_BRIDGE" 2>/dev/null || true
}

# ------------------------------------------------------------------------------------------------------------- etcd

etcd_up() {
	# All three members share this machine, so their durability is moot and their fsync latency, on a disk that
	# PostgreSQL is hammering, is what would make a member miss heartbeats and Patroni demote a healthy primary.
	# A tmpfs takes the disk out of the consensus path.
	local d="$DRILL_DIR/etcd"
	mkdir -p "$d"
	mountpoint -q "$d" || mount -t tmpfs -o size=1g tmpfs "$d"
	local cluster="" i=0 cp pp
	set -- $ETCD_PEER_PORTS
	for pp in "$@"; do i=$((i + 1)); cluster="$cluster${cluster:+,}etcd$i=http://127.0.0.1:$pp"; done
	local clients=($ETCD_CLIENT_PORTS) peers=($ETCD_PEER_PORTS) started=0
	for i in 0 1 2; do
		local name="etcd$((i + 1))" cp=${clients[$i]} pp=${peers[$i]}
		pid_alive "$d/$name.pid" && continue
		local state=new
		[ -d "$d/$name/member" ] && state=existing
		# Heartbeat and election timeouts are 2.5x the defaults: 2 shared cores stall processes for hundreds of ms.
		setsid etcd --name "$name" --data-dir "$d/$name" \
			--listen-client-urls "http://127.0.0.1:$cp,http://$NET_ROOT_IP:$cp" \
			--advertise-client-urls "http://$NET_ROOT_IP:$cp" \
			--listen-peer-urls "http://127.0.0.1:$pp" --initial-advertise-peer-urls "http://127.0.0.1:$pp" \
			--initial-cluster "$cluster" --initial-cluster-state "$state" --initial-cluster-token vurksha-drill \
			--heartbeat-interval 250 --election-timeout 2500 --snapshot-count 10000 \
			--log-level warn >>"$DRILL_DIR/logs/$name.log" 2>&1 </dev/null &
		echo $! >"$d/$name.pid"
		started=1
	done
	[ $started = 1 ] || return 0
	wait_for 60 etcdctl --endpoints "$(etcd_endpoints)" endpoint health || die "etcd did not become healthy"
}

etcd_down() {
	local d="$DRILL_DIR/etcd" f
	for f in "$d"/*.pid; do [ -e "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
	sleep 0.5
	for f in "$d"/*.pid; do [ -e "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true; done
	if mountpoint -q "$d"; then umount "$d" || umount -l "$d"; fi
}

# ------------------------------------------------------------------------------------------------ PostgreSQL/Patroni

patroni_config() {
	local n=$1 ip d="$DRILL_DIR/pg/$1" hosts="" p
	ip=$(pg_ip "$n")
	for p in $ETCD_CLIENT_PORTS; do hosts="$hosts${hosts:+, }$NET_ROOT_IP:$p"; done
	cat <<YAML
scope: $PATRONI_SCOPE
namespace: /vurksha-drill/
name: $n
log:
  level: INFO
  dir: $d/log
restapi:
  listen: $ip:$PATRONI_PORT
  connect_address: $ip:$PATRONI_PORT
etcd3:
  hosts: [$hosts]
bootstrap:
  dcs:
    # Failure detection in ~10 s: a leader key lives ttl seconds; loop_wait + 2 * retry_timeout <= ttl.
    ttl: 10
    loop_wait: 2
    retry_timeout: 4
    maximum_lag_on_failover: 1048576
    # Only the synchronous standby may be promoted, so an acknowledged commit survives the loss of the primary.
    synchronous_mode: true
    synchronous_node_count: 1
    # Failsafe off (the default, stated): a leader that loses etcd must demote itself when its key would expire,
    # even if it could still reach the other members; that is what the isolation drill checks.
    failsafe_mode: false
    postgresql:
      use_pg_rewind: true
      use_slots: true
      remove_data_directory_on_rewind_failure: true
      remove_data_directory_on_diverged_timelines: true
      parameters:
        max_connections: 200
        shared_buffers: 64MB
        effective_cache_size: 256MB
        maintenance_work_mem: 32MB
        work_mem: 4MB
        wal_level: replica
        wal_log_hints: 'on'
        hot_standby: 'on'
        max_wal_senders: 10
        max_replication_slots: 10
        wal_keep_size: 256MB
        max_wal_size: 512MB
        # WAL archive for the point-in-time restore drill; a segment is closed at least every 10 s so the archive
        # never trails the primary by more than that.
        archive_mode: 'on'
        archive_timeout: 10
        archive_command: 'cp %p $WAL_ARCHIVE/%f.part && mv $WAL_ARCHIVE/%f.part $WAL_ARCHIVE/%f'
        max_worker_processes: 8
        max_parallel_workers: 2
        max_parallel_workers_per_gather: 0
        autovacuum_max_workers: 2
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
postgresql:
  listen: $ip,127.0.0.1:$PG_PORT
  connect_address: $ip:$PG_PORT
  data_dir: $d/data
  bin_dir: $PG_BIN
  pgpass: $d/pgpass
  use_unix_socket: true
  authentication:
    superuser:
      username: postgres
    replication:
      username: replicator
    rewind:
      username: postgres
  # Trust for every client on loopback and the drill bridge only: this cluster is reachable from this machine alone.
  pg_hba:
    - local all all trust
    - host all all 127.0.0.1/32 trust
    - host all all $NET_PREFIX.0/24 trust
    - host replication all 127.0.0.1/32 trust
    - host replication all $NET_PREFIX.0/24 trust
  parameters:
    # Own socket directory: the machine's PostgreSQL owns /var/run/postgresql/.s.PGSQL.5432.
    unix_socket_directories: '$d/run'
tags:
  nofailover: false
  noloadbalance: false
  clonefrom: false
YAML
}

# Starts Patroni of one node inside its namespace (as user postgres: PostgreSQL refuses to run as root).
patroni_start() {
	local n=$1 d="$DRILL_DIR/pg/$1"
	pid_alive "$d/patroni.pid" && return 0
	mkdir -p "$d/log" "$d/run"
	patroni_config "$n" >"$d/patroni.yml"
	chown -R postgres:postgres "$d"
	[ -d "$d/data" ] && chmod 700 "$d/data"
	ip netns exec "$(pg_ns "$n")" setsid runuser -u postgres -- patroni "$d/patroni.yml" \
		>>"$DRILL_DIR/logs/patroni-$n.log" 2>&1 </dev/null &
	echo $! >"$d/patroni.pid"
}

pg_up() {
	mkdir -p "$WAL_ARCHIVE" "$DRILL_DIR/pg"
	chown postgres:postgres "$WAL_ARCHIVE" "$DRILL_DIR/pg"
	local n
	for n in $PG_NAMES; do patroni_start "$n"; done
	local end=$((SECONDS + 180)) leader
	until leader=$(pg_leader_name 2>/dev/null); do
		[ $SECONDS -ge $end ] && die "no Patroni leader after 180 s (see $DRILL_DIR/logs)"
		sleep 1
	done
	# Databases are created through the leader (idempotent: only the missing ones).
	local ip
	ip=$(pg_ip "$leader")
	wait_for 60 "$PG_BIN/psql" -h "$ip" -p "$PG_PORT" -U postgres -d postgres -Atc 'select 1' || die "leader not accepting"
	local db
	for db in $DATABASES; do
		if [ -z "$("$PG_BIN/psql" -h "$ip" -p "$PG_PORT" -U postgres -d postgres -Atc "select 1 from pg_database where datname = '$db'")" ]; then
			"$PG_BIN/psql" -h "$ip" -p "$PG_PORT" -U postgres -d postgres -qc "create database $db owner postgres" >/dev/null
		fi
	done
}

pg_down() {
	local n d pids
	# The drill's data is thrown away, so no orderly failover-free shutdown is needed: Patroni goes first (SIGKILL, so
	# none of them promotes while the others stop), then each PostgreSQL by an immediate shutdown, which still
	# removes its shared memory; whatever else runs in a namespace after that is killed.
	for n in $PG_NAMES; do
		d="$DRILL_DIR/pg/$n"
		[ -s "$d/patroni.pid" ] && kill -9 "$(cat "$d/patroni.pid")" 2>/dev/null || true
	done
	for n in $PG_NAMES; do
		d="$DRILL_DIR/pg/$n"
		[ -f "$d/data/postmaster.pid" ] && runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$d/data" -m immediate -t 15 stop >/dev/null 2>&1 || true
	done
	for n in $PG_NAMES; do
		pids=$(ip netns pids "$(pg_ns "$n")" 2>/dev/null || true)
		[ -n "$pids" ] && kill -9 $pids 2>/dev/null || true
	done
}

# ---------------------------------------------------------------------------------------------- HAProxy, PgBouncer

haproxy_up() {
	local d="$DRILL_DIR/haproxy" n
	mkdir -p "$d"
	pid_alive "$d/haproxy.pid" && return 0
	{
		cat <<CFG
global
    maxconn 4000
    pidfile $d/haproxy.pid
    stats socket $d/admin.sock mode 600 level admin
    log stdout format short local0 warning

defaults
    mode tcp
    log global
    timeout connect 2s
    timeout check 1s
    # PgBouncer keeps its server connections for minutes; HAProxy must not cut them.
    timeout client 30m
    timeout server 30m
    # A server that fails 2 checks 1 s apart is out, and every session to it is closed at once, so PgBouncer
    # reconnects to the new leader instead of waiting on a TCP connection to a dead or demoted node.
    default-server inter 1s fall 2 rise 1 on-marked-down shutdown-sessions

listen pg_rw
    bind 127.0.0.1:$HAPROXY_RW_PORT
    option httpchk
    http-check send meth GET uri /primary
    http-check expect status 200
CFG
		for n in $PG_NAMES; do echo "    server $n $(pg_ip "$n"):$PG_PORT check port $PATRONI_PORT"; done
		cat <<CFG

listen pg_ro
    bind 127.0.0.1:$HAPROXY_RO_PORT
    balance roundrobin
    option httpchk
    http-check send meth GET uri /replica
    http-check expect status 200
CFG
		for n in $PG_NAMES; do echo "    server $n $(pg_ip "$n"):$PG_PORT check port $PATRONI_PORT"; done
		cat <<CFG

listen stats
    bind 127.0.0.1:$HAPROXY_STATS_PORT
    mode http
    timeout client 30s
    timeout server 30s
    stats enable
    stats uri /
    stats refresh 2s
    stats admin if TRUE
CFG
	} >"$d/haproxy.cfg"
	haproxy -c -q -f "$d/haproxy.cfg"
	haproxy -D -f "$d/haproxy.cfg" >>"$DRILL_DIR/logs/haproxy.log" 2>&1
	wait_for 10 pid_alive "$d/haproxy.pid" || die "haproxy did not start"
}

haproxy_down() {
	local f="$DRILL_DIR/haproxy/haproxy.pid"
	[ -s "$f" ] && kill $(cat "$f") 2>/dev/null || true
}

pgbouncer_up() {
	local d="$DRILL_DIR/pgbouncer"
	mkdir -p "$d"
	pid_alive "$d/pgbouncer.pid" && return 0
	cat >"$d/userlist.txt" <<CFG
"postgres" ""
"replicator" ""
CFG
	cat >"$d/pgbouncer.ini" <<CFG
[databases]
; Every database goes to whichever node HAProxy currently sees as the leader.
* = host=127.0.0.1 port=$HAPROXY_RW_PORT

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PGBOUNCER_PORT
unix_socket_dir = $d
pidfile = $d/pgbouncer.pid
logfile = $d/pgbouncer.log
; Trust, with the user list as the only check: loopback-only drill.
auth_type = trust
auth_file = $d/userlist.txt
admin_users = postgres
stats_users = postgres
; Session pooling: the services rely on session state (Flyway's advisory locks, SET).
pool_mode = session
max_client_conn = 1000
; Each service has its own database, so one pool per database: 2 instances x ~10 connections, with room to spare.
; The total stays under PostgreSQL's max_connections (200) minus what Patroni and replication need.
default_pool_size = 25
max_user_connections = 180
reserve_pool_size = 0
; A server connection is probed before reuse once it was idle a second, so one that points at a demoted or dead
; node is discarded, not handed to a client.
server_check_query = select 1
server_check_delay = 1
; During a failover HAProxy has no leader for a few seconds: a connect then fails in 3 s rather than the default 15,
; a failed login is retried after 1 s rather than 15, and a client waiting for a server gets an error after 10 s
; rather than 120, so the services' own retries and timeouts, not PgBouncer's queue, decide what the caller sees.
server_connect_timeout = 3
server_login_retry = 1
query_wait_timeout = 10
; The PostgreSQL JDBC driver sends these at startup.
ignore_startup_parameters = extra_float_digits,options
log_connections = 0
log_disconnections = 0
CFG
	chown -R postgres:postgres "$d"
	runuser -u postgres -- pgbouncer -d -q "$d/pgbouncer.ini"
	wait_for 10 pid_alive "$d/pgbouncer.pid" || die "pgbouncer did not start"
}

pgbouncer_down() {
	local f="$DRILL_DIR/pgbouncer/pgbouncer.pid"
	[ -s "$f" ] && kill $(cat "$f") 2>/dev/null || true
}

# ------------------------------------------------------------------------------------------------------------ Redis

redis_up() {
	local d="$DRILL_DIR/redis" p s primary
	set -- $REDIS_PORTS; primary=$1
	for p in $REDIS_PORTS; do
		mkdir -p "$d/$p"
		pid_alive "$d/$p/redis.pid" && continue
		# Redis is the cart's only store, so it persists: an append-only file synced every second (at most a
		# second of carts lost when every node dies at once; one node dying loses nothing thanks to the replica).
		# Written once: Sentinel rewrites this file (replicaof) when it fails over; a restart must keep that.
		if [ ! -f "$d/$p/redis.conf" ]; then
			{
				echo "port $p"
				echo "bind 127.0.0.1"
				echo "dir $d/$p"
				echo "pidfile $d/$p/redis.pid"
				echo "logfile $DRILL_DIR/logs/redis-$p.log"
				echo "daemonize yes"
				echo "save \"\""
				echo "appendonly yes"
				echo "appendfsync everysec"
				echo "maxmemory 256mb"
				echo "maxmemory-policy noeviction"
				[ "$p" = "$primary" ] || echo "replicaof 127.0.0.1 $primary"
			} >"$d/$p/redis.conf"
		fi
		redis-server "$d/$p/redis.conf"
	done
	for p in $REDIS_PORTS; do wait_for 20 redis_cli "$p" ping || die "redis $p did not start"; done
	for s in $SENTINEL_PORTS; do
		mkdir -p "$d/sentinel-$s"
		pid_alive "$d/sentinel-$s/sentinel.pid" && continue
		if [ ! -f "$d/sentinel-$s/sentinel.conf" ]; then
			cat >"$d/sentinel-$s/sentinel.conf" <<CFG
port $s
bind 127.0.0.1
dir $d/sentinel-$s
pidfile $d/sentinel-$s/sentinel.pid
logfile $DRILL_DIR/logs/sentinel-$s.log
daemonize yes
sentinel resolve-hostnames no
sentinel monitor $REDIS_MASTER_NAME 127.0.0.1 $primary 2
sentinel down-after-milliseconds $REDIS_MASTER_NAME 2000
sentinel failover-timeout $REDIS_MASTER_NAME 10000
sentinel parallel-syncs $REDIS_MASTER_NAME 1
CFG
		fi
		redis-sentinel "$d/sentinel-$s/sentinel.conf"
	done
	for s in $SENTINEL_PORTS; do wait_for 20 redis_cli "$s" ping || die "sentinel $s did not start"; done
	# Sentinels discover each other through the master's hello channel; wait until each knows the two others.
	wait_for 30 sentinels_acquainted || die "sentinels did not discover each other"
}

sentinels_acquainted() {
	local s
	for s in $SENTINEL_PORTS; do
		[ "$(redis_cli "$s" sentinel master "$REDIS_MASTER_NAME" | awk 'f{print;exit} $0=="num-other-sentinels"{f=1}')" = 2 ] || return 1
	done
}

redis_down() {
	local d="$DRILL_DIR/redis" f
	for f in "$d"/sentinel-*/sentinel.pid "$d"/*/redis.pid; do
		[ -s "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
	done
}

# --------------------------------------------------------------------------------------------------------- RabbitMQ

rabbit_prepare() {
	local r="$DRILL_DIR/rabbit" name
	mkdir -p "$r/home" "$r/mnesia" "$r/log"
	# The drill's own cookie in its own HOME: the machine's broker keeps its cookie, the two never meet.
	[ -s "$r/home/.erlang.cookie" ] || { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$r/home/.erlang.cookie"; }
	chmod 400 "$r/home/.erlang.cookie"
	: >"$r/rabbitmq-env.conf"
	echo '[].' >"$r/enabled_plugins"
	echo '[].' >"$r/advanced.config"
	for name in $RABBIT_NAMES; do
		cat >"$r/$name.conf" <<CFG
listeners.tcp.1 = 127.0.0.1:$(rabbit_amqp_port "$name")
loopback_users.guest = true
cluster_partition_handling = pause_minority
vm_memory_high_watermark.absolute = 512MB
disk_free_limit.absolute = 100MB
collect_statistics_interval = 30000
log.file.level = warning
log.console = false
CFG
	done
}

# Starts one drill node in the background (without waiting). One scheduler and one dirty scheduler per node: three
# brokers share two cores with everything else.
rabbit_start_bg() {
	local name=${1%@localhost} r="$DRILL_DIR/rabbit"
	pid_alive "$r/$name.pid" && return 0
	rabbit_prepare
	env $(rabbit_env "$name") \
		RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="+S 1:1 +SDcpu 1:1 +SDio 2 +A 4 -kernel inet_dist_use_interface {127,0,0,1}" \
		setsid /usr/lib/rabbitmq/bin/rabbitmq-server >>"$DRILL_DIR/logs/rabbit-$name.log" 2>&1 </dev/null &
}

rabbit_await() {
	local name=${1%@localhost}
	wait_for 120 rabbit_cli rabbitmqctl "$name" await_startup --timeout 5 || die "rabbit $name did not start"
}

rabbit_running_nodes() {
	rabbit_cli rabbitmqctl "$1" cluster_status --formatter json 2>/dev/null |
		python3 -c 'import json,sys; print(" ".join(sorted(json.load(sys.stdin).get("running_nodes", []))))'
}

rabbit_disk_nodes() {
	rabbit_cli rabbitmqctl "$1" cluster_status --formatter json 2>/dev/null |
		python3 -c 'import json,sys; print(" ".join(sorted(json.load(sys.stdin).get("disk_nodes", []))))'
}

rabbit_up() {
	local name first
	set -- $RABBIT_NAMES; first=$1
	for name in $RABBIT_NAMES; do rabbit_start_bg "$name"; done
	for name in $RABBIT_NAMES; do rabbit_await "$name"; done
	for name in $RABBIT_NAMES; do
		[ "$name" = "$first" ] && continue
		if ! rabbit_disk_nodes "$name" | grep -qw "$(rabbit_node "$first")"; then
			rabbit_cli rabbitmqctl "$name" stop_app
			rabbit_cli rabbitmqctl "$name" reset
			rabbit_cli rabbitmqctl "$name" join_cluster "$(rabbit_node "$first")" >>"$DRILL_DIR/logs/rabbit-join.log" 2>&1
			rabbit_cli rabbitmqctl "$name" start_app
		fi
	done
	wait_for 60 rabbit_whole || die "rabbit cluster not whole"
}

rabbit_whole() {
	local want got
	want=$(for n in $RABBIT_NAMES; do rabbit_node "$n"; done | sort | tr '\n' ' ' | sed 's/ $//')
	got=$(rabbit_running_nodes "$(set -- $RABBIT_NAMES; echo "$1")") || return 1
	[ "$got" = "$want" ]
}

rabbit_down() {
	local r="$DRILL_DIR/rabbit" name f
	for name in $RABBIT_NAMES; do
		f="$r/$name.pid"
		[ -s "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true
	done
}

# ---------------------------------------------------------------------------------------------------------- actions

# Final sweep: any process still running from the drill directory (etcd, beam, erl_child_setup, inet_gethost …).
sweep() {
	local f p
	for f in $(grep -lsaF "$DRILL_DIR/" /proc/[0-9]*/cmdline); do
		p=${f#/proc/}; p=${p%/cmdline}
		[ "$p" = $$ ] || kill -9 "$p" 2>/dev/null || true
	done
}

cmd_up() {
	local t0=$SECONDS
	mkdir -p "$DRILL_DIR/logs"
	net_up
	etcd_up
	log "etcd up"
	# RabbitMQ boots slowly: start its nodes now, wait for them after PostgreSQL.
	local name
	for name in $RABBIT_NAMES; do rabbit_start_bg "$name"; done
	pg_up
	log "patroni cluster up, leader $(pg_leader_name)"
	haproxy_up
	pgbouncer_up
	redis_up
	log "redis + sentinels up"
	rabbit_up
	log "rabbitmq cluster up"
	"$HERE/fault.sh" pg-wait-healthy 120 >/dev/null
	log "up in $((SECONDS - t0)) s"
}

cmd_down() {
	local t0=$SECONDS
	haproxy_down
	pgbouncer_down
	pg_down
	log "postgres/patroni stopped ($((SECONDS - t0)) s)"
	rabbit_down
	redis_down
	etcd_down
	net_down
	sleep 0.5
	sweep
	if [ -d "$DRILL_DIR/etcd" ] && mountpoint -q "$DRILL_DIR/etcd"; then umount -l "$DRILL_DIR/etcd"; fi
	rm -rf "$DRILL_DIR"
	log "down in $((SECONDS - t0)) s"
}

cmd_env() {
	local n nodes="" addrs="" rnodes="" sent="" rd="" p
	for n in $PG_NAMES; do nodes="$nodes${nodes:+,}$n=$(pg_ip "$n"):$PG_PORT"; done
	for n in $RABBIT_NAMES; do
		addrs="$addrs${addrs:+,}127.0.0.1:$(rabbit_amqp_port "$n")"
		rnodes="$rnodes${rnodes:+,}$(rabbit_node "$n")"
	done
	for p in $SENTINEL_PORTS; do sent="$sent${sent:+,}127.0.0.1:$p"; done
	for p in $REDIS_PORTS; do rd="$rd${rd:+,}127.0.0.1:$p"; done
	cat <<ENV
DRILL_DIR=$DRILL_DIR
PG_HAPROXY_RW=127.0.0.1:$HAPROXY_RW_PORT
PG_HAPROXY_RO=127.0.0.1:$HAPROXY_RO_PORT
PGBOUNCER=127.0.0.1:$PGBOUNCER_PORT
PG_USER=postgres
PG_PASSWORD=
PG_DATABASES=$(echo $DATABASES | tr ' ' ',')
PG_NODES=$nodes
PATRONI_SCOPE=$PATRONI_SCOPE
PATRONI_REST=$(patroni_rest_urls)
HAPROXY_STATS=http://127.0.0.1:$HAPROXY_STATS_PORT/
HAPROXY_ADMIN_SOCKET=$DRILL_DIR/haproxy/admin.sock
ETCD_ENDPOINTS=$(etcd_endpoints)
RABBIT_ADDRESSES=$addrs
RABBIT_NODES=$rnodes
RABBIT_USER=guest
RABBIT_PASSWORD=guest
REDIS_SENTINEL_MASTER=$REDIS_MASTER_NAME
REDIS_SENTINEL_NODES=$sent
REDIS_NODES=$rd
WAL_ARCHIVE=$WAL_ARCHIVE
PG_BASE_BACKUP=$DRILL_DIR/base
ENV
}

cmd_status() {
	echo "== patroni"
	patronictl_list || echo "patroni: unreachable"
	echo "== haproxy"
	echo "show stat" | socat - "UNIX-CONNECT:$DRILL_DIR/haproxy/admin.sock" 2>/dev/null |
		awk -F, '$1 ~ /^pg_r/ && $2 != "FRONTEND" && $2 != "BACKEND" {printf "%s/%s %s\n", $1, $2, $18}' |
		paste -sd' ' || echo "haproxy: down"
	echo "== pgbouncer"
	if "$PG_BIN/psql" -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
		echo "pgbouncer: ok, writes go to $("$PG_BIN/psql" -h 127.0.0.1 -p "$PGBOUNCER_PORT" -U postgres -d postgres -Atc 'select inet_server_addr()' 2>/dev/null)"
	else
		echo "pgbouncer: not accepting"
	fi
	echo "== rabbitmq"
	local name
	for name in $RABBIT_NAMES; do
		if pid_alive "$DRILL_DIR/rabbit/$name.pid"; then
			echo "$(rabbit_node "$name"): running=[$(rabbit_running_nodes "$name" || true)] members=[$(rabbit_disk_nodes "$name" || true)]"
		else
			echo "$(rabbit_node "$name"): down"
		fi
	done
	echo "== redis"
	local s
	for s in $SENTINEL_PORTS; do
		echo "sentinel $s: master $(redis_cli "$s" sentinel get-master-addr-by-name "$REDIS_MASTER_NAME" 2>/dev/null | paste -sd: || echo unreachable)"
	done
	local p
	for p in $REDIS_PORTS; do
		echo "redis $p: $(redis_cli "$p" info replication 2>/dev/null | grep -E '^role:' | tr -d '\r' || echo down)"
	done
}

patronictl_list() {
	local cfg
	for cfg in "$DRILL_DIR"/pg/pg*/patroni.yml; do
		[ -f "$cfg" ] || continue
		patronictl -c "$cfg" list 2>/dev/null && return 0
	done
	return 1
}

# fault.sh sources this file for the start functions of single nodes.
[ "${TOPOLOGY_SOURCED:-0}" = 1 ] && return 0

case "${1:-}" in
	up) cmd_up ;;
	down) cmd_down ;;
	status) cmd_status ;;
	env) cmd_env ;;
	*) echo "usage: $0 up|down|status|env" >&2; exit 2 ;;
esac
