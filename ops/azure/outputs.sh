#!/usr/bin/env bash
# k8s/overlays/<env>/tf-outputs.env from `terraform output -json` (ops/infra.md §5), with
# exactly the keys of tf-outputs.env.example.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools terraform jq
tf_init
terraform -chdir="$ROOT" output -json \
  | jq -r 'to_entries[] | "\(.key)=\(.value.value)"' > "$OVERLAY/tf-outputs.env"
if ! diff <(cut -d= -f1 "$OVERLAY/tf-outputs.env.example" | sort) <(cut -d= -f1 "$OVERLAY/tf-outputs.env" | sort); then
  die "the Terraform outputs and $OVERLAY/tf-outputs.env.example have different keys"
fi
say "wrote $OVERLAY/tf-outputs.env"
