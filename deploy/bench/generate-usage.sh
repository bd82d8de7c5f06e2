#!/usr/bin/env sh
# Fills a database with N realistic usage rows over the last D days.
# Usage: deploy/bench/generate-usage.sh [db-file=target/bench/chat.db] [rows=1000000] [days=90] [seed=42]
# PostgreSQL: give a JDBC URL naming the schema instead of the file, e.g.
#   jdbc:postgresql://127.0.0.1:5432/test?currentSchema=sb_bench   (BENCH_DATABASE_USER / BENCH_DATABASE_PASSWORD)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
CP=$("$HERE/classpath.sh")
DB=${1:-target/bench/chat.db}
exec java -Xmx512m -cp "$CP" dev.switchboard.bootstrap.bench.UsageDataGenerator "$DB" "${2:-1000000}" "${3:-90}" "${4:-42}"
