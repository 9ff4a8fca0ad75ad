#!/usr/bin/env bash
# Offline gate for k8s/ and docker-compose.yml: render, schema, policies, yamllint, compose.
set -euo pipefail
exec 2>&1

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tests=k8s/tests
overlays=(dev staging prod)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
declare -a summary=()
failed=0
started=$SECONDS

record() { # step status detail
  summary+=("$(printf '%-10s %-4s %s' "$1" "$2" "$3")")
  [[ $2 == PASS ]] || failed=1
}

install_deps() {
  if [[ ! -d $tests/node_modules || $tests/package-lock.json -nt $tests/node_modules ]]; then
    npm ci --prefix "$tests" --no-audit --no-fund --loglevel=error >/dev/null
  fi
  local missing=()
  command -v yamllint >/dev/null || missing+=(yamllint)
  command -v docker-compose >/dev/null || missing+=(docker-compose)
  if ((${#missing[@]})) && [[ $(id -u) == 0 ]]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
      { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  fi
}

# Renders a copy of k8s/ so the committed example Terraform outputs stand in for the operator's files.
render() {
  mkdir -p "$work/k8s" "$work/render"
  tar -C k8s --exclude=tests/node_modules -cf - . | tar -C "$work/k8s" -xf -
  local ok=0 env
  for env in "${overlays[@]}"; do
    cp "$work/k8s/overlays/$env/tf-outputs.env.example" "$work/k8s/overlays/$env/tf-outputs.env"
    if kubectl kustomize "$work/k8s/overlays/$env" >"$work/render/$env.yaml" 2>"$work/render/$env.err"; then
      ok=$((ok + 1))
    else
      sed "s/^/  $env: /" "$work/render/$env.err"
    fi
  done
  local objects
  objects=$(cat "$work/render"/*.yaml | grep -c '^kind:' || true)
  if [[ $ok == "${#overlays[@]}" ]]; then
    record render PASS "$ok overlays, $objects objects"
  else
    record render FAIL "$ok/${#overlays[@]} overlays rendered"
  fi
}

node_tests() {
  local out status=PASS
  out=$(K8S_RENDER_DIR="$work/render" node --test --test-reporter=spec "$tests"/*.test.mjs 2>&1) || status=FAIL
  [[ $status == PASS ]] || sed -n '/failing tests:/,$p' <<<"$out" | grep -E '^✖ |^  [A-Za-z]*Error' | head -60
  local count pass fail skipped
  count=$(grep -oP '^ℹ tests \K\d+' <<<"$out" || echo 0)
  skipped=$(grep -oP '^ℹ skipped \K\d+' <<<"$out" || echo 0)
  pass=$(grep -oP '^ℹ pass \K\d+' <<<"$out" || echo 0)
  fail=$(grep -oP '^ℹ fail \K\d+' <<<"$out" || echo 0)
  record node-test "$status" "$count tests: $pass passed, $fail failed, $skipped skipped ($(find "$tests/policies" -name '*.mjs' | wc -l) policies, each with a failing mutated fixture)"
}

lint() {
  if ! command -v yamllint >/dev/null; then record yamllint FAIL "yamllint not installed (run as root to install it)"; return; fi
  local files
  files=$(($(find k8s -name node_modules -prune -o -name '*.yaml' -print | wc -l) + 1))
  if yamllint -s -c k8s/.yamllint k8s docker-compose.yml; then
    record yamllint PASS "$files files"
  else
    record yamllint FAIL "see above"
  fi
}

compose() {
  if ! command -v docker-compose >/dev/null; then record compose FAIL "docker-compose not installed (run as root to install it)"; return; fi
  if docker-compose -f docker-compose.yml config -q; then
    record compose PASS "$(docker-compose -f docker-compose.yml config --services | wc -l) services"
  else
    record compose FAIL "docker-compose config rejected docker-compose.yml"
  fi
}

install_deps
render
if [[ ${summary[-1]} == *PASS* ]]; then node_tests; else record node-test FAIL "skipped: render failed"; fi
lint
compose

echo
echo "k8s/tests/run.sh summary ($((SECONDS - started))s)"
printf '  %s\n' "${summary[@]}"
exit "$failed"
