#!/usr/bin/env bash
# Third-party images the overlay runs (collector, NVIDIA device plugin, the db-grants job's
# psql) imported into the environment's ACR with az acr import: ACR fetches them itself, so this
# works against a registry with public access off. The overlay prefixes every image with the
# ACR login server in place of any upstream registry host (registry-replacement.yaml).
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
need_tools az kubectl
load_outputs
acr=${acr_login_server%%.*}
# What the overlay runs, as ACR repositories (registry-replacement.yaml swaps the upstream
# registry, if the name has one, for the ACR login server).
rendered=$(kubectl kustomize "$OVERLAY" | sed -n "s|^ *image: *$acr_login_server/||p" | sort -u)
# Upstream names as the manifests write them, plus the db-grants job's psql.
upstream=$(grep -rhoE '^ +image: +[^ ]+' "$repo/k8s/base" "$repo/k8s/components" | awk '{print $2}' | grep -v '^tailor/' | sort -u)
upstream+=$'\n'$(sed -n 's|^ *image: *__ACR__/||p' "$repo/ops/azure/k8s/db-grants.yaml")
rendered+=$'\n'$(sed -n 's|^ *image: *__ACR__/||p' "$repo/ops/azure/k8s/db-grants.yaml")
for source in $upstream; do
  image=$source
  if [[ $source == */* && ${source%%/*} == *.* ]]; then image=${source#*/}  # names its registry: nvcr.io/nvidia/...
  elif [[ $source == */* ]]; then source=docker.io/$source
  else source=docker.io/library/$source
  fi
  grep -qxF "$image" <<<"$rendered" || continue  # not in this overlay (the device plugin outside prod)
  say "az acr import $source -> $acr/$image"
  az acr import --name "$acr" --source "$source" --image "$image" --force -o none
done
