#!/usr/bin/env bash
# The in-VNet half of a deploy, run on the runner VM (remote.sh) or on CD's in-VNet runner:
# push the image tarballs to the private ACR, bootstrap the cluster (KEDA's identity, the
# worker's database role), issue the api's TLS certificate and make APIM trust its CA, apply the
# rendered manifests, grant the worker its tables, smoke through APIM.
# Runs from an unpacked bundle (remote.sh) or a checkout; reads k8s/overlays/<env>/tf-outputs.env.
# usage: runner.sh <env> <image tag> [phase...]   phases: images keda roles tls apply grants smoke (default: all)
#        LOGIN=msi (default, the VM's identity) | current (az already logged in: CD's in-VNet runner)
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
tag=${2:?image tag}
shift 2
phases=("${@:-images keda roles tls apply grants smoke}")
read -r -a phases <<<"${phases[*]}"
need_tools az kubectl kubelogin jq curl
load_outputs
apim_name=${apim_gateway_url#https://}
apim_name=${apim_name%%.*}

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

# The api's TLS certificate for APIM's backend (ops/infra.md section 5e). A leaf for
# $api_backend_fqdn (the record APIM calls) from a private CA that signs only it: the CA's key
# lives in memory for this phase and is discarded, its certificate is the one entry of APIM's Root
# store, and Key Vault keeps the leaf as $api_tls_certificate_name (PEM: key, leaf, CA), which the
# api mounts (SecretProviderClass api-tls). Issued when the vault has none, when it expires within
# 60 days, names another host or does not chain to its CA; until the api serves a new leaf APIM
# trusts the old and the new CA, and the next run drops the old one.
tls() {
  say "api TLS: $api_backend_fqdn ($key_vault_name/$api_tls_certificate_name, APIM $apim_name Root store)"
  need_tools openssl
  tls_dir=$(mktemp -d /dev/shm/tailor-tls.XXXXXX)
  trap 'rm -rf "$tls_dir"' EXIT
  local leaf="" ca="" issue=1 f trusted=()
  # The certificate's secret: the PEM the api mounts (its key, the leaf, the CA), into memory.
  if az keyvault secret download --vault-name "$key_vault_name" -n "$api_tls_certificate_name" -f "$tls_dir/current.pem" 2>"$tls_dir/err"; then
    awk -v dir="$tls_dir" '/-----BEGIN CERTIFICATE-----/ { n++ } n { print > (dir "/chain-" n ".pem") }' "$tls_dir/current.pem"
    rm -f "$tls_dir/current.pem"
    for f in "$tls_dir"/chain-*.pem; do
      if openssl x509 -in "$f" -noout -ext basicConstraints 2>/dev/null | grep -q 'CA:TRUE'; then ca=$f; else leaf=$f; fi
    done
    if [[ -n $leaf && -n $ca ]] && openssl x509 -in "$leaf" -noout -checkend $((60 * 86400)) >/dev/null \
      && [[ $(openssl x509 -in "$leaf" -noout -ext subjectAltName | tail -n +2 | tr -d ' ') == "DNS:$api_backend_fqdn" ]] \
      && openssl verify -CAfile "$ca" -purpose sslserver -verify_hostname "$api_backend_fqdn" "$leaf" >/dev/null; then
      issue=0
    fi
    # TLS_REISSUE=1 replaces a valid one (a leaked key); a second run then drops the old CA from APIM.
    if [[ ${TLS_REISSUE:-0} == 1 ]]; then issue=1; fi
  elif ! grep -q SecretNotFound "$tls_dir/err"; then
    cat "$tls_dir/err" >&2
    die "cannot read $api_tls_certificate_name from $key_vault_name"
  fi

  if ((issue)); then
    say "api TLS: issuing a new CA and leaf for $api_backend_fqdn"
    openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$tls_dir/ca.key"
    openssl req -x509 -new -key "$tls_dir/ca.key" -out "$tls_dir/ca.pem" -days 400 -sha256 -config /dev/null \
      -subj "/O=Tailor/CN=Tailor api CA $ENV $(date -u +%Y%m%dT%H%M%SZ)" \
      -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -addext "nameConstraints=critical,permitted;DNS:$api_backend_fqdn" -addext "subjectKeyIdentifier=hash"
    openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tls_dir/leaf.key"
    openssl req -x509 -new -key "$tls_dir/leaf.key" -out "$tls_dir/leaf.pem" -days 365 -sha256 -config /dev/null \
      -CA "$tls_dir/ca.pem" -CAkey "$tls_dir/ca.key" -subj "/CN=$api_backend_fqdn" \
      -addext "subjectAltName=DNS:$api_backend_fqdn" -addext "basicConstraints=critical,CA:FALSE" \
      -addext "keyUsage=critical,digitalSignature,keyEncipherment" -addext "extendedKeyUsage=serverAuth"
    rm -f "$tls_dir/ca.key"
    openssl verify -CAfile "$tls_dir/ca.pem" -purpose sslserver -verify_hostname "$api_backend_fqdn" "$tls_dir/leaf.pem" >/dev/null
    trusted=("$tls_dir/ca.pem")
    if [[ -n $ca ]] && openssl x509 -in "$ca" -noout -checkend 0 >/dev/null; then trusted+=("$ca"); fi
  else
    trusted=("$ca")
  fi

  apim_trust "${trusted[@]}"

  if ((issue)); then
    cat "$tls_dir/leaf.key" "$tls_dir/leaf.pem" "$tls_dir/ca.pem" >"$tls_dir/api-tls.pem"
    az keyvault certificate import --vault-name "$key_vault_name" -n "$api_tls_certificate_name" -f "$tls_dir/api-tls.pem" \
      --policy '{"keyProperties":{"exportable":true},"secretProperties":{"contentType":"application/x-pem-file"}}' -o none
    # The api reads its certificate at start (the CSI driver mounts the newest version in a new pod).
    if kubectl -n tailor get deployment api >/dev/null 2>&1; then
      kubectl -n tailor rollout restart deployment/api
      kubectl -n tailor rollout status deployment/api --timeout=10m
    fi
  fi
  rm -rf "$tls_dir"
}

# APIM's Root store (the service's certificates with storeName Root) becomes exactly these CA
# files, through ARM: a service update, which takes minutes to an hour in Internal mode.
apim_trust() {
  local url="/subscriptions/{subscriptionId}/resourceGroups/$resource_group_name/providers/Microsoft.ApiManagement/service/$apim_name?api-version=2022-08-01"
  local want have state body f
  want=$(for f in "$@"; do openssl x509 -in "$f" -noout -fingerprint -sha1 | sed 's/.*=//; s/://g'; done | sort -u | paste -sd' ')
  # "<provisioningState> <Root thumbprints…>"
  root_store() {
    az rest --method get --url "$url" -o tsv \
      --query "[properties.provisioningState, join(' ', properties.certificates[?storeName=='Root'].certificate.thumbprint || \`[]\`)]" \
      | tr '\t\n' '  ' | tr '[:lower:]' '[:upper:]'
    echo
  }
  read -r state have < <(root_store)
  have=$(tr ' ' '\n' <<<"$have" | sort -u | paste -sd' ')
  if [[ $state == SUCCEEDED && $have == "$want" ]]; then return 0; fi
  say "APIM $apim_name: Root store ${have:-empty} -> $want (a service update)"
  body=$(for f in "$@"; do
    jq -n --arg c "$(openssl x509 -in "$f" -outform der | base64 -w0)" '{encodedCertificate: $c, storeName: "Root"}'
  done | jq -s '{properties: {certificates: .}}')
  az rest --method patch --url "$url" --body "$body" -o none
  # Done when the update has finished and the store holds exactly these (not before: the api then
  # switches to the new leaf).
  for _ in $(seq 1 120); do
    sleep 30
    read -r state have < <(root_store)
    have=$(tr ' ' '\n' <<<"$have" | sort -u | paste -sd' ')
    if [[ $state == SUCCEEDED && $have == "$want" ]]; then return 0; fi
  done
  die "APIM $apim_name did not finish updating its Root store within an hour (state $state, Root store ${have:-empty})"
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
    images | keda | roles | tls | apply | grants | smoke) "$phase" ;;
    *) die "unknown phase $phase" ;;
  esac
done
