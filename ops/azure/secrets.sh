#!/usr/bin/env bash
# The App Insights connection string the OpenTelemetry collector mounts, written into the
# private Key Vault through ARM (the control plane works from anywhere; the vault's data plane
# only through its private endpoint). Skipped when Terraform writes it (manage_appinsights_secret).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az jq
load_outputs
# Core az only (no application-insights extension to install on a fresh runner).
appi=$(az resource list -g "$resource_group_name" --resource-type microsoft.insights/components --query '[0].id' -o tsv)
[[ -n $appi ]] || die "no Application Insights component in $resource_group_name"
cs=$(az resource show --ids "$appi" --query properties.ConnectionString -o tsv)
vault=$(az keyvault show -n "$key_vault_name" --query id -o tsv)
jq -n --arg v "$cs" '{properties: {value: $v, contentType: "text/plain"}}' > "${TMPDIR:-/tmp}/secret.$$.json"
trap 'rm -f "${TMPDIR:-/tmp}/secret.$$.json"' EXIT
az rest --method put --url "$vault/secrets/appinsights-connection-string?api-version=2023-07-01" \
  --body "@${TMPDIR:-/tmp}/secret.$$.json" -o none
say "appinsights-connection-string written to $key_vault_name (ARM)"
