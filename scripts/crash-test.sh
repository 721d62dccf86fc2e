#!/usr/bin/env bash
# Crash test: kill -9 the application and its embedded PostgreSQL at the same instant, as a crash
# of the whole machine would, while applicants submit applications and officials approve payment
# instalments; restart on the same data directory; then require that
#   - every submission and approval that had committed before the kill is still there, and every
#     submitted application has its grant-application process (fi.avustus.crash.CrashVerification);
#   - the e-mails left unsent in the outbox go out after the restart, none given up;
#   - the product's consistency check (--avustus.consistency-check) finds 0 cases on every rule:
#     APPLICATION_WITHOUT_PROCESS, PROCESS_WITHOUT_CASE, PAYMENTS_OVER_GRANT, MAIL_LOST, ...
# Exits 0 when all of it holds. The load is fi.avustus.crash.CrashLoad, run on the test classpath.
#
#   scripts/crash-test.sh [--short]
#
# --short    100 submissions on 10 funded projects (for CI); default 1 000 on 40
# Environment: KILL_AFTER (submissions committed before the kill; default drawn from SEED between
# 30 % and 70 % of them), SEED (default 20261123), WORK_DIR (the data directory, journal and logs;
# default a new temporary directory, removed at the end unless KEEP=1 or the test failed),
# TIMEOUT (seconds each phase may take, default 900), JAVA_OPTS, MAVEN_ARGS (e.g. -o).
# Runs on the test classpath (scripts/classpath.sh, which compiles the tests if they are missing).
set -euo pipefail
cd "$(dirname "$0")/.."

submissions=1000
projects=40
for argument in "$@"; do
  case "$argument" in
    --short) submissions=100; projects=10 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument $argument" >&2; exit 2 ;;
  esac
done
SEED=${SEED:-20261123}
TIMEOUT=${TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:-}
MAVEN_ARGS=${MAVEN_ARGS:-}
KEEP=${KEEP:-0}
kill_after=${KILL_AFTER:-$(( submissions * 3 / 10 + SEED % (submissions * 4 / 10) ))}
work=${WORK_DIR:-$(mktemp -d -t avustus-crash.XXXXXX)}
mkdir -p "$work"
data="$work/data"
journal="$work/journal"
if [ -e "$data" ] || [ -e "$journal" ]; then
  echo "$work already holds a crash test's data; give an empty WORK_DIR" >&2
  exit 2
fi

now() { date +%s.%N; }
since() { awk -v now="$(now)" -v then="$1" 'BEGIN { printf "%.1f s", now - then }'; }
# Whether more than $2 seconds have passed since $1.
over() { awk -v now="$(now)" -v then="$1" -v limit="$2" 'BEGIN { exit !(now - then > limit) }'; }
# Lines of one kind in the journal, 0 before the load has written it.
count() { local lines; lines=$(grep -c "^$1 " "$journal" 2>/dev/null) || true; echo "${lines:-0}"; }
# A process that still runs: a zombie (killed, not yet reaped by its parent) does not.
running() { [ -r "/proc/$1/stat" ] && [ "$(sed 's/.*) //' "/proc/$1/stat" | cut -d' ' -f1)" != Z ]; }

classpath=$(scripts/classpath.sh)
# shellcheck disable=SC2206 # JAVA_OPTS holds several options
java_command=(java $JAVA_OPTS -cp "$classpath" -Dcrash.submissions="$submissions" -Dcrash.projects="$projects"
  -Dcrash.seed="$SEED" fi.avustus.crash.CrashLoad)
export AVUSTUS_DATA_DIR="$data" AVUSTUS_DB_PORT=0
failed() {
  # A server the load left running would hold the data directory (and a port) until someone stops it.
  local server
  server=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
  if [ -n "$server" ] && running "$server"; then kill -9 "$server"; fi
  echo "crash test FAILED: $1 (data, journal and logs kept in $work)" >&2
  exit 1
}

echo "crash test: $submissions submissions and the instalments of $projects funded projects, kill -9 after $kill_after submissions; data in $data"
started=$(now)
# Started directly, not through a function or timeout, so that $! is the JVM itself.
"${java_command[@]}" load "$journal" >"$work/load.log" 2>&1 &
jvm=$!
while [ "$(count SUBMITTED)" -lt "$kill_after" ]; do
  if over "$started" "$TIMEOUT"; then
    kill -9 "$jvm"
    failed "no $kill_after submissions in $TIMEOUT s"
  fi
  if ! kill -0 "$jvm" 2>/dev/null; then
    tail -30 "$work/load.log" >&2
    failed "the load stopped before the kill"
  fi
  if grep -q '^crash-load: load finished' "$work/load.log"; then
    failed "the load finished before $kill_after submissions"
  fi
  sleep 0.1
done
postmaster=$(head -1 "$data/postmaster.pid")
backends=$(pgrep -P "$postmaster" | tr '\n' ' ')
kill -9 "$jvm" "$postmaster"
killed=$(now)
wait "$jvm" 2>/dev/null || true
echo "killed the JVM ($jvm) and PostgreSQL ($postmaster) $(since "$started") after the start, at: $(grep '^crash-load: ' "$work/load.log" | tail -1 | sed 's/^crash-load: //')"
echo "committed before the kill (journal): $(count SUBMITTED) submissions, $(count APPROVED) instalment approvals, $(count PAID) payments"
# The server's own processes end when they notice that the postmaster is gone.
for pid in $backends; do
  while running "$pid"; do sleep 0.1; done
done

restarted=$(now)
set +e
timeout "$TIMEOUT" "${java_command[@]}" verify "$journal" --avustus.consistency-check --logging.level.io.zonky=info \
  >"$work/verify.log" 2>&1
status=$?
set -e
grep -E 'database system was interrupted|was not properly shut down|redo (starts|done) at|database system is ready' \
  "$work/verify.log" | sed 's/^.*\(LOG\|DEBUG\|INFO\)[: ]*/PostgreSQL: /' || true
grep '^crash-verify: ' "$work/verify.log" || true
awk '/^Consistency check at/ { on = 1 } on { print } on && /^(Every rule holds\.|[0-9,]+ cases break the rules\.)$/ { exit }' \
  "$work/verify.log"
echo "restart, checks and consistency check: exit status $status in $(since "$restarted") ($(since "$killed") after the kill)"
if [ "$status" -ne 0 ]; then
  tail -30 "$work/verify.log" >&2
  failed "the consistency check did not pass (exit status $status)"
fi
if grep -q '^crash-verify: FAILED' "$work/verify.log" || ! grep -q '^crash-verify: every committed step survived' "$work/verify.log"; then
  failed "a committed step did not survive the crash"
fi
echo "crash test passed in $(since "$started")"
if [ "$KEEP" != 1 ] && [ -z "${WORK_DIR:-}" ]; then
  rm -rf "$work"
fi
