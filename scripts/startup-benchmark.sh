#!/usr/bin/env bash
# Start-up time and memory of the production jar on the embedded database: seconds from the start
# of `java -jar` to /actuator/health answering UP, then the resident memory of the JVM and of the
# embedded PostgreSQL's processes, and a clean stop (SIGTERM). Cases:
#   (a) a fresh, empty data directory: initdb, Flyway's and Camunda's schemas, the demo data;
#   (b) a second start on that directory;
#   (c) the data directory given as the argument, e.g. the scale data set
#       (AVUSTUS_DATA_DIR=/var/tmp/avustus-scale mvn -B -Pscale verify -Dscale.size=full).
#
#   scripts/startup-benchmark.sh [--write] [--rebuild] [DATA_DIR]
#
# --write    replaces the <!-- startup-benchmark --> section of docs/PERFORMANCE.md with the results
# --rebuild  builds the jar even if target/production/avustus.jar exists (scripts/production-jar.sh)
# Environment: SETTLE (seconds between UP and reading the memory, default 10), TIMEOUT (seconds to
# wait for UP, default 900), JAVA_OPTS (JVM options, none by default), MAVEN_ARGS (e.g. -o),
# AVUSTUS_JAR (a production jar to use instead of building one).
set -euo pipefail
cd "$(dirname "$0")/.."

write=false
rebuild=false
given=""
for argument in "$@"; do
  case "$argument" in
    --write) write=true ;;
    --rebuild) rebuild=true ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $argument" >&2; exit 2 ;;
    *) given=$(realpath -m "$argument") ;;
  esac
done
if [ -n "$given" ] && [ ! -d "$given" ]; then
  echo "$given is not a directory" >&2
  exit 2
fi
SETTLE=${SETTLE:-10}
TIMEOUT=${TIMEOUT:-900}
JAVA_OPTS=${JAVA_OPTS:-}
MAVEN_ARGS=${MAVEN_ARGS:-}

jar=$(scripts/production-jar.sh $($rebuild && echo --rebuild))
build_info=$(unzip -p "$jar" '*META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null || true)
if grep -q '"productionMode" *: *true' <<<"$build_info"; then
  mode=production
else
  mode=development
fi

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || echo 18080
}

kib() { # a field of /proc/PID/FILE in kB, 0 if the process is gone
  local value
  value=$(awk -v field="$3:" '$1 == field { print $2; exit }' "/proc/$1/$2" 2>/dev/null || true)
  echo "${value:-0}"
}

mib() { echo "scale=0; ($1 + 512) / 1024" | bc; }
seconds() { LC_ALL=C printf '%.1f' "$(echo "$1" | bc -l)"; }

ticks=$(getconf CLK_TCK)
# Clock ticks of CPU a process has used, with its children that have exited and been waited for.
cpu_ticks() {
  awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0
}

# The embedded server's postmaster: the postgres process started with -D on this data directory.
postmaster_of() {
  local dir=$1 proc
  for proc in /proc/[0-9]*; do
    if tr '\0' ' ' <"$proc/cmdline" 2>/dev/null | grep -qF -- "/postgres -D $dir "; then
      basename "$proc"
      return
    fi
  done
}

app_pid=""
fresh=""
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill -TERM "$app_pid"
    wait "$app_pid" || true
  fi
  if [ -n "$fresh" ]; then rm -rf "$fresh"; fi
}
trap cleanup EXIT

