#!/usr/bin/env bash
# Prints the classpath that runs the application, or a class of the tests, without Maven, as
# `mvn spring-boot:run` and the tests run it (Vaadin in development mode on its prebuilt bundle,
# from the project directory): target/test-classes, target/classes and every dependency of the
# test scope, which it lists once in target/test.classpath. Compiles the test classes if they are
# missing. Environment: MAVEN_ARGS (e.g. -o). Maven's output goes to stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f target/test-classes/fi/avustus/crash/CrashLoad.class ] || [ ! -d target/classes/fi/avustus ]; then
  echo "compiling the application and its tests (mvn test-compile)" >&2
  # shellcheck disable=SC2086 # MAVEN_ARGS holds several arguments
  mvn -B -q ${MAVEN_ARGS:-} test-compile >&2
fi
listed=target/test.classpath
if [ ! -f "$listed" ] || [ pom.xml -nt "$listed" ]; then
  # shellcheck disable=SC2086
  mvn -B -q ${MAVEN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$listed" >&2
fi
echo "$PWD/target/test-classes:$PWD/target/classes:$(cat "$listed")"
