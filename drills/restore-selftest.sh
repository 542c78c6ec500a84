#!/usr/bin/env bash
# End-to-end check of restore.sh against a running drill tier: writes one row every 0.5 s for ~30 s into
# vurksha_order.restore_probe, takes no part in the services' schema, restores to a time between two commits in the
# middle and checks that the restored copy holds exactly the rows committed before that time. Drops the table after.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
psql_rw() { "$PG_BIN/psql" -X -h 127.0.0.1 -p "$HAPROXY_RW_PORT" -U postgres -d vurksha_order -v ON_ERROR_STOP=1 -Atq "$@"; }
work=$(mktemp -d)
trap 'rm -rf "$work"; psql_rw -c "drop table if exists restore_probe" >/dev/null 2>&1 || true' EXIT

psql_rw -c "drop table if exists restore_probe; create table restore_probe (n int primary key, at timestamptz not null)"
"$HERE/restore.sh" base-backup
for n in $(seq 1 60); do
	psql_rw -c "insert into restore_probe values ($n, clock_timestamp())"
	sleep 0.5
done
# Target: halfway between the commits of rows 30 and 31.
target=$(psql_rw -c "select to_char(((select at from restore_probe where n = 30) + ((select at from restore_probe where n = 31) - (select at from restore_probe where n = 30)) / 2) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')")
expected=$(psql_rw -c "select count(*) from restore_probe where at <= '$target'")
cat >"$work/check.sql" <<SQL
-- database: vurksha_order
select count(*), max(n) from restore_probe;
SQL
"$HERE/restore.sh" run "$target" "$work/check.sql" "$work/out.txt"
got=$(cut -d'|' -f1 "$work/out.txt")
echo "target=$target expected_rows=$expected restored_rows=$got (restored max(n)=$(cut -d'|' -f2 "$work/out.txt"))"
[ "$got" = "$expected" ] || { echo "RESTORE SELFTEST FAILED"; exit 1; }
echo "RESTORE SELFTEST OK"
