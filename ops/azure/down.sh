#!/usr/bin/env bash
# make down ENV=<env>: destroys what make up created, except the state account (shared by the
# environments) and soft-deleted names: Key Vault (purge protection, 90 days) and APIM are
# recovered by the next make up (provider features recover_soft_deleted*).
# AUTO_APPROVE=1 destroys without asking.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools terraform az
[[ $ENV != prod || ${ALLOW_PROD_DOWN:-0} == 1 ]] || die "refusing to destroy prod without ALLOW_PROD_DOWN=1"
: "${TF_VAR_subscription_id:=$(az account show --query id -o tsv)}"
: "${TF_VAR_tenant_id:=$(az account show --query tenantId -o tsv)}"
[[ -n ${TF_VAR_admin_group_object_id:-} ]] || die "set TF_VAR_admin_group_object_id (the operators' Entra group)"
export TF_VAR_subscription_id TF_VAR_tenant_id
tf_init
args=(-input=false)
[[ ${AUTO_APPROVE:-0} == 1 ]] && args+=(-auto-approve)
terraform -chdir="$ROOT" destroy "${args[@]}"
account=$(backend storage_account_name)
az storage blob delete-batch --auth-mode login --account-name "$account" -s bundles --pattern "$ENV/*" -o none || true
rm -f "$repo/k8s/overlays/$ENV/tf-outputs.env"
