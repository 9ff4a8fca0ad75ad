#!/usr/bin/env bash
# End-to-end test of the page in headless Chromium against a running suite.
# Usage: services/web/run-e2e.sh [BASE_URL]   (default http://localhost:8080; the page and /v1 on one origin)
# Screenshots: services/web/e2e-artifacts/
set -euo pipefail
cd "$(dirname "$0")"
export BASE_URL="${1:-${BASE_URL:-http://localhost:8080}}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "e2e: installing chromium (apt)"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq chromium >/dev/null
fi
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
npm run e2e
