#!/usr/bin/env bash
# Runs an image without Docker: unpacks its layers in order into a temp dir and, in a private mount
# namespace, makes that the root (read-only, with a tmpfs /tmp, /dev, /proc and a read-only /sys as a container runtime gives them),
# then as user 10001:10001 with the image's Env:
#   1. `java -version` (the image's userland and glibc run the jlink'd JVM);
#   2. for scoring (or SMOKE_START=1): the image's Entrypoint on a free port until
#      /actuator/health/readiness answers UP, asked with the image's own curl as docker-compose.yml does.
# Needs root (unshare, mount, chroot).
#   ops/images/smoke.sh <svc>          (reads services/<svc>/target/<svc>-image.tar)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
svc=$1
tarball=$repo/services/$svc/target/$svc-image.tar
start=${SMOKE_START:-$([[ $svc == scoring ]] && echo 1 || echo 0)}
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
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
log=$(mktemp /tmp/tailor-smoke-$svc.XXXXXX.log)
echo "smoke $svc: ${entrypoint[*]} on port $port (log $log)"
began=$SECONDS
envs+=("SERVER_PORT=$port") ENVS_DECL=$(declare -p envs)
# The entrypoint runs in its own mount namespace; the probe is a second chroot into the same tree.
unshare --mount --pid --fork --kill-child --propagation private bash -c '
  set -e; eval "$1"; r=$2; user=$3; shift 3
  mount --bind "$r" "$r"; mount -o remount,bind,ro "$r"
  mount -t tmpfs -o mode=1777,size=512m tmpfs "$r/tmp"
  mount --rbind /dev "$r/dev"; mount -t proc proc "$r/proc"; mount --rbind /sys "$r/sys"; mount -o remount,bind,ro "$r/sys"
  exec env -i "${envs[@]}" chroot --userspec="$user" "$r" "$@"
' bash "$ENVS_DECL" "$work/root" "$user" "${entrypoint[@]}" >"$log" 2>&1 &
pid=$!
ready=
while (( SECONDS - began < timeout_s )); do
  kill -0 "$pid" 2>/dev/null || break
  if out=$(run curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null) && [[ $out == *'"UP"'* ]]; then
    ready=1; break
  fi
  sleep 1
done
if [[ -n $ready ]]; then
  echo "smoke $svc: readiness UP after $((SECONDS - began)) s (asked with the image's curl): $out"
  rm -f "$log"
else
  echo "smoke $svc: exited or not ready within ${timeout_s} s; last lines of the log:"; tail -30 "$log" | sed 's/^/  /'
  exit 1
fi
