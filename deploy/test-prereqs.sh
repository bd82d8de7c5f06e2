#!/usr/bin/env bash
# What the README's test command (./mvnw verify) needs besides JDK and Node, checked at Maven's `validate`
# phase so a missing piece stops the build in seconds with ONE line saying what to install or start.
#
#   bash deploy/test-prereqs.sh [--no-browser]
#
#   - Chromium + CJK fonts for the browser tests (frontend/e2e): installed with apt-get when missing and this
#     is root on Debian/Ubuntu; otherwise a one-line instruction. --no-browser (Maven: -DskipE2E or
#     -DskipFrontend) leaves them out. CHROMIUM_PATH overrides /usr/bin/chromium.
#   - PostgreSQL at TEST_DATABASE_URL (default jdbc:postgresql://127.0.0.1:5432/test) and Redis at TEST_REDIS_URL
#     (default redis://127.0.0.1:6379): reachable over TCP.
# Maven skips this step with -DskipTests (the run command needs only JDK 17+ and Node 20+) or -Dprereqs.skip.
set -uo pipefail

browser=true
for arg in "$@"; do
  case "$arg" in
    --no-browser) browser=false ;;
    # From Maven: -DskipE2E / -DskipFrontend arrive as "true"; unset ones as the literal placeholder.
    --skip-e2e=true|--skip-frontend=true) browser=false ;;
    --skip-e2e=*|--skip-frontend=*) ;;
    *) echo "usage: test-prereqs.sh [--no-browser]" >&2; exit 64 ;;
  esac
done

fail() {
  echo "TEST PREREQUISITE MISSING: $*" >&2
  exit 1
}

has_cjk_font() {
  if command -v dpkg-query >/dev/null; then
    dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q "install ok installed"
  elif command -v fc-list >/dev/null; then
    fc-list 2>/dev/null | grep -qi "CJK"
  else
    return 1
  fi
}

check_browser() {
  local chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  local missing=()
  [ -x "$chromium" ] || missing+=(chromium)
  has_cjk_font || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "test-prereqs: installing ${missing[*]} for the browser tests (apt-get, about a minute)"
    if DEBIAN_FRONTEND=noninteractive apt-get -qq update >/dev/null \
        && DEBIAN_FRONTEND=noninteractive apt-get -qq install -y "${missing[@]}" >/dev/null; then
      [ -x "$chromium" ] || fail "apt-get installed chromium but $chromium is not there: set CHROMIUM_PATH to the browser, or skip the browser tests with -DskipE2E"
      return 0
    fi
    fail "apt-get install -y ${missing[*]} failed (is the Debian mirror reachable?): install them, or skip the browser tests with -DskipE2E"
  fi
  if command -v apt-get >/dev/null; then
    fail "the browser tests need ${missing[*]}: run 'sudo apt-get install -y ${missing[*]}' (or skip them with -DskipE2E)"
  fi
  fail "the browser tests need Chromium at ${chromium} and a CJK font (Debian: chromium, fonts-noto-cjk); no apt-get here: install them, set CHROMIUM_PATH, or skip them with -DskipE2E"
}

# reachable HOST PORT: a TCP connect within 3 s.
reachable() {
  timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
}

check_postgres() {
  local url=${TEST_DATABASE_URL:-jdbc:postgresql://127.0.0.1:5432/test}
  local re='^jdbc:postgresql://(\[[^]]+\]|[^:/?]+)(:([0-9]+))?/'
  [[ $url =~ $re ]] || fail "TEST_DATABASE_URL must look like jdbc:postgresql://host:5432/test (got something else)"
  local host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432}
  host=${host#[}; host=${host%]}
  reachable "$host" "$port" || fail "PostgreSQL is not reachable at $host:$port: start PostgreSQL 15 there (trust auth for user postgres, database 'test'), or point TEST_DATABASE_URL / TEST_DATABASE_USER / TEST_DATABASE_PASSWORD at one"
}

check_redis() {
  local url=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
  local re='^rediss?://([^@/]*@)?(\[[^]]+\]|[^:/?]+)(:([0-9]+))?'
  [[ $url =~ $re ]] || fail "TEST_REDIS_URL must look like redis://host:6379 (got something else)"
  local host=${BASH_REMATCH[2]} port=${BASH_REMATCH[4]:-6379}
  host=${host#[}; host=${host%]}
  reachable "$host" "$port" || fail "Redis is not reachable at $host:$port: start Redis 7 there (e.g. 'redis-server --daemonize yes'), or point TEST_REDIS_URL at one"
}

check_postgres
check_redis
if [ "$browser" = true ]; then
  check_browser
fi
echo "test-prereqs: PostgreSQL, Redis$([ "$browser" = true ] && echo ", Chromium and CJK fonts") ready"
