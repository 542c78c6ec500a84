#!/usr/bin/env bash
# The restore drill: point-in-time recovery of the drill cluster from a base backup plus the WAL archive, into a
# separate throw-away PostgreSQL on 127.0.0.1:25499.
#   restore.sh base-backup
#       pg_basebackup from the leader (through HAProxy) into $DRILL_DIR/base; prints its label and times.
#   restore.sh run <target-time-ISO> <sql-file> <out-file>
#       Restores the base backup into a fresh data directory, replays the archive up to the target time, promotes,
#       runs the SQL file and writes its result (unaligned, tuples only, '|' between columns) to out-file, prints
#       RTO and RPO figures as KEY=VALUE lines, then stops the restored server and deletes its data.
#       The SQL runs against the database named by a line "-- database: <name>" in the file (psql's own
#       "\connect <name>" works too); without either it runs against "postgres".
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"

RESTORE_PORT=${RESTORE_PORT:-25499}
BASE="$DRILL_DIR/base"
R="$DRILL_DIR/restore"

as_pg() { runuser -u postgres -- "$@"; }
leader_psql() { "$PG_BIN/psql" -X -h 127.0.0.1 -p "$HAPROXY_RW_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
restored_psql() { "$PG_BIN/psql" -X -h 127.0.0.1 -p "$RESTORE_PORT" -U postgres -v ON_ERROR_STOP=1 -Atq "$@"; }
epoch() { date -u -d "$1" +%s.%N; }

base_backup() {
	local label="vurksha-drill-$(date -u +%Y%m%dT%H%M%SZ)" t0 t1
	rm -rf "$BASE.new"
	mkdir -p "$BASE.new" && chown postgres:postgres "$BASE.new"
	t0=$(now)
	# Through HAProxy's write port: the backup is taken from whichever node leads now. Fast checkpoint, WAL streamed
	# alongside so the backup is consistent on its own; recovery past its end needs the archive.
	as_pg "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$HAPROXY_RW_PORT" -U postgres -D "$BASE.new" -Fp -X stream \
		-c fast -l "$label" >/dev/null
	t1=$(now)
	rm -rf "$BASE" && mv "$BASE.new" "$BASE"
	local start_wal
	start_wal=$(sed -n 's/^START WAL LOCATION: //p' "$BASE/backup_label" 2>/dev/null || true)
	echo "$(now) base-backup label=$label started=$t0 finished=$t1 dir=$BASE start_wal=\"$start_wal\" size=$(du -sh "$BASE" | cut -f1)"
}

cleanup() {
	if [ -f "$R/data/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$R/data" -m immediate stop >/dev/null 2>&1 || true; fi
	rm -rf "$R"
}

run() {
	local target=${1:-} sql=${2:-} out=${3:-}
	[ -n "$target" ] && [ -f "$sql" ] && [ -n "$out" ] || { echo "usage: $0 run <target-time-ISO> <sql-file> <out-file>" >&2; exit 2; }
	[ -f "$BASE/backup_label" ] || die "no base backup in $BASE (run: $0 base-backup)"
	local target_epoch t0
	target_epoch=$(epoch "$target") || die "target time '$target' is not a time"
	t0=$(date -u +%s.%N)
	[ "$(echo "$target_epoch < $t0" | bc)" = 1 ] || die "target time $target is not in the past"
	"$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$RESTORE_PORT" && die "port $RESTORE_PORT is in use"

	# The target's WAL must be in the archive: a transaction with an xid writes a commit record stamped now (after the
	# target, so replay has a record to stop at), and the switch closes the segment holding it, which the archiver
	# then copies. Wait for that segment to land.
	local seg
	leader_psql -c "select txid_current()" >/dev/null
	seg=$(leader_psql -c "select pg_walfile_name(pg_switch_wal())")
	wait_for 60 test -f "$WAL_ARCHIVE/$seg" || die "segment $seg did not reach the archive in 60 s"

	trap cleanup EXIT
	rm -rf "$R"
	mkdir -p "$R/run"
	cp -a "$BASE" "$R/data"
	rm -f "$R/data/postmaster.pid" "$R/data/standby.signal"
	: >"$R/data/postgresql.auto.conf"
	touch "$R/data/recovery.signal"
	# recovery_target_time does not take ISO-8601's "T" between date and time.
	local target_pg
	target_pg=$(date -u -d "$target" '+%Y-%m-%d %H:%M:%S.%6N+00')
	# A configuration of its own: the one copied from the Patroni node names that node's files and addresses.
	# max_connections / max_wal_senders / max_worker_processes match the cluster (hot standby requires >=).
	cat >"$R/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $RESTORE_PORT
unix_socket_directories = '$R/run'
hba_file = '$R/data/pg_hba.conf'
ident_file = '$R/data/pg_ident.conf'
max_connections = 200
max_wal_senders = 10
max_worker_processes = 8
max_replication_slots = 10
shared_buffers = 32MB
wal_level = replica
hot_standby = on
archive_mode = off
restore_command = 'cp $WAL_ARCHIVE/%f %p'
recovery_target_time = '$target_pg'
recovery_target_inclusive = true
recovery_target_timeline = 'latest'
recovery_target_action = 'promote'
logging_collector = off
CONF
	cat >"$R/data/pg_hba.conf" <<HBA
# Throw-away restored copy, reachable from this machine only.
local all all trust
host all all 127.0.0.1/32 trust
HBA
	: >"$R/data/pg_ident.conf"
	chown -R postgres:postgres "$R"
	chmod 700 "$R/data"
	as_pg "$PG_BIN/pg_ctl" -D "$R/data" -l "$R/postgres.log" -W start >/dev/null

	# Ready = recovery reached the target and the server promoted (accepts writes).
	local end=$((SECONDS + 600)) state=""
	while :; do
		state=$(restored_psql -d postgres -c "select pg_is_in_recovery()" 2>/dev/null || true)
		[ "$state" = f ] && break
		if ! as_pg "$PG_BIN/pg_ctl" -D "$R/data" status >/dev/null 2>&1; then
			tail -n 15 "$R/postgres.log" 2>&1 || echo "(no server log at $R/postgres.log)"
			die "restored server stopped during recovery (see above)"
		fi
		[ $SECONDS -ge $end ] && die "restored server not promoted after 600 s"
		sleep 0.2
	done
	local t_ready last_xact
	t_ready=$(date -u +%s.%N)
	# Stays at the last transaction applied by recovery after the promotion.
	last_xact=$(restored_psql -d postgres -c "select to_char(pg_last_xact_replay_timestamp() at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
	local db
	db=$(sed -n 's/^--[[:space:]]*database:[[:space:]]*\([A-Za-z0-9_]*\).*/\1/p' "$sql" | head -1)
	restored_psql -d "${db:-postgres}" -f "$sql" >"$out"
	local stop_line
	stop_line=$(grep -m1 -E "recovery stopping (before|after)" "$R/postgres.log" | sed 's/.*LOG: *//' || true)

	local rto gap
	rto=$(printf '%.1f' "$(echo "$t_ready - $t0" | bc)")
	gap=""
	[ -n "$last_xact" ] && gap=$(printf '%.3f' "$(echo "$target_epoch - $(epoch "$last_xact")" | bc)")
	echo "$(now) restore-run target=$target ready after ${rto} s, last replayed transaction $last_xact; $stop_line"
	echo "RESTORE_TARGET_TIME=$target"
	echo "RESTORE_LAST_REPLAYED_XACT=$last_xact"
	echo "RESTORE_TARGET_MINUS_LAST_XACT_SECONDS=$gap"
	echo "RESTORE_RTO_SECONDS=$rto"
	echo "RESTORE_BASE_LABEL=$(sed -n 's/^LABEL: //p' "$BASE/backup_label")"
	echo "RESTORE_OUT=$out"
}

case "${1:-}" in
	base-backup) base_backup ;;
	run) shift; run "$@" ;;
	*) echo "usage: $0 base-backup | run <target-time-ISO> <sql-file> <out-file>" >&2; exit 2 ;;
esac
