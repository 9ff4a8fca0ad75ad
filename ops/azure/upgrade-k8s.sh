#!/usr/bin/env bash
# Raises the cluster to the Kubernetes minor in <env>.auto.tfvars. Terraform ignores
# kubernetes_version (the patch auto-upgrade channel moves it), so a minor upgrade is this
# explicit step; the control plane first, then every pool, to the newest patch of that minor.
# usage: upgrade-k8s.sh <env>
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az
load_outputs
want=$(sed -n 's/^kubernetes_version *= *"\(.*\)"/\1/p' "$ROOT/$ENV.auto.tfvars")
have=$(az aks show -g "$resource_group_name" -n "$aks_name" --query currentKubernetesVersion -o tsv)
if [[ ${have%.*} == "$want" ]]; then say "$aks_name already runs $have"; exit 0; fi
say "$aks_name: $have -> $want (control plane, then node pools)"
az aks upgrade -g "$resource_group_name" -n "$aks_name" --kubernetes-version "$want" --control-plane-only --yes -o none
for pool in $(az aks nodepool list -g "$resource_group_name" --cluster-name "$aks_name" --query '[].name' -o tsv); do
  az aks nodepool upgrade -g "$resource_group_name" --cluster-name "$aks_name" -n "$pool" --kubernetes-version "$want" --yes -o none
done
az aks show -g "$resource_group_name" -n "$aks_name" --query currentKubernetesVersion -o tsv
