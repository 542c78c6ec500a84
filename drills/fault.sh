#!/usr/bin/env bash
# Fault primitives of the failure drills, against the tier that topology.sh built.
# Each action prints one line "<ISO-8601 UTC time> <action> <what it did>" and exits non-zero if it could not.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TOPOLOGY_SOURCED=1 . "$HERE/topology.sh"

say() { echo "$(now) $ACTION $*"; }
fail() { echo "$(now) $ACTION FAILED $*"; exit 1; }

# ------------------------------------------------------------------------------------------------------- PostgreSQL

member_json() { # <name>: that member's entry in the cluster view
	patroni_cluster_json | python3 -c '
import json, sys
for m in json.load(sys.stdin).get("members", []):
    if m["name"] == sys.argv[1]:
        print(json.dumps(m)); sys.exit(0)
sys.exit(1)' "$1"
}

pg_leader() {
	local leader
	leader=$(pg_leader_name) || fail "no leader"
	# The name is etcd's view: a leader killed a moment ago keeps its key until the ttl runs out, hence the check of
	# its REST API (/primary answers 200 only on a running primary).
	local primary=no
	curl -sf --max-time 2 -o /dev/null "http://$(pg_ip "$leader"):$PATRONI_PORT/primary" && primary=yes
	say "name=$leader address=$(pg_ip "$leader"):$PG_PORT answers_as_primary=$primary"
}

# Node loss, not a process crash: SIGKILL to every process in the leader's namespace, Patroni included. Killing only
# the postmaster would let that node's Patroni restart PostgreSQL in place, and no failover would happen.
pg_kill_primary() {
	local leader ns pids pm=""
	leader=$(pg_leader_name) || fail "no leader"
	ns=$(pg_ns "$leader")
	[ -s "$DRILL_DIR/pg/$leader/data/postmaster.pid" ] && pm=$(head -1 "$DRILL_DIR/pg/$leader/data/postmaster.pid")
	pids=$(ip netns pids "$ns")
	[ -n "$pids" ] || fail "no processes in $ns"
	kill -9 $pids
	say "killed node $leader ($(pg_ip "$leader")): SIGKILL to patroni pid $(cat "$DRILL_DIR/pg/$leader/patroni.pid") and postmaster pid ${pm:-?} and all $(echo $pids | wc -w) processes of namespace $ns"
}

# Starts a node's Patroni again and waits until it runs as a replica of the current leader (pg_rewind if needed).
pg_restart_node() {
	local n=${1:-} timeout=${2:-180}
	[ -n "$n" ] && [ -d "$DRILL_DIR/pg/$n" ] || fail "usage: pg-restart-node <pg1|pg2|pg3> [timeout]"
	local stray
	stray=$(ip netns pids "$(pg_ns "$n")")
	[ -z "$stray" ] || pid_alive "$DRILL_DIR/pg/$n/patroni.pid" || kill -9 $stray
	local end=$((SECONDS + timeout)) m
	# A killed leader that comes back before its leader key expired (ttl) would simply take up its lock again and no
	# fail-over would happen: the node returns after the others have taken over, as a lost node does.
	if ! pid_alive "$DRILL_DIR/pg/$n/patroni.pid"; then
		while [ "$(pg_leader_name 2>/dev/null || true)" = "$n" ] || ! pg_leader_name >/dev/null 2>&1; do
			[ $SECONDS -ge $end ] && fail "the cluster still has no other leader than $n after $timeout s"
			sleep 1
		done
	fi
	patroni_start "$n"
	while :; do
		m=$(member_json "$n" 2>/dev/null || true)
		if [ -n "$m" ] && echo "$m" | python3 -c '
import json, sys
m = json.load(sys.stdin)
ok = m.get("role") in ("replica", "sync_standby") and m.get("state") in ("running", "streaming")
sys.exit(0 if ok else 1)'; then
			break
		fi
		[ $SECONDS -ge $end ] && fail "$n not a running replica after $timeout s: ${m:-not in cluster view}"
		sleep 1
	done
	say "node $n back as $(echo "$m" | python3 -c 'import json,sys; m=json.load(sys.stdin); print(m["role"], "timeline", m.get("timeline"), "lag", m.get("lag"))')"
}

nft_table=vurksha_drill_isolation

