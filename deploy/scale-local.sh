#!/usr/bin/env bash
# Three Switchboard instances behind nginx on this machine, proving the scale-out promises (issue 18):
#
#   bash deploy/scale-local.sh [path/to/switchboard.jar]      (default bootstrap/target/switchboard.jar)
#
# Builds nothing. Starts a PRIVATE redis-server on a random port (never the machine's shared one), three jars on
# loopback ports sharing one database (PostgreSQL when SCALE_DATABASE_URL is set, e.g.
# jdbc:postgresql://127.0.0.1:5432/test?currentSchema=sb_scale — otherwise one SQLite file, which three processes
# on one machine can share) and one Redis prefix, and nginx (least_conn, SSE-safe) in front, which also plays
# a tiny upstream. Then checks:
#   200 guest chats through nginx from one IP with guest RPM 10 -> exactly 10 accepted, 190 refused (429),
#     and every instance served some of them;
#   Redis stopped -> chats 503 rate_limiter_unavailable, the admin console, its API and /health still 200;
#   Redis started again -> chats accepted again, no restart;
#   /metrics (METRICS_TOKEN) scrapes cleanly: every sample line is well-formed;
#   SIGTERM -> every instance exits 0.
# Everything it started is stopped on the way out (SCALE_KEEP=1 keeps the temp dir).
# Needs: java, curl, redis-server, nginx (apt-get install -y nginx redis-server).
# Last lines: "scale: PASS|FAIL ..." and "scale: N passed, N failed".
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
jar=${1:-$root/bootstrap/target/switchboard.jar}
java=${JAVA:-java}

passed=0
failed=0
tmp=$(mktemp -d /tmp/switchboard-scale.XXXXXX)
pids=()
redis_pid=
nginx_pid=

ok()  { passed=$((passed + 1)); echo "ok   - $*"; }
bad() { failed=$((failed + 1)); echo "FAIL - $*"; }
check() { if eval "$1"; then ok "$2"; else bad "$2${3:+: $3}"; fi; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
random_secret() { head -c 32 /dev/urandom | base64 | tr -d '/+=\n' | cut -c1-43; }

stop_redis() {
  if [ -n "$redis_pid" ]; then kill "$redis_pid" 2>/dev/null; wait "$redis_pid" 2>/dev/null; redis_pid=; fi
}
start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no >"$tmp/redis.log" 2>&1 &
  redis_pid=$!
  for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && return 0; sleep 0.1; done
  return 1
}

