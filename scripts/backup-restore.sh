#!/usr/bin/env bash
# Backup and restore round trip: backs up the application's database, restores it into a fresh
# database or data directory, starts the application on the restored copy with
# --avustus.consistency-check and passes on its exit status (0 when every rule holds). Prints the
# sizes and times of each step.
#
#   scripts/backup-restore.sh [DATA_DIR]
#
# Source, one of:
#   an external PostgreSQL, when PGHOST is set (with PGPORT, PGUSER, PGPASSWORD, PGDATABASE as for
#     psql): pg_dump -Fc, then pg_restore into a new database RESTORE_DATABASE (default
#     <PGDATABASE>_restored, dropped first if it exists) on the same server; pg_dump must be of
#     the server's major version or newer (PG_BIN names the directory of other client tools);
#     the check runs without a profile, as on any external database, so a copy of a database
#     that holds the demo data needs SPRING_PROFILES_ACTIVE=demo (passed on to the application),
#     or the application refuses to start while the demo accounts have the published password;
#   the embedded server's data directory (DATA_DIR, else AVUSTUS_DATA_DIR, else ./data), running
#     or stopped: a physical copy into a fresh data directory. pg_dump refuses a server newer than
#     itself, the embedded server is PostgreSQL 17, Debian 12's client tools are 15, and the
#     embedded binaries carry no pg_dump; so a running server is copied under PostgreSQL's backup
#     functions (pg_backup_start/pg_backup_stop, through psql, which works with newer servers) and
#     a stopped one as it is. The copy starts by replaying the WAL written during the copy.
# Environment: AVUSTUS_JAR (the application jar; default: target/avustus-*.jar, built with
# mvn -DskipTests package if missing), MAVEN_ARGS (e.g. -o), WORK_DIR (where the backup and the
# copy go; default a new temporary directory, removed at the end unless KEEP=1), TIMEOUT (seconds
# the check may take, default 600).
set -euo pipefail
cd "$(dirname "$0")/.."

TIMEOUT=${TIMEOUT:-600}
KEEP=${KEEP:-0}
work=${WORK_DIR:-$(mktemp -d -t avustus-backup.XXXXXX)}
mkdir -p "$work"
if [ "$KEEP" != 1 ] && [ -z "${WORK_DIR:-}" ]; then
  trap 'rm -rf "$work"' EXIT
fi

now() { date +%s.%N; }
since() { LC_ALL=C printf '%.1f s' "$(echo "$(now) - $1" | bc -l)"; }
size() { du -sh "$1" | cut -f1; }

jar=$(scripts/application-jar.sh)

# Runs the consistency check command of the application on a restored copy; its status is ours.
check() {
  local started status
  started=$(now)
  set +e
  timeout "$TIMEOUT" env "$@" java -jar "$jar" --avustus.consistency-check --server.port=0 \
    --camunda.bpm.job-execution.enabled=false >"$work/check.log" 2>&1
  status=$?
  set -e
  awk '/^Consistency check at/ { on = 1 } on { print } on && /^(Every rule holds\.|[0-9,]+ cases break the rules\.)$/ { exit }' \
    "$work/check.log"
  if [ "$status" = 124 ]; then
    echo "no report: the check took longer than TIMEOUT=$TIMEOUT s"
  elif ! grep -q '^Consistency check at' "$work/check.log"; then
    # No report: the application did not start. Its root cause, so that the reason shows here.
    echo "no report; the application failed: $(awk '/Application run failed/ { on = 1; next }
      on && first == "" && /^[[:alnum:]_.$]+(Exception|Error)/ { first = $0 } on && /^Caused by: / { last = $0 }
      END { print (last != "" ? last : first != "" ? first : "(see the log)") }' "$work/check.log")"
  fi
  echo "check on the restored copy: exit status $status in $(since "$started") (log: $work/check.log)"
  return $status
}

if [ -n "${PGHOST:-}" ]; then
  PATH=${PG_BIN:+$PG_BIN:}$PATH
  source_db=${PGDATABASE:?PGDATABASE names the database to back up}
  target_db=${RESTORE_DATABASE:-${source_db}_restored}
  echo "server: $(psql -X -At -c 'show server_version'), client: $(pg_dump --version)"
  started=$(now)
  pg_dump -Fc -f "$work/avustus.dump" "$source_db"
  echo "pg_dump -Fc of $source_db: $(size "$work/avustus.dump") in $(since "$started")"
  started=$(now)
  dropdb --if-exists "$target_db"
  createdb "$target_db"
  pg_restore --no-owner --exit-on-error -d "$target_db" "$work/avustus.dump"
  echo "pg_restore into $target_db: $(psql -X -At -d "$target_db" -c "select pg_size_pretty(pg_database_size(current_database()))") in $(since "$started")"
  check SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:${PGPORT:-5432}/$target_db?currentSchema=public" \
    SPRING_DATASOURCE_USERNAME="${PGUSER:-$(id -un)}" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}"
  exit $?
fi

data=$(realpath "${1:-${AVUSTUS_DATA_DIR:-./data}}")
if [ ! -f "$data/PG_VERSION" ]; then
  echo "$data is not a PostgreSQL data directory" >&2
  exit 2
fi
copy="$work/data"
echo "data directory $data (PostgreSQL $(cat "$data/PG_VERSION")): $(size "$data")"
started=$(now)
pid=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
  port=$(sed -n 4p "$data/postmaster.pid")
  # One session holds the backup open from start to stop, as PostgreSQL requires.
  coproc PSQL { psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$port" -U postgres -d postgres 2>"$work/psql.log"; }
  echo "select pg_backup_start('avustus backup-restore', true);" >&"${PSQL[1]}"
  read -r start_lsn <&"${PSQL[0]}"
  # The server's own files are left out: the copy gets its WAL below and writes its pid itself.
  # Files change while they are read; the WAL replayed at the copy's start makes them consistent.
  mkdir -p "$copy"
  { tar -C "$data" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude='./pg_wal/*' \
      --exclude='./pg_replslot/*' --warning=no-file-changed --warning=no-file-removed -cf - . || [ $? -eq 1 ]; } \
    | tar -C "$copy" -xf -
  echo "select translate(encode(convert_to(labelfile, 'UTF8'), 'base64'), E'\\n', '') from pg_backup_stop(false);" \
    >&"${PSQL[1]}"
  read -r label <&"${PSQL[0]}"
  echo '\q' >&"${PSQL[1]}"
  wait "$PSQL_PID" 2>/dev/null || true
  base64 -d <<<"$label" >"$copy/backup_label"
  # The WAL from the backup's start on, written while the files were copied, is replayed at start.
  # Copied right after the stop: a checkpoint in between could recycle the first segment, which
  # a copy of seconds does not meet (a long one would need WAL archiving or pg_basebackup 17).
  cp -a "$data/pg_wal/." "$copy/pg_wal/"
  echo "hot copy of the running server (port $port, backup from $start_lsn): $(size "$copy") in $(since "$started")"
else
  cp -a "$data" "$copy"
  rm -f "$copy/postmaster.pid"
  echo "copy of the stopped data directory: $(size "$copy") in $(since "$started")"
fi
check AVUSTUS_DATA_DIR="$copy" AVUSTUS_DB_PORT=0
