#!/usr/bin/env sh
# Times log pages, statistics and the full CSV export over HTTP, server and client in one JVM capped at 256 MB.
# Usage: deploy/bench/run-benchmark.sh [db-file=target/bench/chat.db] [repetitions=30]
# PostgreSQL: give a JDBC URL naming the schema instead of the file, e.g.
#   jdbc:postgresql://127.0.0.1:5432/test?currentSchema=sb_bench   (BENCH_DATABASE_USER / BENCH_DATABASE_PASSWORD)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
CP=$("$HERE/classpath.sh")
DB=${1:-target/bench/chat.db}
exec java -Xmx256m -cp "$CP" dev.switchboard.bootstrap.bench.UsageBenchmark "$DB" "${2:-30}"
