#!/usr/bin/env bash
# Builds tailor/gpu-base: tailor/base (ops/images/base.sh) plus one layer with ONNX Runtime's CUDA build and
# the CUDA 12 runtime libraries it links (gpu-libs.lock: cudart, cuBLAS, cuBLASLt, cuRAND, NVRTC; no driver,
# which the NVIDIA container runtime mounts from the host). The jars come from ~/.m2 when there, else from
# Maven Central, and must match their pinned sha256; only the libraries taken from them are kept, in
# OUT_DIR/libs (1.4 GB; re-extracted only when gpu-libs.lock changes), the downloaded jars (2.9 GB) are not.
#   ops/images/gpu.sh [OUT_DIR]   -> OUT_DIR/gpu-base.tar (default var/images/gpu)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/var/images/gpu}
base=$repo/var/images/base/base.tar
mkdir -p "$out"
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-0}
inputs=$( (cat "$here/gpu.sh" "$here/gpu-libs.lock" "$here/mkimage.py"; sha256sum "$base") | sha256sum | cut -c1-16)
if [[ -f $out/gpu-base.tar && $(cat "$out/inputs" 2>/dev/null) == "$inputs" ]]; then
  echo "gpu-base: up to date ($out/gpu-base.tar, inputs $inputs)"
  exit 0
fi
started=$SECONDS
root=$out/libs
libs_key=$(sha256sum "$here/gpu-libs.lock" | cut -c1-16)
if [[ ! -d $root || $(cat "$out/libs.key" 2>/dev/null) != "$libs_key" ]]; then
  rm -rf "$root" "$root.new" "$out/jars" && mkdir -p "$root.new"
  while IFS=$'\t' read -r sha path dir files dest; do
    jar=$HOME/.m2/repository/$path
    if [[ ! -f $jar ]]; then
      jar=$out/download.jar
      curl -fsSL --retry 3 -o "$jar" "https://repo1.maven.org/maven2/$path"
    fi
    echo "$sha  $jar" | sha256sum -c --status || { echo "gpu: $path ($jar) does not match its pinned sha256" >&2; exit 1; }
    mkdir -p "$root.new/$dest"
    unzip -q -o -j "$jar" $(for f in $files; do printf "%s/%s " "$dir" "$f"; done) -d "$root.new/$dest"
    if [[ $path == */onnxruntime_gpu-* ]]; then
      mkdir -p "$root.new/usr/share/doc/tailor-gpu"
      unzip -q -o -j "$jar" ThirdPartyNotices.txt -d "$root.new/usr/share/doc/tailor-gpu"
    fi
    rm -f "$out/download.jar"
  done < <(grep -v '^#' "$here/gpu-libs.lock")
  mv "$root.new" "$root"
  echo "$libs_key" >"$out/libs.key"
  echo "gpu: libraries of gpu-libs.lock extracted to $root in $((SECONDS - started)) s"
fi
# Where the licences of what this layer carries are: ONNX Runtime's notices, NVIDIA's CUDA EULA (these
# libraries are among its redistributable runtime components).
mkdir -p "$root/usr/share/doc/tailor-gpu"
cat >"$root/usr/share/doc/tailor-gpu/README" <<'TXT'
/opt/onnxruntime/lib: ONNX Runtime 1.29.0 GPU build (MIT; ThirdPartyNotices.txt), from
  com.microsoft.onnxruntime:onnxruntime_gpu:1.29.0.
/opt/cuda/lib: NVIDIA CUDA 12 runtime libraries (cudart, cuRAND, NVRTC 12.9; cuBLAS, cuBLASLt 12.6),
  redistributable under the NVIDIA CUDA Toolkit EULA (https://docs.nvidia.com/cuda/eula/), from the
  org.bytedeco cuda-redist 12.9-9.10-1.5.12 and cuda 12.6-9.5-1.5.11 (linux-x86_64-redist) jars.
The NVIDIA driver (libcuda.so.1) is not here: the NVIDIA container runtime mounts the host's.
TXT
chmod -R u+rwX,go+rX,go-w "$root"
chmod 0644 "$root/usr/share/doc/tailor-gpu/"*
id=$(python3 "$here/mkimage.py" --from "$base" --out "$out/gpu-base.tar.new" --tag "tailor/gpu-base:$inputs" \
  --layer "$root" --history "ONNX Runtime 1.29.0 GPU build and CUDA 12 runtime libraries (ops/images/gpu-libs.lock)" \
  --env LD_LIBRARY_PATH=/opt/cuda/lib:/opt/onnxruntime/lib \
  --env NVIDIA_DRIVER_CAPABILITIES=compute,utility \
  --env TAILOR_SCORING_DEVICE=cuda \
  --label org.opencontainers.image.title=tailor-gpu-base \
  --label "org.opencontainers.image.description=tailor/base with ONNX Runtime's CUDA build and the CUDA 12 runtime libraries" \
  --label io.tailor.onnxruntime.native.path=/opt/onnxruntime/lib)
mv "$out/gpu-base.tar.new" "$out/gpu-base.tar"
echo "$inputs" >"$out/inputs"
echo "gpu-base: $out/gpu-base.tar $(du -m "$out/gpu-base.tar" | cut -f1) MB, image id $id, $((SECONDS - started)) s"
