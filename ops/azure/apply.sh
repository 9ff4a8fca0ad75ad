#!/usr/bin/env bash
# terraform init + plan + apply of one environment, from anywhere: with
# manage_appinsights_secret = false (the default) the apply touches control planes only.
# AUTO_APPROVE=1 applies without asking (CI, make up in e2e-azure.yml).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
# jq: the apply imports the Grafana dashboards (ops/azure/grafana-dashboards.sh, run by Terraform).
need_tools terraform az jq
[[ -f $repo/services/api/openapi/openapi.json ]] || die "services/api/openapi/openapi.json is missing (APIM imports it)"
: "${TF_VAR_subscription_id:=$(az account show --query id -o tsv)}"
: "${TF_VAR_tenant_id:=$(az account show --query tenantId -o tsv)}"
[[ -n ${TF_VAR_admin_group_object_id:-} ]] || die "set TF_VAR_admin_group_object_id (the operators' Entra group)"
export TF_VAR_subscription_id TF_VAR_tenant_id

tf_init
terraform -chdir="$ROOT" plan -out="$ENV.tfplan"
if [[ ${AUTO_APPROVE:-0} != 1 ]]; then
  read -r -p "apply this plan to $ENV? [y/N] " answer
  [[ $answer == y ]] || die "not applied"
fi
# APIM in Internal mode takes 45 minutes or more on the first apply.
terraform -chdir="$ROOT" apply -input=false "$ENV.tfplan"
rm -f "$ROOT/$ENV.tfplan"
