#!/usr/bin/env bash
# Offline gate for infra/: fmt, provider-free terraform test, node policy tests (incl. the
# terraform output -> k8s tf-outputs.env key contract and the permissions, names and
# credentials "by use" checks against the rendered overlays and the deploy runner's scripts),
# policy XML.
# Run from anywhere: bash infra/tests/run.sh
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
export CHECKPOINT_DISABLE=1
TF_CLI_CONFIG_FILE="$(mktemp)"
export TF_CLI_CONFIG_FILE
trap 'rm -f "$TF_CLI_CONFIG_FILE"' EXIT

start=$SECONDS
passed=0
failed=0
results=()

step() {
  local name="$1"
  shift
  echo "==> $name"
  if "$@"; then
    passed=$((passed + 1))
    results+=("PASS  $name")
  else
    failed=$((failed + 1))
    results+=("FAIL  $name")
  fi
}

ensure_tools() {
  if [[ ! -d infra/tests/node_modules/@cdktf/provider-azurerm || ! -d infra/tests/node_modules/yaml || ! -d infra/tests/node_modules/mvdan-sh ]]; then
    npm ci --prefix infra/tests --no-audit --no-fund
  fi
  # The "by use" tests render the k8s overlays (test/*-by-use.test.js).
  command -v kubectl >/dev/null || { echo "missing: kubectl (for kubectl kustomize)" >&2; return 1; }
  local missing=()
  command -v xmllint >/dev/null || missing+=(libxml2-utils)
  # jq runs the ops/infra.md outputs command in test/outputs.test.js.
  command -v jq >/dev/null || missing+=(jq)
  command -v shellcheck >/dev/null || missing+=(shellcheck)
  if ((${#missing[@]})); then
    if [[ $EUID -eq 0 ]]; then
      apt-get update -qq && apt-get install -y -qq "${missing[@]}"
    else
      echo "missing: install ${missing[*]}" >&2
      return 1
    fi
  fi
}

conventions_test() {
  (cd infra/modules/conventions && terraform init -backend=false -input=false >/dev/null && terraform test -no-color)
}

policy_xml() {
  find infra/modules/apim/policies -name '*.xml' -print0 | xargs -0 xmllint --noout
}

step "install test tools" ensure_tools
step "terraform fmt -check" terraform fmt -check -recursive -diff infra
step "terraform test (conventions)" conventions_test
step "node policy tests" npm test --prefix infra/tests --silent
step "xmllint APIM policies" policy_xml
step "shellcheck ops/azure" bash -c 'cd ops/azure && shellcheck -x ./*.sh' 

echo
echo "infra checks:"
printf '  %s\n' "${results[@]}"
echo "time: $((SECONDS - start))s"
echo "infra: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