cleanup() {
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  stop_redis
  if [ "${SCALE_KEEP:-0}" = 1 ]; then echo "kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

for tool in "$java" curl redis-server redis-cli nginx python3; do
  command -v "$tool" >/dev/null || { echo "FAIL - $tool is required"; echo "scale: FAIL"; echo "scale: 0 passed, 1 failed"; exit 1; }
done
[ -f "$jar" ] || { echo "FAIL - no jar at $jar (build it first: ./mvnw -DskipTests package)"; exit 1; }

redis_port=$(free_port)
lb_port=$(free_port)
mock_port=$(free_port)
ports=("$(free_port)" "$(free_port)" "$(free_port)")
admin_password=$(random_secret)
metrics_token=$(random_secret)
prefix="scale-$(random_secret | cut -c1-8):"

start_redis || { echo "FAIL - redis-server did not start"; exit 1; }
ok "private redis-server on port $redis_port"

# --- three instances, one database, one Redis prefix ---------------------------------------------------
common_env=(
  "ADMIN_PASSWORD=$admin_password" "SECRET_KEY=$(random_secret)" "ENCRYPTION_KEY=$(random_secret)"
  "REDIS_URL=redis://127.0.0.1:$redis_port" "REDIS_PREFIX=$prefix" "GUEST_RPM=10"
  "TRUSTED_PROXIES=127.0.0.1/32" "METRICS_TOKEN=$metrics_token" "SHUTDOWN_GRACE=5s"
  # Three JVMs next to other work on a small machine: a command stuck behind a busy CPU is not an outage.
  # (A stopped Redis is still noticed at once: commands are rejected while disconnected.)
  "REDIS_TIMEOUT=${SCALE_REDIS_TIMEOUT:-1s}"
)
if [ -n "${SCALE_DATABASE_URL:-}" ]; then
  common_env+=("DATABASE_URL=$SCALE_DATABASE_URL" "DATABASE_USER=${SCALE_DATABASE_USER:-postgres}" "DATABASE_PASSWORD=${SCALE_DATABASE_PASSWORD:-}")
  echo "note - database: $SCALE_DATABASE_URL"
else
  common_env+=("DATABASE_PATH=$tmp/data/chat.db")
  echo "note - database: one SQLite file shared by the three processes ($tmp/data/chat.db); set SCALE_DATABASE_URL for PostgreSQL"
fi

for i in 0 1 2; do
  # One after another: the first one migrates the database alone.
  env -i PATH="$PATH" HOME="$tmp" "${common_env[@]}" "APP_PORT=${ports[$i]}" \
    "$java" -XX:TieredStopAtLevel=1 -jar "$jar" >"$tmp/instance-$i.log" 2>&1 &
  pids+=($!)
  up=0
  for _ in $(seq 1 90); do
    if curl -fs -o /dev/null "http://127.0.0.1:${ports[$i]}/health/readiness"; then up=1; break; fi
    sleep 0.5
  done
  check "[ $up = 1 ]" "instance $((i + 1)) ready on port ${ports[$i]}" "see $tmp/instance-$i.log"
done

# --- nginx: the load balancer of deploy/nginx, plus a tiny upstream answering every chat ----------------
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx/body;
  proxy_temp_path $tmp/nginx/proxy;
  fastcgi_temp_path $tmp/nginx/fastcgi;
  uwsgi_temp_path $tmp/nginx/uwsgi;
  scgi_temp_path $tmp/nginx/scgi;
  upstream switchboard {
    least_conn;
    server 127.0.0.1:${ports[0]};
    server 127.0.0.1:${ports[1]};
    server 127.0.0.1:${ports[2]};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://switchboard;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_buffering off;
      proxy_read_timeout 600s;
    }
  }
  server {
    listen 127.0.0.1:$mock_port;
    location / {
      default_type application/json;
      return 200 '{"id":"c1","object":"chat.completion","model":"scale-test","choices":[{"index":0,"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],"usage":{"prompt_tokens":3,"completion_tokens":1,"total_tokens":4}}';
    }
  }
}
CONF
nginx -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx" -g 'daemon off;' >"$tmp/nginx/out.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 50); do curl -fs -o /dev/null "http://127.0.0.1:$lb_port/health/liveness" && break; sleep 0.1; done
lb="http://127.0.0.1:$lb_port"
check "curl -fsS -o /dev/null $lb/health" "nginx (least_conn) in front of the three instances on port $lb_port"

json_field() { python3 -c "import sys,json; print(json.load(sys.stdin).get('$1',''))"; }
admin=$(curl -fsS -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$admin_password\"}" \
  "$lb/api/auth/admin/login" | json_field access_token)
check "[ -n \"$admin\" ]" "admin signs in through nginx"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
  -d "{\"name\":\"scale\",\"base_url\":\"http://127.0.0.1:$mock_port/v1\",\"api_key\":\"sk-scale-test-0000\",\"model_id\":\"scale-test\",\"rpm_limit\":1000}" \
  "$lb/api/admin/channels")
check "[ $status = 201 ]" "a channel is added on one instance" "HTTP $status"
sleep 1.5 # the change reaches the others within a second

# --- one shared limit, exactly ---------------------------------------------------------------------------
chat() {
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -d '{"model":"scale-test","stream":false,"messages":[{"role":"user","content":"hi"}]}' "$lb/api/chat/completions"
}
chat_verbose() {
  curl -s -w ' %{http_code}\n' -H 'Content-Type: application/json' \
    -d '{"model":"scale-test","stream":false,"messages":[{"role":"user","content":"hi"}]}' "$lb/api/chat/completions"
}
export -f chat chat_verbose
export lb
# Warm each JVM up first, as a load balancer's slow start would: a few chats straight to every instance, each
# from its own made-up client address (this machine is a trusted proxy), so the shared guest window stays empty.
for i in 0 1 2; do
  for j in 1 2 3 4 5; do
    curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-Forwarded-For: 10.99.$i.$j" \
      -d '{"model":"scale-test","stream":false,"messages":[{"role":"user","content":"hi"}]}' \
      "http://127.0.0.1:${ports[$i]}/api/chat/completions"
  done
