#!/usr/bin/env bash
# Inspects built image tarballs without a Docker engine (bash + jq + tar):
#   - manifest.json names tailor/<svc>:<version>, the config and layers it lists are in the tarball,
#     and each layer's digest matches its file name;
#   - user 10001:10001, entrypoint `java ... <main class>`, the exposed port, the OCI labels;
#   - the layers hold /etc/os-release, /etc/passwd with uid 10001, the dpkg status, the Java runtime,
#     the app's classpath file, and /tmp with mode 1777.
# With --smoke also ops/images/smoke.sh (runs the image's java in a chroot).
#   ops/images/check.sh [--smoke] [svc...]     (default: every services/*/target/*-image.tar of api, worker, scoring)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
smoke=
[[ ${1:-} == --smoke ]] && { smoke=1; shift; }
if [[ $# -gt 0 ]]; then services=("$@"); else services=(api worker scoring); fi
declare -A port=([api]=8080 [worker]=8082 [scoring]=8081)
declare -A main=([api]=io.tailor.api.ApiApplication [worker]=io.tailor.worker.WorkerApplication
  [scoring]=io.tailor.scoring.ScoringApplication)
version=$(sed -n '0,/<artifactId>tailor<\/artifactId>/d; s/^\t<version>\(.*\)<\/version>/\1/p' "$repo/pom.xml" | head -1)
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); echo "PASS  $*"; }
bad() { failed=$((failed + 1)); echo "FAIL  $*"; }
expect() { # description actual expected
  if [[ $2 == "$3" ]]; then ok "$1"; else bad "$1: got '$2', want '$3'"; fi
}

for svc in "${services[@]}"; do
  tarball=$repo/services/$svc/target/$svc-image.tar
  [[ -f $tarball ]] || { bad "$svc: $tarball missing (make images)"; continue; }
  dir=$tmp/$svc && mkdir -p "$dir"
  tar -xf "$tarball" -C "$dir" manifest.json
  manifest=$dir/manifest.json
  expect "$svc: one image in the tarball" "$(jq length "$manifest")" 1
  expect "$svc: tagged tailor/$svc:$version" "$(jq -r --arg t "tailor/$svc:$version" '.[0].RepoTags | index($t) != null' "$manifest")" true
  config_name=$(jq -r '.[0].Config' "$manifest")
  tar -xf "$tarball" -C "$dir" "$config_name"
  config=$dir/$config_name
  c() { jq -c "$@" "$config"; }
  expect "$svc: user" "$(c -r .config.User)" "10001:10001"
  expect "$svc: entrypoint starts java" "$(c -r '.config.Entrypoint[0]')" java
  expect "$svc: entrypoint main class" "$(c -r '.config.Entrypoint[-1]')" "${main[$svc]}"
  expect "$svc: entrypoint temp dir /tmp" "$(c -r '.config.Entrypoint | index("-Djava.io.tmpdir=/tmp") != null')" true
  expect "$svc: exposed port" "$(c -r '.config.ExposedPorts | keys | join(",")')" "${port[$svc]}/tcp"
  expect "$svc: DJL cache under /tmp" "$(c -r '.config.Env | index("DJL_CACHE_DIR=/tmp/djl") != null')" true
  expect "$svc: label title" "$(c -r '.config.Labels["org.opencontainers.image.title"]')" "tailor-$svc"
  expect "$svc: label version" "$(c -r '.config.Labels["org.opencontainers.image.version"]')" "$version"
  for label in revision source; do
    value=$(c -r ".config.Labels[\"org.opencontainers.image.$label\"] // \"\"")
    if [[ -n $value ]]; then ok "$svc: label $label ($value)"; else bad "$svc: label org.opencontainers.image.$label missing"; fi
  done
  expect "$svc: no volumes" "$(c -r '(.config.Volumes // {}) | length')" 0
  expect "$svc: layers = diff_ids" "$(jq -r '.[0].Layers | length' "$manifest")" "$(c -r '.rootfs.diff_ids | length')"
  # Every layer is present; its digest (compressed or not) is its file name; list its files.
  : >"$dir/files"
  layer_ok=1
  while read -r layer; do
    tar -xf "$tarball" -C "$dir" "$layer" || { layer_ok=; continue; }
    name=${layer##*/}; name=${name%%.*}
    [[ $(sha256sum "$dir/$layer" | cut -d' ' -f1) == "$name" ]] || { echo "  digest of $layer differs from its name"; layer_ok=; }
    tar --warning=no-unknown-keyword -tvf "$dir/$layer" >>"$dir/files"
    rm -f "$dir/$layer"
  done < <(jq -r '.[0].Layers[]' "$manifest")
  [[ -n $layer_ok ]] && ok "$svc: $(jq -r '.[0].Layers | length' "$manifest") layers present, digests match" || bad "$svc: layers"
  has() { grep -qE " \.?/?$1( -> .*)?\$" "$dir/files"; }
  for path in etc/os-release usr/lib/os-release bin/sh etc/passwd var/lib/dpkg/status opt/java/openjdk/bin/java app/jib-classpath-file usr/bin/curl; do
    if has "$path"; then ok "$svc: has /$path"; else bad "$svc: /$path missing"; fi
  done
  if grep -qE '^drwxrwxrwt .* \.?/?tmp/?$' "$dir/files"; then ok "$svc: /tmp is 1777"; else bad "$svc: /tmp is not drwxrwxrwt"; fi
  if grep -qE '^d.* 10001/10001 .* \.?/?home/tailor/?$' "$dir/files"; then ok "$svc: /home/tailor owned by 10001"; else bad "$svc: /home/tailor not owned by 10001"; fi
  if grep -E ' \.?/?app/' "$dir/files" | grep -vqE ' 0/0 '; then bad "$svc: /app has files not owned by root"; else ok "$svc: /app owned by root (read-only to the app)"; fi
  if [[ -n $smoke ]]; then
    if "$here/smoke.sh" "$svc"; then ok "$svc: smoke run"; else bad "$svc: smoke run"; fi
  fi
done
echo "images check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
