#!/usr/bin/env bash
# Gateway overhead benchmark (issue 9): mock upstream direct vs nginx vs Switchboard at concurrency 1/16/64,
# then 8,000 concurrent slow streams through Switchboard (-Xmx512m), then the usage-row count.
# Writes the gateway section of deploy/bench/RESULTS.md (between its markers) and deploy/bench/results.json.
#
# Usage: deploy/bench/run-gateway.sh [--seconds=10] [--streams=8000] [--stream-chunks=150] [--ramp=4]
#                                     [--concurrency=1,16,64] [--jfr=file.jfr] [--sb-jvm="-Xmx512m"] ...
# Builds the jar (without the frontend) if bootstrap/target/switchboard.jar is missing; REBUILD=1 forces it.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"

need=()
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx)
command -v sqlite3 >/dev/null || need+=(sqlite3)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
export PATH="$PATH:/usr/sbin"

JAR=bootstrap/target/switchboard.jar
if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
  echo "building $JAR" >&2
  ./mvnw -q ${MVN_OFFLINE:-} -DskipTests -DskipFrontend package >&2
fi

TOOLS=target/gateway-bench
rm -rf "$TOOLS" && mkdir -p "$TOOLS"
javac -d "$TOOLS" deploy/bench/gateway/*.java

# The client holds up to --streams sockets; the heap is for its latency samples.
# (The jar goes by environment, not argument: no "switchboard" in this command line for a stray pkill -f.)
BENCH_APP_JAR="$JAR" exec java -Xms1g -Xmx2g -XX:+UseParallelGC -cp "$TOOLS" GatewayBench \
  --tools="$TOOLS" --out=deploy/bench "$@"
