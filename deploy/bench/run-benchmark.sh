#!/usr/bin/env sh
# Times log pages, statistics and the full CSV export over HTTP, server and client in one JVM capped at 256 MB.
# Usage: deploy/bench/run-benchmark.sh [db-file=target/bench/chat.db] [repetitions=30]
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
CP=$("$HERE/classpath.sh")
DB=${1:-target/bench/chat.db}
exec java -Xmx256m -cp "$CP" dev.switchboard.bootstrap.bench.UsageBenchmark "$DB" "${2:-30}"