done
seq 1 200 | xargs -P 40 -I{} bash -c chat_verbose >"$tmp/burst-bodies.txt"
grep -oE '[0-9]{3}$' "$tmp/burst-bodies.txt" >"$tmp/burst.txt"
accepted=$(grep -c '^200$' "$tmp/burst.txt")
refused=$(grep -c '^429$' "$tmp/burst.txt")
check "[ $accepted = 10 ] && [ $refused = 190 ]" "200 guest chats with guest RPM 10 across 3 instances: exactly 10 accepted, 190 refused" \
  "accepted $accepted, refused $refused, others: $(grep -vE '^(200|429)$' "$tmp/burst.txt" | sort | uniq -c | tr '\n' ' ')"
served=0
for port in "${ports[@]}"; do
  n=$(curl -fsS -H "Authorization: Bearer $metrics_token" "http://127.0.0.1:$port/metrics" \
    | grep '^http_server_requests_seconds_count{.*uri="/api/chat/completions"' | awk '{s+=$2} END {print s+0}')
  [ "${n%.*}" -gt 0 ] && served=$((served + 1))
done
check "[ $served = 3 ]" "nginx spread the chats over all three instances" "$served served some"

# --- Redis down: chats refused, admin keeps serving; back up: recovers by itself -------------------------
stop_redis
sleep 0.5
body=$(curl -s -w ' %{http_code} %{time_total}' -H 'Content-Type: application/json' \
  -d '{"model":"scale-test","stream":false,"messages":[{"role":"user","content":"hi"}]}' "$lb/api/chat/completions")
check "echo '$body' | grep -q 'rate_limiter_unavailable.* 503 '" "Redis stopped: a chat answers 503 rate_limiter_unavailable" "$body"
check "[ \$(curl -s -o /dev/null -w '%{http_code}' $lb/admin) = 200 ]" "Redis stopped: the admin console page serves"
check "[ \$(curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $admin' $lb/api/admin/channels) = 200 ]" \
  "Redis stopped: the admin API serves"
check "[ \$(curl -s -o /dev/null -w '%{http_code}' $lb/health) = 200 ]" "Redis stopped: /health is 200"
start_redis || bad "redis-server restarted"
recovered=0
for _ in $(seq 1 50); do
  [ "$(chat)" = 200 ] && { recovered=1; break; }
  sleep 0.2
done
check "[ $recovered = 1 ]" "Redis back: chats are accepted again without a restart"

# --- metrics scrape cleanly ------------------------------------------------------------------------------
curl -fsS -H "Authorization: Bearer $metrics_token" "$lb/metrics" >"$tmp/metrics.txt"
check "[ -s $tmp/metrics.txt ]" "/metrics answers METRICS_TOKEN through nginx"
malformed=$(grep -vE '^#|^$' "$tmp/metrics.txt" \
  | grep -cvE '^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="([^"\\]|\\.)*",?)*\})? -?[0-9.eE+-]+|NaN|[+-]Inf$')
check "[ $malformed = 0 ]" "/metrics scrapes cleanly (every sample line well-formed)" "$malformed malformed lines"
for series in switchboard_relay_total_seconds_bucket switchboard_refusals_total switchboard_redis_outage_requests_total jvm_memory_used_bytes; do
  check "grep -q '^$series' $tmp/metrics.txt" "/metrics has $series"
done
check "[ \$(curl -s -o /dev/null -w '%{http_code}' $lb/metrics) = 401 ]" "/metrics without a token is 401"

# --- SIGTERM: clean exit -----------------------------------------------------------------------------------
kill "$nginx_pid" 2>/dev/null; wait "$nginx_pid" 2>/dev/null; nginx_pid=
for i in 0 1 2; do
  kill -TERM "${pids[$i]}"
  wait "${pids[$i]}"
  code=$?
  check "[ $code = 0 ]" "instance $((i + 1)) exits 0 on SIGTERM" "exit $code"
done
pids=()

if [ "$failed" -eq 0 ]; then echo "scale: PASS ($passed checks)"; else echo "scale: FAIL (see $tmp; SCALE_KEEP=1 keeps it)"; fi
echo "scale: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
