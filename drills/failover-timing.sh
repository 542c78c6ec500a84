#!/usr/bin/env bash
# Measures a PostgreSQL failover of the drill tier: writes through HAProxy and through PgBouncer (a new client
# connection per attempt, 1 s connect timeout, ~10 attempts a second) while a fault is injected, and prints when
# the leader changed and when each path took writes again.
# Usage: failover-timing.sh kill|isolate     (kill: pg-kill-primary then pg-restart-node;
#                                              isolate: pg-isolate-primary then pg-heal; both end healthy)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
mode=${1:-}
case "$mode" in kill) fault=pg-kill-primary ;; isolate) fault=pg-isolate-primary ;; *) echo "usage: $0 kill|isolate" >&2; exit 2 ;; esac

"$HERE/fault.sh" pg-wait-healthy 120 >/dev/null
old=$(pg_leader_name)
/usr/bin/python3 - "$HERE/fault.sh" "$fault" "$old" "$(patroni_rest_urls)" "$HAPROXY_RW_PORT" "$PGBOUNCER_PORT" <<'PY'
import datetime, json, subprocess, sys, threading, time, urllib.request
import psycopg2

fault_sh, fault, old, rest, port, bouncer = sys.argv[1:7]
rest = rest.split(",")

def ts(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%H:%M:%S.%f")[:-3]

def write(port):
    c = psycopg2.connect(host="127.0.0.1", port=port, user="postgres", dbname="postgres", connect_timeout=1)
    try:
        c.autocommit = True
        with c.cursor() as cur:
            cur.execute("set statement_timeout = '2s'")
            cur.execute("create table if not exists drill_probe (at timestamptz primary key default clock_timestamp())")
            cur.execute("insert into drill_probe default values returning inet_server_addr()")
            return cur.fetchone()[0]
    finally:
        c.close()

def leader():
    for u in rest:
        try:
            with urllib.request.urlopen(u + "/cluster", timeout=1) as r:
                for m in json.load(r)["members"]:
                    if m["role"] == "leader" and m["state"] == "running":
                        return m["name"]
        except Exception:
            pass
    return None

paths = {"haproxy": port, "pgbouncer": bouncer}
for p in paths.values():
    write(p)
t_fault = time.time()
print(subprocess.run([fault_sh, fault], capture_output=True, text=True).stdout.strip())
t_leader = None
back = {}
fails = {k: 0 for k in paths}
while time.time() - t_fault < 120 and (t_leader is None or len(back) < len(paths)):
    if t_leader is None:
        l = leader()
        if l and l != old:
            t_leader, new = time.time(), l
    for k, p in paths.items():
        if k in back:
            continue
        try:
            addr = write(p)
            # A success counts once the old leader is gone: after a failed attempt or the leader change.
            if t_leader is not None or fails[k] > 0:
                back[k] = (time.time(), addr)
        except Exception:
            fails[k] += 1
    time.sleep(0.1)
if t_leader is None or len(back) < len(paths):
    print("no complete failover within 120 s:", t_leader, back); sys.exit(1)
print(f"fault at {ts(t_fault)}Z; leader {old} -> {new} at {ts(t_leader)}Z (+{t_leader - t_fault:.1f} s)")
for k, (t, addr) in back.items():
    print(f"  first write through {k} after the fault at {ts(t)}Z (+{t - t_fault:.1f} s, on {addr}, {fails[k]} failed attempts)")
PY
case "$mode" in
	kill) "$HERE/fault.sh" pg-restart-node "$old" ;;
	isolate) "$HERE/fault.sh" pg-heal ;;
esac
"$HERE/fault.sh" pg-wait-healthy 180
