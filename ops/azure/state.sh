#!/usr/bin/env bash
# Remote state, once per tenant and idempotent: the account and container named in
# infra/envs/<env>/<env>.backend.hcl (Entra only, versioned, delete lock), plus the "bundles"
# container that carries deploy bundles to the in-VNet runner (ops/azure/remote.sh).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az
rg=$(backend resource_group_name); account=$(backend storage_account_name); container=$(backend container_name)
location=${LOCATION:-$(sed -n 's/^location *= *"\(.*\)"/\1/p' "$ROOT/$ENV.auto.tfvars")}

say "state: $account/$container in $rg ($location)"
az group create -n "$rg" -l "$location" -o none
if ! az storage account show -n "$account" -g "$rg" -o none 2>/dev/null; then
  az storage account create -n "$account" -g "$rg" -l "$location" --sku Standard_ZRS --kind StorageV2 \
    --min-tls-version TLS1_2 --allow-blob-public-access false --allow-shared-key-access false -o none
  az storage account blob-service-properties update -n "$account" -g "$rg" \
    --enable-versioning true --enable-delete-retention true --delete-retention-days 30 -o none
fi
scope=$(az storage account show -n "$account" -g "$rg" --query id -o tsv)
me=$(az ad signed-in-user show --query id -o tsv 2>/dev/null || az ad sp show --id "$(az account show --query user.name -o tsv)" --query id -o tsv)
if [[ -z $(az role assignment list --assignee "$me" --scope "$scope" --role "Storage Blob Data Contributor" --query '[].id' -o tsv) ]]; then
  az role assignment create --role "Storage Blob Data Contributor" --assignee-object-id "$me" --scope "$scope" -o none
  say "waiting for the new data-plane role to propagate"
  for _ in $(seq 30); do az storage container list --account-name "$account" --auth-mode login -o none 2>/dev/null && break; sleep 10; done
fi
for c in "$container" bundles; do
  az storage container create -n "$c" --account-name "$account" --auth-mode login -o none
done
az lock create -n keep-tfstate -g "$rg" --lock-type CanNotDelete -o none
