#!/usr/bin/env bash
# Smoke test of the runnable jar, started exactly as the container starts it.
#
#   bash deploy/smoke.sh [path/to/switchboard.jar]     (default bootstrap/target/switchboard.jar)
#
# Reads the JVM command from the ENTRYPOINT of deploy/Dockerfile (so the flags
# cannot drift apart), runs it in a fresh temp dir standing in for /app with a
# clean environment (only the image's variables, DATABASE_PATH under the temp
# dir's data/, a free APP_PORT, a random ADMIN_PASSWORD), then checks:
#   /health answers 200 within SMOKE_START_TIMEOUT seconds (default 45),
#   the database file is created at DATABASE_PATH,
#   GET / serves the single-page app (200 text/html),
#   the admin signs in with the password from the environment (access_token),
#   a wrong password gets no token,
#   SIGTERM stops the process within SMOKE_STOP_TIMEOUT seconds (default 10)
#   with exit code 0.
# The process is always killed and the temp dir removed on the way out
# (SMOKE_KEEP=1 keeps the temp dir and the log for a look).
# Needs: java, curl. Last lines: "smoke: PASS|FAIL ..." and "smoke: N passed, N failed".
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
jar=${1:-$root/bootstrap/target/switchboard.jar}
dockerfile=$here/Dockerfile
start_timeout=${SMOKE_START_TIMEOUT:-45}
stop_timeout=${SMOKE_STOP_TIMEOUT:-10}

passed=0
failed=0
pid=
tmp=
log=

ok()   { passed=$((passed + 1)); echo "ok   - $*"; }
bad()  { failed=$((failed + 1)); echo "FAIL - $*"; }
finish() {
  if [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]; then
    echo "smoke: PASS ($passed checks)"
  else
    echo "smoke: FAIL ($failed of $((passed + failed)) checks failed)"
  fi
  echo "smoke: $passed passed, $failed failed"
}
abort() {  # a check failed that later checks depend on
  bad "$*"
  if [ -n "$log" ] && [ -f "$log" ]; then
    echo "---- last 40 lines of the application log ($log) ----"
    tail -n 40 "$log"
    echo "----"
  fi
  exit 1
}
cleanup() {
  local rc=$?
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  fi
  if [ -n "$tmp" ] && [ -d "$tmp" ]; then
    if [ "${SMOKE_KEEP:-0}" = 1 ]; then
      echo "kept $tmp"
    else
      rm -rf "$tmp"
    fi
  fi
  finish
  if [ "$failed" -gt 0 ] && [ "$rc" -eq 0 ]; then rc=1; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'abort "interrupted"' INT TERM

# ---------------------------------------------------------------- inputs ---
[ -f "$jar" ] || abort "jar not found: $jar (build it first: ./mvnw -q -DskipTests package)"
jar=$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")
command -v curl >/dev/null || abort "curl is required"
java_bin=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_bin=$JAVA_HOME/bin/java; fi
command -v "$java_bin" >/dev/null || abort "java is required"

# The image's ENTRYPOINT, one JSON array on one line.
entry_json=$(sed -n 's/^ENTRYPOINT[[:space:]]*\(\[.*\]\)[[:space:]]*$/\1/p' "$dockerfile" | tail -n 1)
[ -n "$entry_json" ] || abort "no exec-form ENTRYPOINT [...] line in $dockerfile"
# Split the JSON array of plain strings (no escapes used in the Dockerfile).
mapfile -t entry < <(printf '%s\n' "$entry_json" | sed 's/^\[//; s/\]$//' | tr ',' '\n' \
  | sed 's/^[[:space:]]*"//; s/"[[:space:]]*$//')
if [ "${#entry[@]}" -lt 3 ] || [ "${entry[0]}" != java ]; then
  abort "ENTRYPOINT does not start with java: $entry_json"
fi
cmd=("$java_bin")
for arg in "${entry[@]:1}"; do
  if [ "$arg" = /app/switchboard.jar ]; then cmd+=("$jar"); else cmd+=("$arg"); fi
done
printf '%s\n' "${cmd[@]}" | grep -qxF "$jar" || abort "ENTRYPOINT does not run /app/switchboard.jar: $entry_json"

# The image's ENV (KEY=VALUE form), DATABASE_PATH moved under the temp dir.
tmp=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-smoke.XXXXXX")
mkdir -p "$tmp/data" "$tmp/home"
log=$tmp/app.log
image_env=()
while IFS= read -r kv; do
  case $kv in
    DATABASE_PATH=*) ;;
    *=*) image_env+=("$kv") ;;
  esac
done < <(sed -n 's/^ENV[[:space:]]\{1,\}//p' "$dockerfile" | tr ' ' '\n' | grep '=' || true)

free_port() {
  local p
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo $((20000 + RANDOM % 40000))
}
port=$(free_port)
password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
base=http://127.0.0.1:$port

