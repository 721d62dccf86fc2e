#!/usr/bin/env bash
# Database outage test: while applicants submit applications and an integration polls the API,
# the application's PostgreSQL server is shut down (pg_ctl stop -m fast) for 30 seconds and then
# started again on the same data directory; the application itself is left running. Requires
#   - every submission that failed during the outage failed as "database unavailable, try again"
#     (what the screens and the API tell), none in any other way;
#   - the API answered 503 with Retry-After and the localised problem while the server was away;
#   - the application works again by itself, every committed submission is there with its process,
#     the engine has no incident, the outbox is sent, and the product's consistency check
#     (--avustus.consistency-check) finds 0 cases on every rule.
# Exits 0 when all of it holds. The driver is fi.avustus.crash.OutageDrill, on the test classpath.
#
#   scripts/outage-test.sh [--seconds N]
#
# --seconds N  how long the server stays away (default 30)
# Environment: WORK_DIR (data directory and logs; default a new temporary directory, removed at
# the end unless KEEP=1 or the test failed), TIMEOUT (seconds the whole run may take, default 900),
# JAVA_OPTS, MAVEN_ARGS (e.g. -o).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=${2:?--seconds needs a number}; shift 2 ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
TIMEOUT=${TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:-}
KEEP=${KEEP:-0}
work=${WORK_DIR:-$(mktemp -d -t avustus-outage.XXXXXX)}
mkdir -p "$work"
if [ -e "$work/data" ]; then
  echo "$work already holds an outage test's data; give an empty WORK_DIR" >&2
  exit 2
fi

classpath=$(scripts/classpath.sh)
export AVUSTUS_DATA_DIR="$work/data" AVUSTUS_DB_PORT=0
echo "outage test: PostgreSQL away for $seconds s under load; data and logs in $work"
started=$(date +%s)
set +e
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
timeout "$TIMEOUT" java $JAVA_OPTS -cp "$classpath" -Doutage.seconds="$seconds" fi.avustus.crash.OutageDrill \
  --avustus.consistency-check >"$work/drill.log" 2>&1
status=$?
set -e
# The server the drill started again outlives its JVM; a fast shutdown, as before.
server=$(head -1 "$work/data/postmaster.pid" 2>/dev/null || true)
if [ -n "$server" ] && kill -INT "$server" 2>/dev/null; then
  while [ -e "$work/data/postmaster.pid" ] && kill -0 "$server" 2>/dev/null; do sleep 0.1; done
fi
grep '^outage-drill: ' "$work/drill.log" || true
awk '/^Consistency check at/ { on = 1 } on { print } on && /^(Every rule holds\.|[0-9,]+ cases break the rules\.)$/ { exit }' \
  "$work/drill.log"
if [ "$status" -ne 0 ] || grep -q '^outage-drill: FAILED' "$work/drill.log" \
    || ! grep -q '^outage-drill: every promise held' "$work/drill.log"; then
  tail -40 "$work/drill.log" >&2
  echo "outage test FAILED (exit status $status; data and logs kept in $work)" >&2
  exit 1
fi
echo "outage test passed in $(( $(date +%s) - started )) s"
if [ "$KEEP" != 1 ] && [ -z "${WORK_DIR:-}" ]; then
  rm -rf "$work"
fi
