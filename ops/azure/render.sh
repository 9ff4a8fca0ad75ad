#!/usr/bin/env bash
# The manifests of one environment with this release's image tag, from a copy of k8s/ so the
# committed overlay stays untouched. usage: render.sh <env> <image tag>
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need_env "${1:-}"
tag=${2:?image tag}
need_tools kubectl
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
cp -r "$repo/k8s" "$work/k8s"; rm -rf "$work/k8s/tests"
[[ -f $OVERLAY/tf-outputs.env ]] || die "$OVERLAY/tf-outputs.env is missing: run ops/azure/outputs.sh $ENV"
# Only this project's images take the release tag; third-party images keep their pinned ones.
sed -i -E "/name: tailor\/(api|worker|scoring)/{n;s/newTag: .*/newTag: \"$tag\"/}" "$work/k8s/overlays/$ENV/kustomization.yaml"
kubectl kustomize "$work/k8s/overlays/$ENV"
