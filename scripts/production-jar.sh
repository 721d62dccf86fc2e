#!/usr/bin/env bash
# Prints the absolute path of the production jar, as docker/Dockerfile builds it (Vaadin in
# production mode, no tests): AVUSTUS_JAR when set, else target/production/avustus.jar, built with
# `mvn -Pproduction -DskipTests package` from a copy of the sources when it is missing, so that the
# production build's files never end up in this tree's target/classes (where `mvn spring-boot:run`
# would then run in production mode). Maven's output goes to stderr.
#
#   scripts/production-jar.sh [--rebuild]
#
# --rebuild  builds the jar even if there is one
# Environment: MAVEN_ARGS (e.g. -o), AVUSTUS_JAR.
set -euo pipefail
cd "$(dirname "$0")/.."

rebuild=false
case "${1:-}" in
  --rebuild) rebuild=true ;;
  "") ;;
  *) echo "unknown argument $1" >&2; exit 2 ;;
esac

jar=${AVUSTUS_JAR:-target/production/avustus.jar}
if [ -z "${AVUSTUS_JAR:-}" ] && { $rebuild || [ ! -f "$jar" ]; }; then
  build=$(mktemp -d)
  trap 'rm -rf "$build"' EXIT
  mkdir -p "$build/src"
  cp -r pom.xml processes forms "$build/"
  cp -r src/main "$build/src/"
  echo "building the production jar (mvn -Pproduction -DskipTests package) in $build" >&2
  # shellcheck disable=SC2086 # MAVEN_ARGS holds several arguments
  (cd "$build" && mvn -B -q ${MAVEN_ARGS:-} -Pproduction -DskipTests package >&2)
  mkdir -p "$(dirname "$jar")"
  cp "$(find "$build/target" -maxdepth 1 -name 'avustus-*.jar' ! -name '*.original' | head -1)" "$jar"
fi
build_info=$(unzip -p "$jar" '*META-INF/VAADIN/config/flow-build-info.json' 2>/dev/null || true)
if ! grep -q '"productionMode" *: *true' <<<"$build_info"; then
  echo "warning: $jar runs Vaadin in development mode" >&2
fi
realpath "$jar"
