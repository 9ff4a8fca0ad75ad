#!/usr/bin/env bash
# Inspects built image tarballs without a Docker engine (bash + jq + tar):
#   - manifest.json names tailor/<svc>:<version>, the config and layers it lists are in the tarball,
#     and each layer's digest matches its file name;
#   - user 10001:10001, entrypoint `java ... <main class>`, the exposed port, the OCI labels;
#   - the layers hold /etc/os-release, /etc/passwd with uid 10001, the dpkg status, the Java runtime,
#     the app's classpath file, and /tmp with mode 1777.
# For scoring-gpu also (gpu_checks): ONNX Runtime's CUDA build and every CUDA library of gpu-libs.lock are in
# the layers, every library they need resolves inside the image except the driver's libcuda.so.1 (which must
# not be there), every symbol the CUDA provider takes from cudart/cuBLAS/cuBLASLt is defined by the bundled
# copy, the JVM is told to load ONNX Runtime from /opt/onnxruntime/lib, and no Windows binaries ride along.
# With --smoke also ops/images/smoke.sh (runs the image's java in a chroot).
#   ops/images/check.sh [--smoke] [svc...]     (default: api worker scoring scoring-gpu)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
smoke=
[[ ${1:-} == --smoke ]] && { smoke=1; shift; }
if [[ $# -gt 0 ]]; then services=("$@"); else services=(api worker scoring scoring-gpu); fi
declare -A port=([api]=8080 [worker]=8082 [scoring]=8081 [scoring-gpu]=8081)
declare -A main=([api]=io.tailor.api.ApiApplication [worker]=io.tailor.worker.WorkerApplication
  [scoring]=io.tailor.scoring.ScoringApplication [scoring-gpu]=io.tailor.scoring.ScoringApplication)
declare -A module=([api]=api [worker]=worker [scoring]=scoring [scoring-gpu]=scoring)
version=$(sed -n '0,/<artifactId>tailor<\/artifactId>/d; s/^\t<version>\(.*\)<\/version>/\1/p' "$repo/pom.xml" | head -1)
passed=0 failed=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { passed=$((passed + 1)); echo "PASS  $*"; }
bad() { failed=$((failed + 1)); echo "FAIL  $*"; }
expect() { # description actual expected
  if [[ $2 == "$3" ]]; then ok "$1"; else bad "$1: got '$2', want '$3'"; fi
}

gpu_checks() { # svc tarball dir (with manifest, config and the files list)
  local svc=$1 tarball=$2 dir=$3 root=$3/root lib needed missing sym unresolved
  c() { jq -c "$@" "$config"; }
  expect "$svc: ONNX Runtime loads from /opt/onnxruntime/lib" \
    "$(c -r '.config.Entrypoint | index("-Donnxruntime.native.path=/opt/onnxruntime/lib") != null')" true
  expect "$svc: LD_LIBRARY_PATH" "$(c -r '.config.Env | index("LD_LIBRARY_PATH=/opt/cuda/lib:/opt/onnxruntime/lib") != null')" true
  expect "$svc: CUDA is the default device" "$(c -r '.config.Env | index("TAILOR_SCORING_DEVICE=cuda") != null')" true
  expect "$svc: driver capabilities" "$(c -r '.config.Env | index("NVIDIA_DRIVER_CAPABILITIES=compute,utility") != null')" true
  if grep -qE 'win-x64|\.dll$' "$dir/files"; then bad "$svc: Windows binaries in the image"; else ok "$svc: no Windows binaries"; fi
  if grep -qE '/libcuda\.so' "$dir/files"; then bad "$svc: ships libcuda.so (the host driver's)"; else ok "$svc: no libcuda.so (the driver comes from the host)"; fi
  mkdir -p "$root"
  while read -r layer; do
    tar -xf "$tarball" -C "$dir" "$layer"
    tar --warning=no-unknown-keyword -xf "$dir/$layer" -C "$root" --wildcards 'opt/*' 'lib/*' 'usr/lib/*' 2>/dev/null || true
    rm -f "$dir/$layer"
  done < <(jq -r '.[0].Layers[]' "$dir/manifest.json")
  # (fed by process substitution, not a pipe: in a pipe's subshell ok/bad would not count)
  while IFS=$'\t' read -r _ _ _ files dest; do
    for lib in $files; do
      if [[ -f $root/$dest/$lib ]]; then ok "$svc: has /$dest/$lib"; else bad "$svc: /$dest/$lib missing"; fi
    done
  done < <(grep -v '^#' "$here/gpu-libs.lock")
  for lib in opt/onnxruntime/lib/libonnxruntime.so opt/onnxruntime/lib/libonnxruntime_providers_cuda.so \
    opt/cuda/lib/libcublas.so.12 opt/cuda/lib/libcublasLt.so.12 opt/cuda/lib/libcudart.so.12 opt/cuda/lib/libcurand.so.10; do
    [[ -f $root/$lib ]] || { bad "$svc: /$lib missing, its needs not checked"; continue; }
    missing=
    for needed in $(readelf -d "$root/$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
      [[ $needed == libcuda.so.1 ]] && continue
      # (not /lib64: its ld-linux link is absolute, so -e would follow it into this machine's /lib)
      [[ -e $root/opt/cuda/lib/$needed || -e $root/opt/onnxruntime/lib/$needed || -e $root/lib/x86_64-linux-gnu/$needed \
        || -e $root/usr/lib/x86_64-linux-gnu/$needed ]] || missing+=" $needed"
    done
    if [[ -z $missing ]]; then ok "$svc: every library /$lib needs is in the image"; else bad "$svc: /$lib needs$missing"; fi
  done
  # ONNX Runtime 1.29 was built against CUDA 12.8: each symbol it takes from a CUDA library must be there.
  for dep in libcudart.so.12 libcublas.so.12 libcublasLt.so.12; do
    [[ -f $root/opt/cuda/lib/$dep && -f $root/opt/onnxruntime/lib/libonnxruntime_providers_cuda.so ]] \
      || { bad "$svc: symbols from $dep not checked: a library is missing"; continue; }
    nm -D --defined-only "$root/opt/cuda/lib/$dep" | awk '{print $3}' | sed 's/@.*//' | sort -u >"$dir/have"
    nm -D --undefined-only "$root/opt/onnxruntime/lib/libonnxruntime_providers_cuda.so" | awk '{print $2}' \
      | grep "@$dep\$" | sed 's/@.*//' | sort -u >"$dir/need"
    unresolved=$(comm -23 "$dir/need" "$dir/have" | paste -sd' ')
    if [[ -s $dir/need && -z $unresolved ]]; then ok "$svc: the CUDA provider's $(wc -l <"$dir/need") symbols from $dep are defined"
    else bad "$svc: symbols from $dep missing: ${unresolved:-none needed?}"; fi
  done
  rm -rf "$root"
}

for svc in "${services[@]}"; do
  tarball=$repo/services/${module[$svc]}/target/$svc-image.tar
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
  [[ $svc == scoring-gpu ]] && gpu_checks "$svc" "$tarball" "$dir"
  if [[ -n $smoke ]]; then
    if "$here/smoke.sh" "$svc"; then ok "$svc: smoke run"; else bad "$svc: smoke run"; fi
  fi
done
echo "images check: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
