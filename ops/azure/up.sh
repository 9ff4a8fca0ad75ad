#!/usr/bin/env bash
# make up ENV=<env>: everything from an empty subscription to a smoke job that SUCCEEDED
# through APIM, as azd up does it. Every step is its own script, and CD calls the same ones.
#   IMAGE_TAG=<tag>  deploy images already in ACR under that tag instead of building this commit
#   AUTO_APPROVE=1   apply the Terraform plan without asking
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az terraform kubectl jq tar make
here="$repo/ops/azure"

bash "$here/state.sh" "$ENV"                 # 1. remote state (idempotent)
bash "$here/apply.sh" "$ENV"                 # 2. terraform apply (control planes; it also imports the
                                             #    Grafana dashboards, ops/azure/grafana-dashboards.sh)
bash "$here/outputs.sh" "$ENV"               # 3. k8s/overlays/<env>/tf-outputs.env
load_outputs
if ! grep -Eq '^manage_appinsights_secret *= *true' "$ROOT/$ENV.auto.tfvars"; then
  bash "$here/secrets.sh" "$ENV"             # 4. Key Vault secret through ARM
fi
bash "$here/import-images.sh" "$ENV"         # 5. collector, device plugin, psql into ACR

tag=${IMAGE_TAG:-}
if [[ -z $tag ]]; then                       # 6. this commit's images, pushed by the runner
  tag="git-$(git -C "$repo" rev-parse --short=12 HEAD)"
  make -C "$repo" images
fi
bash "$here/remote.sh" "$ENV" "$tag"         # 7-9. push, cluster bootstrap, deploy, grants, smoke
say "$ENV is up: $apim_gateway_url (internal), images $tag"
