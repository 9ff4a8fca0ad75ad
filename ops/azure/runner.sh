#!/usr/bin/env bash
# The in-VNet half of a deploy, run on the runner VM (remote.sh) or on CD's in-VNet runner:
# push the image tarballs to the private ACR, bootstrap the cluster (KEDA's identity, the
# worker's database role), apply the rendered manifests, grant the worker its tables, smoke through APIM.
# Runs from an unpacked bundle (remote.sh) or a checkout; reads k8s/overlays/<env>/tf-outputs.env.
# usage: runner.sh <env> <image tag> [phase...]   phases: images keda roles apply grants smoke (default: all)
#        LOGIN=msi (default, the VM's identity) | current (az already logged in: CD's in-VNet runner)
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
tag=${2:?image tag}
shift 2
phases=("${@:-images keda roles apply grants smoke}")
read -r -a phases <<<"${phases[*]}"
need_tools az kubectl kubelogin jq curl
load_outputs

if [[ ${LOGIN:-msi} == msi ]]; then
  az login --identity --client-id "$runner_client_id" -o none 2>/dev/null || az login --identity --username "$runner_client_id" -o none
fi

images() {
  say "images -> $acr_login_server (tag $tag)"
  shopt -s nullglob
  tarballs=("$repo"/images/*.tar)
  if ((${#tarballs[@]})); then
    need_tools skopeo
    password=$(az acr login --name "${acr_login_server%%.*}" --expose-token --query accessToken -o tsv)
    for t in "${tarballs[@]}"; do
      svc=$(basename "$t" -image.tar)
      skopeo copy --quiet --dest-creds "00000000-0000-0000-0000-000000000000:$password" \
        "docker-archive:$t" "docker://$acr_login_server/tailor/$svc:$tag"
    done
  fi
}

# prod runs this project's images by digest: each tailor/<name>:<tag> becomes @<digest in ACR>.
pin_digests() {
  local ref name digest
  grep -oE "$acr_login_server/tailor/[a-z-]+:$tag" "$repo/rendered.yaml" | sort -u | while read -r ref; do
    name=${ref#"$acr_login_server"/}; name=${name%:*}
    digest=$(az acr repository show --name "${acr_login_server%%.*}" --image "$name:$tag" --query digest -o tsv)
    [[ $digest == sha256:* ]] || die "no digest for $name:$tag in ACR"
    sed -i "s|$ref|$acr_login_server/$name@$digest|g" "$repo/rendered.yaml"
  done
}

kube() {
  say "cluster credentials ($aks_name)"
  export KUBECONFIG="$repo/.kubeconfig"
  az aks get-credentials -g "$resource_group_name" -n "$aks_name" --file "$KUBECONFIG" --overwrite-existing -o none
  if [[ ${LOGIN:-msi} == msi ]]; then kubelogin convert-kubeconfig -l msi --client-id "$runner_client_id"; else kubelogin convert-kubeconfig -l azurecli; fi
}

keda() {
  say "KEDA operator presents the keda identity"
  current=$(kubectl -n kube-system get sa keda-operator -o jsonpath='{.metadata.annotations.azure\.workload\.identity/client-id}' || true)
  if [[ $current != "$keda_client_id" ]]; then
    kubectl -n kube-system annotate sa keda-operator "azure.workload.identity/client-id=$keda_client_id" --overwrite
    kubectl -n kube-system rollout restart deployment keda-operator
    kubectl -n kube-system rollout status deployment keda-operator --timeout=5m
  fi
}

roles() {
  say "database: the worker's login role, the api's CREATE on schema public (as an Entra administrator: the runner's identity)"
  need_tools psql
  PGPASSWORD=$(az account get-access-token --resource-type oss-rdbms --query accessToken -o tsv) \
    psql "host=$postgres_fqdn dbname=postgres user=${PG_ADMIN_USER:-id-$runner_vm_name} sslmode=require" \
    -v ON_ERROR_STOP=1 -v worker="$worker_identity_name" -v api="$api_identity_name" -v db=tailor \
    -f "$repo/ops/azure/sql/roles.sql"
}

apply() {
  say "apply the rendered manifests"
  if [[ $ENV == prod ]]; then pin_digests; fi
  kubectl apply --server-side --force-conflicts -f "$repo/rendered.yaml"
  kubectl -n tailor rollout status deployment/api --timeout=10m
}

grants() {
  say "database: the worker's grants, as the api's role (after its migrations)"
  kubectl -n tailor create configmap db-grants-sql --from-file=grants.sql="$repo/ops/azure/sql/grants.sql" --dry-run=client -o yaml | kubectl apply -f -
  kubectl -n tailor delete job db-grants --ignore-not-found
  sed -e "s|__ACR__|$acr_login_server|" -e "s|__POSTGRES_FQDN__|$postgres_fqdn|" -e "s|__POSTGRES_SUBNET__|$postgres_subnet_cidr|" \
    -e "s|__API_IDENTITY__|$api_identity_name|" -e "s|__WORKER_IDENTITY__|$worker_identity_name|" \
    "$repo/ops/azure/k8s/db-grants.yaml" | kubectl apply -f -
  kubectl -n tailor wait --for=condition=complete job/db-grants --timeout=5m
  kubectl -n tailor rollout restart deployment/worker
  for d in worker scoring otel-collector; do kubectl -n tailor rollout status "deployment/$d" --timeout=15m; done
}

smoke() {
  say "smoke through APIM ($apim_gateway_url)"
  bash "$repo/ops/azure/smoke.sh" "$apim_gateway_url" "$security_audience"
}

kube
for phase in "${phases[@]}"; do
  case $phase in
    images | keda | roles | apply | grants | smoke) "$phase" ;;
    *) die "unknown phase $phase" ;;
  esac
done
