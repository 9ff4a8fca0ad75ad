#!/usr/bin/env bash
# Runs runner.sh on the environment's runner VM from anywhere: packs a bundle (the rendered
# manifests, tf-outputs.env, ops/azure, the smoke sample and any image tarballs), uploads it
# to the state account's "bundles" container (Entra only), and starts runner.sh on the VM with
# az vm run-command invoke (control plane). The VM downloads it with its own identity.
# usage: remote.sh <env> <image tag>
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
tag=${2:?image tag}
need_tools az kubectl tar
load_outputs
account=$(backend storage_account_name)

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/k8s/overlays/$ENV" "$work/images" "$work/evals/samples"
cp -r "$repo/ops" "$work/ops"
cp -r "$repo/evals/samples/resumes" "$repo/evals/samples/jobs" "$work/evals/samples/"
cp "$OVERLAY/tf-outputs.env" "$work/k8s/overlays/$ENV/"
bash "$repo/ops/azure/render.sh" "$ENV" "$tag" > "$work/rendered.yaml"
for t in "$repo"/services/*/target/*-image.tar; do [[ -f $t ]] && cp "$t" "$work/images/"; done
blob="$ENV/$(date -u +%Y%m%dT%H%M%SZ)-$tag.tar.gz"
tar -C "$work" -czf "$work.tar.gz" .
say "bundle $blob ($(du -h "$work.tar.gz" | cut -f1))"
az storage blob upload --auth-mode login --account-name "$account" -c bundles -n "$blob" -f "$work.tar.gz" -o none
rm -f "$work.tar.gz"

say "runner.sh on $runner_vm_name (az vm run-command; the VM keeps the full log)"
script=$(cat <<SCRIPT
set -euo pipefail
test -f /var/lib/tailor-runner-ready || cloud-init status --wait >/dev/null
az login --identity --client-id $runner_client_id -o none 2>/dev/null || az login --identity --username $runner_client_id -o none
dir=/var/lib/tailor/$ENV; rm -rf "\$dir"; mkdir -p "\$dir"
az storage blob download --auth-mode login --account-name $account -c bundles -n $blob -f "\$dir.tar.gz" -o none
tar -C "\$dir" -xzf "\$dir.tar.gz" && rm -f "\$dir.tar.gz"
bash "\$dir/ops/azure/runner.sh" $ENV $tag > /var/log/tailor-runner-$ENV.log 2>&1 || { tail -c 3500 /var/log/tailor-runner-$ENV.log; exit 1; }
tail -c 2000 /var/log/tailor-runner-$ENV.log
SCRIPT
)
result=$(az vm run-command invoke -g "$resource_group_name" -n "$runner_vm_name" --command-id RunShellScript \
  --scripts "$script" --query 'value[0].message' -o tsv)
echo "$result"
grep -q 'smoke: job .* SUCCEEDED' <<<"$result" || die "the runner did not reach a SUCCEEDED smoke job"
