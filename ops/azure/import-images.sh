#!/usr/bin/env bash
# Third-party images the overlay runs (collector, NVIDIA device plugin, the db-grants job's
# psql) imported into the environment's ACR with az acr import: ACR fetches them itself, so this
# works against a registry with public access off. The overlay prefixes every image with the
# ACR login server (registry-replacement.yaml), so the ACR repository is the upstream name.
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az kubectl
load_outputs
acr=${acr_login_server%%.*}
images=$(kubectl kustomize "$OVERLAY" | sed -n 's/^ *image: *//p' | sort -u | sed "s|^$acr_login_server/||" | grep -v '^tailor/' || true)
images+=$'\n'$(sed -n 's|^ *image: *__ACR__/||p' "$repo/ops/azure/k8s/db-grants.yaml")
for image in $images; do
  case ${image%%/*} in
    *.*) source=$image ;;                     # names its registry (nvcr.io/...)
    *) [[ $image == */* ]] && source=docker.io/$image || source=docker.io/library/$image ;;
  esac
  say "az acr import $source -> $acr/$image"
  az acr import --name "$acr" --source "$source" --image "$image" --force -o none
done
