#!/usr/bin/env bash
# Installs the locked dependencies, runs the component/unit tests and builds dist/.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
npm test
npm run build
