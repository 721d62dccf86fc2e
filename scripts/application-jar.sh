#!/usr/bin/env bash
# Prints the absolute path of the application jar that the scripts run: AVUSTUS_JAR when set, else
# the jar that `mvn package` (or `mvn verify`) left in target/, built with `mvn -DskipTests package`
# when there is none. Environment: MAVEN_ARGS (e.g. -o). Maven's output goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

packaged_jar() { find target -maxdepth 1 -name 'avustus-*.jar' ! -name '*.original' -print -quit 2>/dev/null || true; }

jar=${AVUSTUS_JAR:-$(packaged_jar)}
if [ -z "$jar" ]; then
  echo "building the application jar (mvn -DskipTests package)" >&2
  # shellcheck disable=SC2086 # MAVEN_ARGS holds several arguments
  mvn -B -q ${MAVEN_ARGS:-} -DskipTests package >&2
  jar=$(packaged_jar)
fi
realpath "$jar"