rows=()
logs=target/startup-benchmark
mkdir -p "$logs"
# Starts the jar on a data directory and appends a row to the table: label, directory.
measure() {
  local label=$1 dir=$2 port log started up postmaster pids pid count=0 rss=0 pss=0 heap stopping stopped
  port=$(free_port)
  log="$logs/case-${label:1:1}.log"
  echo "$label: starting on $dir (port $port, log $log)" >&2
  started=$(date +%s.%N)
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  AVUSTUS_DATA_DIR="$dir" SERVER_PORT="$port" java $JAVA_OPTS -jar "$jar" >"$log" 2>&1 &
  app_pid=$!
  until curl -s --max-time 2 "http://127.0.0.1:$port/actuator/health" | grep -q '"status":"UP"'; do
    if ! kill -0 "$app_pid" 2>/dev/null; then
      echo "the application stopped before its health was UP; see $log" >&2
      exit 1
    fi
    if [ "$(echo "$(date +%s.%N) - $started > $TIMEOUT" | bc)" = 1 ]; then
      echo "no health UP in $TIMEOUT s; see $log" >&2
      exit 1
    fi
    sleep 0.1
  done
  up=$(seconds "$(date +%s.%N) - $started")
  postmaster=$(postmaster_of "$dir")
  pids="$postmaster $(if [ -n "$postmaster" ]; then pgrep -P "$postmaster" | tr '\n' ' '; fi)"
  # CPU until UP: the JVM's (with initdb and pg_ctl, its children) and PostgreSQL's, whose postmaster
  # has waited for the backends that ended. Less sensitive than the wall time to a busy machine.
  local cpu=0
  cpu=$(cpu_ticks "$app_pid")
  for pid in $pids; do cpu=$((cpu + $(cpu_ticks "$pid"))); done
  cpu=$(seconds "$cpu / $ticks")
  sleep "$SETTLE"
  pids="$postmaster $(if [ -n "$postmaster" ]; then pgrep -P "$postmaster" | tr '\n' ' '; fi)"
  for pid in $pids; do
    count=$((count + 1))
    rss=$((rss + $(kib "$pid" status VmRSS)))
    pss=$((pss + $(kib "$pid" smaps_rollup Pss)))
  done
  # G1's line: "garbage-first heap   total 468992K, used 271360K [...]"
  heap=$(jcmd "$app_pid" GC.heap_info 2>/dev/null | awk '/heap *total/ {
      gsub(/[K,]/, ""); printf "%.0f / %.0f", $6 / 1024, $4 / 1024 }')
  local jvm_rss
  jvm_rss=$(mib "$(kib "$app_pid" status VmRSS)")

  stopping=$(date +%s.%N)
  kill -TERM "$app_pid"
  wait "$app_pid" || true
  app_pid=""
  # PostgreSQL shuts down as the application closes; its last processes may end a moment later.
  local waited=0
  while [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null; do
    if [ "$waited" -ge 600 ]; then
      echo "PostgreSQL ($postmaster) still runs 60 s after the application stopped; see $log" >&2
      exit 1
    fi
    sleep 0.1
    waited=$((waited + 1))
  done
  stopped=$(seconds "$(date +%s.%N) - $stopping")
  rows+=("| $label | $up | $cpu | $jvm_rss | $(mib $rss) ($count) | $(mib $pss) | ${heap:-?} | $stopped |")
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
fresh=$(mktemp -d)
measure "(a) fresh data directory: initdb, migrations, demo data" "$fresh"
measure "(b) second start on the same directory" "$fresh"
if [ -n "$given" ]; then
  measure "(c) $given ($(du -sh "$given" | cut -f1))" "$given"
else
  rows+=("| (c) the scale data set | measured with the scale data set: \`scripts/startup-benchmark.sh --write /var/tmp/avustus-scale\` | | | | | | |")
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram=$(awk '/^MemTotal/ { printf "%.0f", $2 / 1024 / 1024 }' /proc/meminfo)
java_version=$(java -version 2>&1 | head -1 | sed 's/.*version "\([^"]*\)".*/\1/')
section=$(mktemp)
cat >"$section" <<EOF
## Start-up and memory on the embedded database

The production jar (built as docker/Dockerfile builds it, \`mvn -Pproduction -DskipTests package\`;
Vaadin in $mode mode) started with \`java -jar\`${JAVA_OPTS:+ $JAVA_OPTS} on the embedded PostgreSQL
with its production settings. Timed from the start of the process until \`/actuator/health\`
answers UP, with the CPU time the JVM (initdb included) and PostgreSQL used until then. $SETTLE s
after UP: the JVM's resident set (VmRSS); the resident sets of the embedded PostgreSQL's processes
summed (each counts the shared buffers it has touched) and their proportional sets (PSS, which
splits shared pages between the processes); the heap (\`jcmd GC.heap_info\`). Then SIGTERM, timed
until the JVM and PostgreSQL have exited. Re-run (logs in \`target/startup-benchmark/\`):
\`scripts/startup-benchmark.sh --write [/var/tmp/avustus-scale]\`.

Measured $(TZ=Europe/Helsinki date '+%Y-%m-%d %H:%M %Z') on $(nproc) cores ($cpu), $ram GiB RAM, Java
$java_version; the machine was shared with other builds: load average $load_before before and
$load_after after.

| case | start to health UP s | CPU s until UP | JVM RSS MiB | PostgreSQL RSS MiB (processes) | PostgreSQL PSS MiB | heap used / committed MiB | stop s |
|---|---:|---:|---:|---:|---:|---:|---:|
$(printf '%s\n' "${rows[@]}")
EOF
cat "$section"

if $write; then
  doc=docs/PERFORMANCE.md
  start="<!-- startup-benchmark -->"
  end="<!-- /startup-benchmark -->"
  if grep -qxF "$start" "$doc"; then
    awk -v start="$start" -v end="$end" -v section="$section" '
      $0 == start { print; while ((getline line < section) > 0) print line; skipping = 1; next }
      $0 == end { skipping = 0 }
      !skipping { print }' "$doc" >"$doc.new"
    mv "$doc.new" "$doc"
  else
    printf '\n%s\n%s\n%s\n' "$start" "$(cat "$section")" "$end" >>"$doc"
  fi
  echo "wrote $doc" >&2
fi
rm -f "$section"
