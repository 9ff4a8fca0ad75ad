#!/usr/bin/env bash
# Imports the Grafana dashboards of ops/dashboards (tailor-*.json) into an Azure Managed Grafana, into
# the folder "Tailor", overwriting the previous version of each (same uid). Idempotent.
# terraform apply runs it (infra/modules/observability/grafana.tf, terraform_data.dashboards) whenever the
# instance, a dashboard file or this script changes, as the identity Terraform runs as, which the same
# apply makes Grafana Editor on the instance. Not a step of make up: to import again without a change,
#   terraform -chdir=infra/envs/<env> apply -replace='module.platform.module.observability.terraform_data.dashboards'
# Needs az (logged in), its "amg" extension (added when absent) and jq.
#   ops/azure/grafana-dashboards.sh <resource-group> <grafana-name> [dashboards-dir]
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
(($# == 2 || $# == 3)) || die "usage: $0 <resource-group> <grafana-name> [dashboards-dir]"
group=$1 grafana=$2 dir=${3:-$repo/ops/dashboards}
need_tools az jq
compgen -G "$dir/tailor-*.json" >/dev/null || die "no tailor-*.json dashboards in $dir"

az extension show --name amg >/dev/null 2>&1 || az extension add --name amg --only-show-errors

# The Grafana Editor role Terraform has just assigned takes minutes to reach the data plane.
folder='' tries=0
until folder=$(az grafana folder list -g "$group" -n "$grafana" --query "[?title=='Tailor'].uid | [0]" -o tsv 2>/dev/null); do
  tries=$((tries + 1))
  ((tries < ${GRAFANA_WAIT_TRIES:-20})) || die "cannot read the folders of $grafana in $group: is $(az account show --query user.name -o tsv) Grafana Editor there?"
  say "grafana: waiting for data-plane access to $grafana ($tries)"
  sleep "${GRAFANA_WAIT_SECONDS:-30}"
done
if [[ -z $folder ]]; then
  folder=$(az grafana folder create -g "$group" -n "$grafana" --title Tailor --query uid -o tsv)
fi

for file in "$dir"/tailor-*.json; do
  # {dashboard: ...} without the file's numeric id (the instance assigns it); the uid keeps it one dashboard.
  definition=$(jq '{dashboard: del(.id)}' "$file")
  az grafana dashboard create -g "$group" -n "$grafana" --definition "$definition" \
    --folder "$folder" --overwrite true --only-show-errors >/dev/null
  say "grafana: $(jq -r .title "$file") ($(jq -r .uid "$file"))"
done
say "dashboards: $(az grafana show -g "$group" -n "$grafana" --query properties.endpoint -o tsv)/dashboards/f/$folder"
