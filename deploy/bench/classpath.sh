#!/usr/bin/env sh
# Compiles the reactor (no install) and prints the classpath of the bootstrap module's tests, where the
# bench tools live. Sourced by the two scripts next to it.
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
./mvnw -q ${MVN_OFFLINE:--o} -DskipFrontend -DskipTests -pl bootstrap -am test-compile \
  org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
echo "$ROOT/bootstrap/target/test-classes:$ROOT/bootstrap/target/classes:$(cat "$ROOT/bootstrap/target/bench.classpath")"