# Cuts the leader off the network from inside its namespace: only loopback traffic passes. Its Patroni then can
# reach neither etcd nor the other members, and with failsafe_mode off it demotes PostgreSQL once it cannot renew
# the leader key (retry_timeout); the others elect a new leader when the key expires (ttl).
pg_isolate_primary() {
	local leader ns
	leader=$(pg_leader_name) || fail "no leader"
	ns=$(pg_ns "$leader")
	ip netns exec "$ns" nft -f - <<NFT || fail "nft in $ns"
table inet $nft_table {
	chain input { type filter hook input priority -10; policy drop; iif "lo" accept; }
	chain output { type filter hook output priority -10; policy drop; oif "lo" accept; }
}
NFT
	# Established connections (replication, HAProxy checks) are dropped too: the rules match every packet.
	say "isolated $leader ($(pg_ip "$leader")): nft table inet $nft_table in namespace $ns drops all but loopback"
}

pg_heal() {
	local n healed=""
	for n in $PG_NAMES; do
		if ip netns exec "$(pg_ns "$n")" nft list table inet $nft_table >/dev/null 2>&1; then
			ip netns exec "$(pg_ns "$n")" nft delete table inet $nft_table
			healed="$healed $n"
		fi
	done
	say "removed isolation rules from:${healed:- (none present)}"
}

# 3 members running, one leader, one synchronous standby, every replica's lag <= PG_MAX_LAG bytes (default 0), and
# every member's REST API answering: the cluster view in etcd still lists a killed leader as running until its key
# expires, so the view alone would call the cluster healthy right after pg-kill-primary.
pg_healthy() {
	patroni_cluster_json | python3 -c '
import json, os, sys, urllib.request
c = json.load(sys.stdin)
ms = c.get("members", [])
maxlag = int(os.environ.get("PG_MAX_LAG", "0"))
def answers(m):
    try:
        with urllib.request.urlopen(m["api_url"], timeout=2) as r:
            return json.load(r).get("state") == "running"
    except Exception:
        return False
running = [m for m in ms if m.get("state") in ("running", "streaming") and answers(m)]
leaders = [m for m in running if m.get("role") == "leader"]
syncs = [m for m in running if m.get("role") == "sync_standby"]
def lag(m):
    l = m.get("lag", 0)
    return l if isinstance(l, int) else 1 << 62
lags_ok = all(lag(m) <= maxlag for m in running if m.get("role") != "leader")
ok = len(ms) == 3 and len(running) == 3 and len(leaders) == 1 and len(syncs) == 1 and lags_ok
print(" ".join("%s:%s:%s:tl%s:lag%s" % (m["name"], m.get("role"), m.get("state") if m in running else "unreachable", m.get("timeline"), m.get("lag", "-")) for m in ms))
sys.exit(0 if ok else 1)'
}

pg_wait_healthy() {
	local timeout=${1:-120} end t0=$SECONDS out=""
	end=$((SECONDS + timeout))
	until out=$(pg_healthy 2>/dev/null); do
		[ $SECONDS -ge $end ] && fail "not healthy after $timeout s: ${out:-no cluster view}"
		sleep 1
	done
	say "healthy after $((SECONDS - t0)) s: $out"
}

# --------------------------------------------------------------------------------------------------------- RabbitMQ

# Sets n to the node's short name, or fails (in this shell, so the failure line is printed).
rabbit_check_name() {
	n=${1%@localhost}
	case " $RABBIT_NAMES " in *" $n "*) ;; *) fail "unknown node '$1' (one of $RABBIT_NAMES, @localhost optional)" ;; esac
}

rabbit_any_running() {
	local n
	for n in $RABBIT_NAMES; do
		pid_alive "$DRILL_DIR/rabbit/$n.pid" && rabbit_cli rabbitmqctl "$n" ping >/dev/null 2>&1 && { echo "$n"; return 0; }
	done
	return 1
}

