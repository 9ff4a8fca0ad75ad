#!/usr/bin/env bash
# Runs an image without Docker: unpacks its layers in order into a temp dir and, in a private mount
# namespace, makes that the root (read-only, with a tmpfs /tmp, /dev, /proc and a read-only /sys as a container runtime gives them),
# then as user 10001:10001 with the image's Env:
#   1. `java -version` (the image's userland and glibc run the jlink'd JVM);
#   2. for scoring (or SMOKE_START=1): the image's Entrypoint on a free port until
#      /readyz answers UP, asked with the image's own curl as docker-compose.yml does.
# Needs root (unshare, mount, chroot).
#   ops/images/smoke.sh <svc>          (reads services/<svc>/target/<svc>-image.tar)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
svc=$1
tarball=$repo/services/${svc%-gpu}/target/$svc-image.tar
start=${SMOKE_START:-$([[ $svc == scoring* ]] && echo 1 || echo 0)}
timeout_s=${SMOKE_TIMEOUT:-120}
[[ $EUID -eq 0 ]] || { echo "smoke.sh: needs root (unshare --mount, chroot)" >&2; exit 1; }

work=$(mktemp -d /tmp/tailor-smoke.XXXXXX)
pid=
cleanup() {
  if [[ -n $pid ]]; then # the entrypoint is the child of that unshare
    kill $(pgrep -P "$pid") 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/image" "$work/root"
tar -xf "$tarball" -C "$work/image"
manifest=$work/image/manifest.json
config=$work/image/$(jq -r '.[0].Config' "$manifest")
user=$(jq -r .config.User "$config")
mapfile -t envs < <(jq -r '.config.Env[]' "$config")
mapfile -t entrypoint < <(jq -r '.config.Entrypoint[]' "$config")
while read -r layer; do
  tar --warning=no-unknown-keyword --numeric-owner -xpf "$work/image/$layer" -C "$work/root"
done < <(jq -r '.[0].Layers[]' "$manifest")
rm -rf "$work/image"
mkdir -p "$work/root/proc" "$work/root/dev" "$work/root/sys"


ENVS_DECL=$(declare -p envs)

run() { # CMD...: inside the image's root (read-only), as its user, with its Env
  unshare --mount --pid --fork --propagation private bash -c '
    set -e; eval "$1"; r=$2; user=$3; shift 3
    mount --bind "$r" "$r"; mount -o remount,bind,ro "$r"
    mount -t tmpfs -o mode=1777,size=512m tmpfs "$r/tmp"
    mount --rbind /dev "$r/dev"; mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount -o remount,bind,ro "$r/sys"
    exec env -i "${envs[@]}" chroot --userspec="$user" "$r" "$@"
  ' bash "$ENVS_DECL" "$work/root" "$user" "$@"
}

echo "smoke $svc: java -version as $user in the image's root"
run java -version 2>&1 | sed 's/^/  /'
[[ ${PIPESTATUS[0]} -eq 0 ]] || { echo "smoke $svc: java -version failed"; exit 1; }

[[ $start == 1 ]] || exit 0
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_entrypoint EXTRA_ENV...: the image's entrypoint on a free port in its own mount and pid namespace,
# in the background (pid in $pid, log in $log); readiness is asked with the image's own curl, from a
# second chroot into the same tree.
start_entrypoint() {
  port=$(free_port)
  log=$(mktemp /tmp/tailor-smoke-$svc.XXXXXX.log)
  local management
  management=$(free_port)
  local with=("${envs[@]}" "SERVER_PORT=$port" "MANAGEMENT_PORT=$management" "$@")
  echo "smoke $svc: ${entrypoint[*]} on port $port with $* (log $log)"
  began=$SECONDS
  unshare --mount --pid --fork --kill-child --propagation private bash -c '
    set -e; eval "$1"; r=$2; user=$3; shift 3
    mount --bind "$r" "$r"; mount -o remount,bind,ro "$r"
    mount -t tmpfs -o mode=1777,size=512m tmpfs "$r/tmp"
    mount --rbind /dev "$r/dev"; mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount -o remount,bind,ro "$r/sys"
    exec env -i "${with[@]}" chroot --userspec="$user" "$r" "$@"
  ' bash "$(declare -p with)" "$work/root" "$user" "${entrypoint[@]}" >"$log" 2>&1 &
  pid=$!
}

await_ready() {
  ready=
  while (( SECONDS - began < timeout_s )); do
    kill -0 "$pid" 2>/dev/null || break
    if out=$(run curl -fsS "http://127.0.0.1:$port/readyz" 2>/dev/null) && [[ $out == *'"UP"'* ]]; then
      ready=1; break
    fi
    sleep 1
  done
  if [[ -z $ready ]]; then
    echo "smoke $svc: exited or not ready within ${timeout_s} s; last lines of the log:"; tail -30 "$log" | sed 's/^/  /'
    exit 1
  fi
  echo "smoke $svc: readiness UP after $((SECONDS - began)) s (asked with the image's curl): $out"
}

stop_entrypoint() {
  kill $(pgrep -P "$pid") 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=
}

if [[ $svc != scoring-gpu ]]; then
  start_entrypoint
  await_ready
  rm -f "$log"
  exit 0
fi

# The GPU image on a machine without a GPU: on the CPU it must serve with ONNX Runtime's GPU build loaded
# from /opt/onnxruntime/lib (not extracted from a jar); asked for CUDA it must stop with a clear error.
start_entrypoint TAILOR_SCORING_DEVICE=cpu
await_ready
java_pid=$(pgrep -P "$pid" | head -1)
# (maps shows the host's view of the path: the image root, then /opt/onnxruntime/lib)
lib_dir="$work/root/opt/onnxruntime/lib/"
if grep -qF " ${lib_dir}libonnxruntime.so" "/proc/$java_pid/maps" \
  && ! grep 'libonnxruntime' "/proc/$java_pid/maps" | grep -qvF " $lib_dir"; then
  echo "smoke $svc: ONNX Runtime mapped from /opt/onnxruntime/lib only"
else
  echo "smoke $svc: ONNX Runtime not loaded from /opt/onnxruntime/lib:"; grep onnxruntime "/proc/$java_pid/maps" | sed 's/^/  /'
  exit 1
fi
stop_entrypoint
rm -f "$log"
if [[ -e /dev/nvidia0 ]]; then
  echo "smoke $svc: a GPU is present; the CUDA start is left to the cluster's own smoke test"
  exit 0
fi
start_entrypoint TAILOR_SCORING_DEVICE=cuda
for _ in $(seq 1 "$timeout_s"); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then
  echo "smoke $svc: still running with TAILOR_SCORING_DEVICE=cuda and no GPU"; stop_entrypoint; exit 1
fi
status=0; wait "$pid" || status=$?; pid=
reason=$(grep -m1 -oE "tailor.embedding.device is cuda.{0,260}" "$log" || true)
# The loader maps the provider's NEEDED libraries in order (cuBLASLt, cuBLAS, cuRAND, cudart, then the driver's
# libcuda.so.1): failing on libcuda.so.1 means the image's CUDA libraries were all found.
loader=$(grep -m1 -oE "Failed to load library [^ ]*libonnxruntime_providers_cuda.so with error: [^[:cntrl:]]*" "$log" || true)
if [[ $status -ne 0 && -n $reason && $loader == *"libcuda.so.1: cannot open shared object file"* ]]; then
  echo "smoke $svc: without a GPU, TAILOR_SCORING_DEVICE=cuda stops the service (exit $status) after $((SECONDS - began)) s: $reason"
  echo "smoke $svc: ONNX Runtime: $loader (only the driver is missing)"
  rm -f "$log"
else
  echo "smoke $svc: with TAILOR_SCORING_DEVICE=cuda: exit $status, ONNX Runtime: ${loader:-no loader error}; want a non-zero"
  echo "  exit, the service's CUDA message and only libcuda.so.1 missing. Last lines of the log:"
  tail -20 "$log" | sed 's/^/  /'; exit 1
fi
