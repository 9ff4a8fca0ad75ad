#!/usr/bin/env bash
# Imports the Grafana dashboards of ops/dashboards (tailor-*.json) into the environment's Azure Managed
# Grafana (Terraform: infra/modules/observability/grafana.tf), into the folder "Tailor", overwriting the
# previous version of each (same uid). Idempotent; ops/azure/up.sh runs it after the deploy. Needs the az "amg" extension and Grafana Admin or Editor on the
# instance (the operators' group has Grafana Admin).
#   ops/azure/grafana-dashboards.sh dev|staging|prod
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az jq
load_outputs

az extension show --name amg >/dev/null 2>&1 || az extension add --name amg --only-show-errors
grafana=$(az grafana list -g "$resource_group_name" --query '[0].name' -o tsv)
[[ -n $grafana ]] || die "no Azure Managed Grafana in $resource_group_name: run ops/azure/apply.sh $ENV"

folder=$(az grafana folder list -g "$resource_group_name" -n "$grafana" --query "[?title=='Tailor'].uid | [0]" -o tsv)
if [[ -z $folder ]]; then
  folder=$(az grafana folder create -g "$resource_group_name" -n "$grafana" --title Tailor --query uid -o tsv)
fi

for file in "$repo"/ops/dashboards/tailor-*.json; do
  # {dashboard: ...} without the file's numeric id (the instance assigns it); the uid keeps it one dashboard.
  definition=$(jq '{dashboard: del(.id)}' "$file")
  az grafana dashboard create -g "$resource_group_name" -n "$grafana" --definition "$definition" \
    --folder "$folder" --overwrite true --only-show-errors >/dev/null
  say "grafana: $(jq -r .title "$file") ($(jq -r .uid "$file"))"
done
say "dashboards: $(az grafana show -g "$resource_group_name" -n "$grafana" --query properties.endpoint -o tsv)/dashboards/f/$folder"
