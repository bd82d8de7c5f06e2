#!/usr/bin/env bash
# Issue 21's proof: what a newcomer gets from a fresh clone with empty caches.
#
#   bash deploy/fresh-clone-check.sh [REPO] [REF]     (default: this repository, HEAD)
#
# Clones REPO at REF into a temp dir, points Maven (MAVEN_USER_HOME for the wrapper's Maven download,
# -Dmaven.repo.local through MAVEN_ARGS) and npm (npm_config_cache) at empty temp caches, then runs the README's
# two commands exactly as written there (read from the "Run it" and "Test it" code blocks):
#   1. the run command, on a free port (APP_PORT), until /health answers 200; then it is stopped;
#   2. the test command, to the end.
# Prints the two times. Logs stay in the temp dir (printed); it is removed on success unless KEEP=1.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${1:-$(cd "$here/.." && pwd)}
ref=${2:-HEAD}
work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-fresh.XXXXXX")
clone="$work/switchboard"
export MAVEN_USER_HOME="$work/maven-home"
export MAVEN_ARGS="-Dmaven.repo.local=$work/m2-repository"
export npm_config_cache="$work/npm-cache"
mkdir -p "$MAVEN_USER_HOME" "$npm_config_cache"

# The first bash block after a README heading.
readme_command() {
  awk -v h="$1" '$0 == h {found=1; next} found && /^```bash/ {code=1; next} code && /^```/ {exit} code {print}' \
    "$clone/README.md"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

echo "fresh-clone-check: cloning $repo ($ref) into $clone; empty Maven and npm caches under $work"
git clone -q "$repo" "$clone" && git -C "$clone" checkout -q "$ref" || { echo "clone failed"; exit 1; }
echo "fresh-clone-check: commit $(git -C "$clone" rev-parse --short HEAD)"
run_cmd=$(readme_command "## Run it")
test_cmd=$(readme_command "## Test it")
[ -n "$run_cmd" ] && [ -n "$test_cmd" ] || { echo "cannot find the README's run and test commands"; exit 1; }

port=$(free_port) || { echo "no free port"; exit 1; }
echo "fresh-clone-check: 1/2 run command (APP_PORT=$port): $run_cmd"
start=$(date +%s)
# setsid: the run command (Maven, then the jar) gets a process group of its own, stopped as one below.
APP_PORT=$port setsid bash -c "cd \"$clone\" && $run_cmd" >"$work/run.log" 2>&1 &
runner=$!
run_seconds=""
while kill -0 "$runner" 2>/dev/null; do
  if curl -fsS -o /dev/null "http://127.0.0.1:$port/health" 2>/dev/null; then
    run_seconds=$(( $(date +%s) - start ))
    break
  fi
  sleep 2
done
if [ "$(ps -o pgid= -p "$runner" 2>/dev/null | tr -d ' ')" = "$runner" ]; then
  kill -TERM -- "-$runner" 2>/dev/null
fi
wait "$runner" 2>/dev/null
if [ -z "$run_seconds" ]; then
  echo "fresh-clone-check: the run command ended before /health answered; last lines of $work/run.log:"
  tail -20 "$work/run.log"
  exit 1
fi
echo "fresh-clone-check: run command: /health answered after ${run_seconds} s"

echo "fresh-clone-check: 2/2 test command: $test_cmd"
start=$(date +%s)
(cd "$clone" && bash -c "$test_cmd") >"$work/test.log" 2>&1
test_rc=$?
test_seconds=$(( $(date +%s) - start ))
echo "fresh-clone-check: test command: exit $test_rc after ${test_seconds} s"
if [ $test_rc -ne 0 ]; then
  tail -40 "$work/test.log"
fi

echo
echo "RESULT run command (empty caches, to first /health 200): ${run_seconds} s"
echo "RESULT test command (after the run command filled the caches): ${test_seconds} s, exit ${test_rc}"
echo "RESULT caches: Maven $(du -sh "$work/m2-repository" 2>/dev/null | cut -f1), npm $(du -sh "$npm_config_cache" 2>/dev/null | cut -f1)"
if [ $test_rc -eq 0 ] && [ "${KEEP:-0}" != 1 ]; then
  rm -rf "$work"
else
  echo "logs kept in $work"
fi
exit $test_rc
