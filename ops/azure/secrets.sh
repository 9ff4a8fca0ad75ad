#!/usr/bin/env bash
# The App Insights connection string the OpenTelemetry collector mounts, written into the
# private Key Vault through ARM (the control plane works from anywhere; the vault's data plane
# only through its private endpoint). Skipped when Terraform writes it (manage_appinsights_secret).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az jq
load_outputs
appi=$(az monitor app-insights component show -g "$resource_group_name" --query '[0].name' -o tsv)
cs=$(az monitor app-insights component show -g "$resource_group_name" -a "$appi" --query connectionString -o tsv)
vault=$(az keyvault show -n "$key_vault_name" --query id -o tsv)
jq -n --arg v "$cs" '{properties: {value: $v, contentType: "text/plain"}}' > "${TMPDIR:-/tmp}/secret.$$.json"
trap 'rm -f "${TMPDIR:-/tmp}/secret.$$.json"' EXIT
az rest --method put --url "$vault/secrets/appinsights-connection-string?api-version=2023-07-01" \
  --body "@${TMPDIR:-/tmp}/secret.$$.json" -o none
say "appinsights-connection-string written to $key_vault_name (ARM)"