echo "jar:     $jar"
echo "command: ${cmd[*]}"
echo "env:     ${image_env[*]:-} DATABASE_PATH=$tmp/data/chat.db APP_PORT=$port ADMIN_USERNAME=admin ADMIN_PASSWORD=<random>"

# ------------------------------------------------------------------ start ---
# A clean environment, like the container's: nothing leaks in from this shell.
run_env=(PATH="$PATH" HOME="$tmp/home" LANG=C.UTF-8 TZ=UTC)
[ -n "${JAVA_HOME:-}" ] && run_env+=(JAVA_HOME="$JAVA_HOME")
run_env+=("${image_env[@]}")
run_env+=(DATABASE_PATH="$tmp/data/chat.db" APP_PORT="$port" ADMIN_USERNAME=admin ADMIN_PASSWORD="$password")
(
  cd "$tmp" || exit 1
  exec env -i "${run_env[@]}" "${cmd[@]}"
) >"$log" 2>&1 &
pid=$!

# ----------------------------------------------------------------- health ---
started=$(date +%s)
code=000
while :; do
  if ! kill -0 "$pid" 2>/dev/null; then
    wait "$pid"; rc=$?; pid=
    abort "the process exited (code $rc) before /health answered"
  fi
  code=$(curl -s -o "$tmp/health.json" -w '%{http_code}' --max-time 2 "$base/health" || true)
  [ "$code" = 200 ] && break
  if [ $(($(date +%s) - started)) -ge "$start_timeout" ]; then
    abort "/health did not answer 200 within ${start_timeout}s (last status $code)"
  fi
  sleep 0.5
done
ok "/health 200 after $(($(date +%s) - started))s: $(head -c 200 "$tmp/health.json")"

if [ -f "$tmp/data/chat.db" ]; then
  ok "database created at DATABASE_PATH (data dir: $(find "$tmp/data" -mindepth 1 -maxdepth 1 -printf '%f '))"
else
  bad "no database file at DATABASE_PATH=$tmp/data/chat.db (data dir: $(find "$tmp/data" -mindepth 1 -maxdepth 1 -printf '%f '))"
fi

# The single-page app is served on the same port (what a browser opens).
page=$(curl -s -D "$tmp/index.headers" -o "$tmp/index.html" -w '%{http_code}' --max-time 10 "$base/" || true)
if [ "$page" = 200 ] && grep -qi '^content-type:.*text/html' "$tmp/index.headers"; then
  ok "GET / serves the app: 200 text/html ($(wc -c <"$tmp/index.html") bytes)"
else
  bad "GET / status $page, $(grep -i '^content-type' "$tmp/index.headers" 2>/dev/null | tr -d '\r' || echo 'no content-type'), expected 200 text/html"
fi

# ---------------------------------------------------------------- sign-in ---
login() {  # login PASSWORD -> prints "STATUS BODY"
  local body status
  body=$(curl -s -w '\n%{http_code}' --max-time 10 -X POST "$base/api/auth/admin/login" \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$1\"}" || true)
  status=${body##*$'\n'}
  printf '%s %s' "$status" "${body%$'\n'*}"
}
resp=$(login "$password")
status=${resp%% *}
body=${resp#* }
token=$(printf '%s' "$body" | sed -n 's/.*"access_token"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
if [ "$status" = 200 ] && [ -n "$token" ]; then
  ok "admin sign-in with ADMIN_PASSWORD from the environment: 200, access_token (${#token} chars)"
else
  bad "admin sign-in: status $status, body $(printf '%s' "$body" | head -c 300)"
fi

resp=$(login "wrong-$password")
status=${resp%% *}
if [ "$status" != 200 ] && ! printf '%s' "$resp" | grep -q '"access_token"'; then
  ok "wrong admin password refused ($status)"
else
  bad "wrong admin password: status $status, body $(printf '%s' "${resp#* }" | head -c 300)"
fi

# --------------------------------------------------------------- shutdown ---
kill -TERM "$pid"
stopped=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  if [ $(($(date +%s) - stopped)) -ge "$stop_timeout" ]; then
    abort "still running ${stop_timeout}s after SIGTERM"
  fi
  sleep 0.2
done
wait "$pid"
rc=$?
pid=
secs=$(($(date +%s) - stopped))
if [ "$rc" -eq 0 ]; then
  ok "SIGTERM: exited with code 0 after ${secs}s"
else
  what=""
  [ "$rc" -gt 128 ] && what=" (= 128+$((rc - 128)), the JVM's default status after that signal: the app should exit 0 once its graceful shutdown is done)"
  bad "SIGTERM: exited with code $rc$what after ${secs}s, expected 0"
  echo "---- last 20 lines of the application log ----"
  tail -n 20 "$log"
  echo "----"
fi
