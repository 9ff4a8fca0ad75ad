#!/usr/bin/env bash
# Shared by the ops/azure scripts: the environment, its Terraform root and its outputs.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export CHECKPOINT_DISABLE=1 TF_IN_AUTOMATION=1 TF_INPUT=0

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# need ENV: dev, staging or prod, with its Terraform root.
need_env() {
  [[ ${1:-} =~ ^(dev|staging|prod)$ ]] || die "usage: $0 dev|staging|prod"
  ENV=$1
  ROOT="$repo/infra/envs/$ENV"
  OVERLAY="$repo/k8s/overlays/$ENV"
}

need_tools() {
  local missing=() t
  for t in "$@"; do command -v "$t" >/dev/null || missing+=("$t"); done
  ((${#missing[@]} == 0)) || die "missing tools: ${missing[*]}"
}

# backend KEY: a value of infra/envs/<env>/<env>.backend.hcl (state account, container, key).
backend() { sed -n "s/^$1 *= *\"\(.*\)\"/\1/p" "$ROOT/$ENV.backend.hcl"; }

tf_init() { terraform -chdir="$ROOT" init -input=false -backend-config="$ENV.backend.hcl" >/dev/null; }

# Loads k8s/overlays/<env>/tf-outputs.env (written by outputs.sh) into the shell.
load_outputs() {
  [[ -f $OVERLAY/tf-outputs.env ]] || die "$OVERLAY/tf-outputs.env is missing: run ops/azure/outputs.sh $ENV"
  set -a
  # shellcheck disable=SC1091
  . "$OVERLAY/tf-outputs.env"
  set +a
}