rabbit_stop_all() {
	local n pids="" pid
	for n in $RABBIT_NAMES; do
		pid_alive "$DRILL_DIR/rabbit/$n.pid" || continue
		# The node removes its pid file while stopping: remember the pid to wait for the process itself.
		pids="$pids $(cat "$DRILL_DIR/rabbit/$n.pid")"
		rabbit_cli rabbitmqctl "$n" stop >/dev/null 2>&1 &
	done
	wait
	for pid in $pids; do
		wait_for 60 bash -c "! kill -0 $pid 2>/dev/null" || fail "beam pid $pid did not stop"
	done
	say "stopped $RABBIT_NAMES (rabbitmqctl stop; beam pids$pids exited)"
}

rabbit_start_all() {
	local n t0=$SECONDS
	# All at once: after a full stop every node waits for the others before it opens its tables.
	for n in $RABBIT_NAMES; do rabbit_start_bg "$n"; done
	for n in $RABBIT_NAMES; do rabbit_await "$n"; done
	wait_for 60 rabbit_whole || fail "cluster not whole"
	say "started $RABBIT_NAMES, cluster whole after $((SECONDS - t0)) s"
}

rabbit_leader() {
	local q=${1:-} any
	[ -n "$q" ] || fail "usage: rabbit-leader <queue>"
	any=$(rabbit_any_running) || fail "no node running"
	local leader
	leader=$(rabbit_cli rabbitmqctl "$any" list_queues name type leader --formatter json |
		python3 -c '
import json, sys
for q in json.load(sys.stdin):
    if q.get("name") == sys.argv[1]:
        print(q.get("leader") or ""); sys.exit(0)
sys.exit(1)' "$q") || fail "no queue '$q'"
	[ -n "$leader" ] || fail "queue '$q' has no leader (not a quorum queue?)"
	say "queue=$q leader=$leader"
}

rabbit_kill_node() {
	local n pid
	rabbit_check_name "${1:-}"
	[ -s "$DRILL_DIR/rabbit/$n.pid" ] && pid=$(cat "$DRILL_DIR/rabbit/$n.pid") && kill -0 "$pid" 2>/dev/null || fail "$n not running"
	kill -9 "$pid"
	say "SIGKILL to beam pid $pid of $(rabbit_node "$n")"
}

rabbit_start_node() {
	local n t0=$SECONDS
	rabbit_check_name "${1:-}"
	rabbit_start_bg "$n"
	rabbit_await "$n"
	wait_for 60 rabbit_whole_or_node_running "$n" || fail "$n did not rejoin"
	say "$(rabbit_node "$n") running and clustered after $((SECONDS - t0)) s"
}

rabbit_whole_or_node_running() {
	rabbit_running_nodes "$1" | grep -qw "$(rabbit_node "$1")" && [ "$(rabbit_running_nodes "$1" | wc -w)" -ge 2 ]
}

# ------------------------------------------------------------------------------------------------------------ Redis

redis_primary_addr() {
	local s a
	for s in $SENTINEL_PORTS; do
		a=$(redis_cli "$s" sentinel get-master-addr-by-name "$REDIS_MASTER_NAME" 2>/dev/null | paste -sd:) && [ -n "$a" ] && { echo "$a"; return 0; }
	done
	return 1
}

redis_pid() { cat "$DRILL_DIR/redis/$1/redis.pid" 2>/dev/null; }

redis_primary() {
	local a
	a=$(redis_primary_addr) || fail "no sentinel answers"
	say "master=$REDIS_MASTER_NAME address=$a"
}

redis_stop_primary() {
	local a port pid
	a=$(redis_primary_addr) || fail "no sentinel answers"
	port=${a##*:}
	pid=$(redis_pid "$port") && kill -0 "$pid" 2>/dev/null || fail "primary $a not running"
	kill -9 "$pid"
	say "SIGKILL to redis $a (pid $pid), the primary according to Sentinel"
}

redis_start_port() {
	local p=$1
	case " $REDIS_PORTS " in *" $p "*) ;; *) fail "unknown redis port '$p' (one of $REDIS_PORTS)" ;; esac
	pid_alive "$DRILL_DIR/redis/$p/redis.pid" || redis-server "$DRILL_DIR/redis/$p/redis.conf" >/dev/null
	wait_for 20 redis_cli "$p" ping || fail "redis $p did not start"
}

