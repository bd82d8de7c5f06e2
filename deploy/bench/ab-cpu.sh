#!/usr/bin/env bash
# Side-by-side A/B of two Switchboard jars: both run at once against one mock upstream, and the same wrk load
# (streamed guest requests for model "fast", spread over 16 client IPs through X-Forwarded-For) goes to A, then
# B, then A … Each cell prints the server's CPU milliseconds per request (utime+stime from /proc) — a figure a
# busy machine disturbs far less than latency, and alternating puts any disturbance on both jars alike.
#
# Usage: deploy/bench/ab-cpu.sh A.jar B.jar [rounds=6] [concurrency=16] [seconds=8] [rounds at c=1: 3]
# Needs wrk (apt-get install -y wrk) and python3; the jars are built with ./mvnw -DskipTests -DskipFrontend package.
# JFR=1 also records a profile of each (dataA.jfr, dataB.jfr in the work dir).
set -euo pipefail
A=$(realpath "$1"); B=$(realpath "$2"); ROUNDS=${3:-6}; C=${4:-16}; SECS=${5:-8}; SINGLE_ROUNDS=${6:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d -t sb-ab-XXXXXX)
mkdir -p "$WORK/tools" "$WORK/dataA" "$WORK/dataB"
javac -d "$WORK/tools" "$ROOT"/deploy/bench/gateway/*.java
cat > "$WORK/post.lua" <<'EOF'
wrk.method = "POST"
wrk.body   = '{"model":"fast","stream":true,"messages":[{"role":"user","content":"Say hello."}]}'
wrk.headers["Content-Type"] = "application/json"
local i = 0
request = function()
  i = i + 1
  wrk.headers["X-Forwarded-For"] = "10.0.0." .. (i % 16 + 1)
  return wrk.format()
end
EOF
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
MP=$(port); PA=$(port); PB=$(port)
PIDS=()
trap 'kill "${PIDS[@]}" 2>/dev/null || true' EXIT
java -Xms256m -Xmx1g -XX:+UseParallelGC -cp "$WORK/tools" MockUpstream "$MP" 2 > "$WORK/mock.log" 2>&1 &
PIDS+=($!)
start() { # jar port dir
  APP_PORT=$2 DATABASE_PATH="$WORK/$3/chat.db" ADMIN_USERNAME=admin ADMIN_PASSWORD=bench-pass-123456 \
    GUEST_RPM=100000 USER_RPM=100000 TRUSTED_PROXIES=127.0.0.1/32 \
    java -Xmx512m ${JFR:+-XX:StartFlightRecording=filename=$WORK/$3.jfr,settings=profile} -jar "$1" \
    > "$WORK/$3/app.log" 2>&1 &
  echo $!
}
PIDA=$(start "$A" "$PA" dataA); PIDB=$(start "$B" "$PB" dataB); PIDS+=("$PIDA" "$PIDB")
for p in $PA $PB; do
  for _ in $(seq 90); do curl -sf "http://127.0.0.1:$p/health" > /dev/null && break; sleep 1; done
done
configure() {
  local token
  token=$(curl -s -X POST "http://127.0.0.1:$1/api/auth/admin/login" -H 'Content-Type: application/json' \
    -d '{"username":"admin","password":"bench-pass-123456"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["access_token"])')
  for i in 1 2 3 4 5 6 7 8; do
    curl -s -o /dev/null -X POST "http://127.0.0.1:$1/api/admin/channels" -H "Authorization: Bearer $token" \
      -H 'Content-Type: application/json' -d "{\"name\":\"mock-fast-$i\",\"base_url\":\"http://127.0.0.1:$MP/v1\",\
\"api_key\":\"sk-bench-$i\",\"model_id\":\"fast\",\"rpm_limit\":100000,\"is_enabled\":true}"
  done
}
configure "$PA"; configure "$PB"
ticks() { awk '{print $14+$15}' "/proc/$1/stat"; }
cell() { # port pid seconds concurrency
  local t0 t1 out n bad
  t0=$(ticks "$2")
  out=$(wrk -t1 -c"$4" -d"$3"s -s "$WORK/post.lua" "http://127.0.0.1:$1/v1/chat/completions" 2>&1)
  t1=$(ticks "$2")
  n=$(echo "$out" | awk '/requests in/{print $1}'); bad=$(echo "$out" | awk '/Non-2xx/{print $NF}')
  python3 -c "print(f'requests={$n} cpu_ms_per_request={($t1-$t0)*10/$n:.4f} rps={$n/$3:.0f} non_2xx=${bad:-0}')"
}
echo "work dir $WORK; A=$A; B=$B; warming up both (100 s)"
cell "$PA" "$PIDA" 30 "$C" > /dev/null; cell "$PB" "$PIDB" 30 "$C" > /dev/null
cell "$PA" "$PIDA" 20 "$C" > /dev/null; cell "$PB" "$PIDB" 20 "$C" > /dev/null
for _ in $(seq "$ROUNDS"); do
  echo "A c=$C $(cell "$PA" "$PIDA" "$SECS" "$C")"; echo "B c=$C $(cell "$PB" "$PIDB" "$SECS" "$C")"
done
for _ in $(seq "$SINGLE_ROUNDS"); do
  echo "A c=1 $(cell "$PA" "$PIDA" "$SECS" 1)"; echo "B c=1 $(cell "$PB" "$PIDB" "$SECS" 1)"
done
if [ -n "${JFR:-}" ]; then
  echo "profiles (written as the servers stop): compare them with"
  echo "  deploy/bench/jfr-compare.py $WORK/dataA.jfr \$(sqlite3 $WORK/dataA/chat.db 'select count(*) from chat_logs') \\"
  echo "    $WORK/dataB.jfr \$(sqlite3 $WORK/dataB/chat.db 'select count(*) from chat_logs')"
fi