# Replica whose link to the master is up, with the master being the one Sentinel names.
redis_is_synced_replica() {
	local info m
	info=$(redis_cli "$1" info replication | tr -d '\r')
	m=$(redis_primary_addr) || return 1
	echo "$info" | grep -q '^role:slave' && echo "$info" | grep -q '^master_link_status:up' &&
		[ "$(echo "$info" | awk -F: '$1=="master_host"{h=$2} $1=="master_port"{p=$2} END{print h":"p}')" = "$m" ]
}

redis_start_node() {
	local p=${1:-} t0=$SECONDS
	[ -n "$p" ] || fail "usage: redis-start-node <port>"
	redis_start_port "$p"
	# A restarted former primary comes up believing it is still the master; Sentinel turns it into a replica.
	wait_for 60 redis_is_synced_replica "$p" || fail "redis $p did not become a synced replica"
	say "redis 127.0.0.1:$p running as replica of $(redis_primary_addr) after $((SECONDS - t0)) s"
}

redis_stop_all() {
	local p pid done=""
	for p in $REDIS_PORTS; do
		pid=$(redis_pid "$p") && kill -9 "$pid" 2>/dev/null && done="$done 127.0.0.1:$p(pid $pid)"
	done
	[ -n "$done" ] || fail "no redis data node was running"
	say "SIGKILL to redis data nodes:$done (sentinels keep running)"
}

redis_start_all() {
	local p t0=$SECONDS
	for p in $REDIS_PORTS; do redis_start_port "$p"; done
	local end=$((SECONDS + 60)) m
	while :; do
		m=$(redis_primary_addr || true)
		if [ -n "$m" ] && redis_cli "${m##*:}" info replication 2>/dev/null | grep -q '^role:master'; then
			local ok=1
			for p in $REDIS_PORTS; do
				[ "127.0.0.1:$p" = "$m" ] && continue
				redis_is_synced_replica "$p" || ok=0
			done
			[ $ok = 1 ] && break
		fi
		[ $SECONDS -ge $end ] && fail "redis not back to primary + synced replica"
		sleep 0.5
	done
	say "redis data nodes running, master $m, replica synced after $((SECONDS - t0)) s"
}

redis_signal_all() {
	local sig=$1 p pid done=""
	for p in $REDIS_PORTS; do
		pid=$(redis_pid "$p") && kill "-$sig" "$pid" 2>/dev/null && done="$done 127.0.0.1:$p(pid $pid)"
	done
	[ -n "$done" ] || return 1
	echo "$done"
}

# ---------------------------------------------------------------------------------------------------------- dispatch

ACTION=${1:-}
[ $# -gt 0 ] && shift
case "$ACTION" in
	pg-leader) pg_leader ;;
	pg-kill-primary) pg_kill_primary ;;
	pg-restart-node) pg_restart_node "$@" ;;
	pg-isolate-primary) pg_isolate_primary ;;
	pg-heal) pg_heal ;;
	pg-wait-healthy) pg_wait_healthy "$@" ;;
	rabbit-stop-all) rabbit_stop_all ;;
	rabbit-start-all) rabbit_start_all ;;
	rabbit-leader) rabbit_leader "$@" ;;
	rabbit-kill-node) rabbit_kill_node "$@" ;;
	rabbit-start-node) rabbit_start_node "$@" ;;
	redis-primary) redis_primary ;;
	redis-stop-primary) redis_stop_primary ;;
	redis-start-node) redis_start_node "$@" ;;
	redis-stop-all) redis_stop_all ;;
	redis-start-all) redis_start_all ;;
	redis-freeze) done_list=$(redis_signal_all STOP) || fail "no redis data node running"; say "SIGSTOP to redis data nodes:$done_list" ;;
	redis-thaw) done_list=$(redis_signal_all CONT) || fail "no redis data node running"; say "SIGCONT to redis data nodes:$done_list" ;;
	*)
		cat >&2 <<USAGE
usage: $0 <action> [args]
  pg-leader | pg-kill-primary | pg-restart-node <pgN> [timeout] | pg-isolate-primary | pg-heal | pg-wait-healthy [timeout]
  rabbit-stop-all | rabbit-start-all | rabbit-leader <queue> | rabbit-kill-node <node> | rabbit-start-node <node>
  redis-primary | redis-stop-primary | redis-start-node <port> | redis-stop-all | redis-start-all | redis-freeze | redis-thaw
USAGE
		exit 2 ;;
esac
