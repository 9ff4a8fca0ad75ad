#!/usr/bin/env bash
# `make images`: the base image (ops/images/base.sh, cached under var/images/base), then one image per
# service with Jib (root pom.xml, profile `images`), each written as a Docker image archive to
# services/<svc>/target/<svc>-image.tar and tagged tailor/<svc>:<project version> and tailor/<svc>:local.
# scoring-gpu is the scoring service on tailor/gpu-base (ops/images/gpu.sh: ONNX Runtime's CUDA build and
# the CUDA 12 runtime libraries), written to services/scoring/target/scoring-gpu-image.tar.
# Prints each tarball's size, image id (config digest) and manifest digest.
#   ops/images/build.sh [svc...]        (default: api worker scoring scoring-gpu)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"
export JAVA_HOME=${JAVA_HOME_25:-$(ops/local/java-home.sh)}
if [[ $# -gt 0 ]]; then services=("$@"); else services=(api worker scoring scoring-gpu); fi
started=$SECONDS

declare -A module=([api]=api [worker]=worker [scoring]=scoring [scoring-gpu]=scoring)
jvm_flags=-Djava.io.tmpdir=/tmp,-XX:MaxRAMPercentage=75,-XX:+ExitOnOutOfMemoryError,--enable-native-access=ALL-UNNAMED

ops/images/base.sh
if [[ " ${services[*]} " == *" scoring-gpu "* ]]; then ops/images/gpu.sh; fi

# Labels: the commit (marked -dirty when the work tree differs from it) and where the source lives.
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
[[ $revision == unknown || -z $(git status --porcelain --untracked-files=no 2>/dev/null) ]] || revision=$revision-dirty
source_url=$(git remote get-url origin 2>/dev/null || true)
[[ -n $source_url ]] || { [[ -n ${GITHUB_REPOSITORY:-} ]] && source_url=${GITHUB_SERVER_URL:-https://github.com}/$GITHUB_REPOSITORY; } || true
source_url=${source_url:-unknown}

# One reactor invocation builds the modules and their images, so jobs-core comes from target/, never from
# ~/.m2. Each service's port and main class are properties in its pom; libraries set jib.skip.
jib=com.google.cloud.tools:jib-maven-plugin:buildTar
labels=(-Dtailor.image.revision="$revision" -Dtailor.image.source="$source_url")
cpu_modules=$(for s in "${services[@]}"; do [[ $s == scoring-gpu ]] || echo "services/${module[$s]}"; done | sort -u | paste -sd,)
if [[ -n $cpu_modules ]]; then
  ./mvnw -B -q -Pimages -DskipTests -pl "$cpu_modules" -am package "$jib" "${labels[@]}" 2> >(grep -v -e '^WARNING: ' >&2)
fi
if [[ " ${services[*]} " == *" scoring-gpu "* ]]; then # ONNX Runtime loads its natives from the GPU layer, not from its jar
  ./mvnw -B -q -Pimages -DskipTests -pl services/scoring -am package "$jib" "${labels[@]}" \
    -Dtailor.image.name=scoring-gpu "-Dtailor.image.base=tar://$PWD/var/images/gpu/gpu-base.tar" \
    "-Djib.container.jvmFlags=$jvm_flags,-Donnxruntime.native.path=/opt/onnxruntime/lib" 2> >(grep -v -e '^WARNING: ' >&2)
fi

echo
printf '%-32s %8s  %-71s  %s\n' image MB "image id (config digest)" "manifest digest"
for svc in "${services[@]}"; do
  target=services/${module[$svc]}/target
  printf '%-32s %8s  %-71s  %s\n' "$(jq -r .image "$target/$svc-image.json")" "$(du -m "$target/$svc-image.tar" | cut -f1)" \
    "$(cat "$target/$svc-image.id")" "$(cat "$target/$svc-image.digest")"
done
echo "tarballs: $(for s in "${services[@]}"; do printf 'services/%s/target/%s-image.tar ' "${module[$s]}" "$s"; done)"
echo "make images took $((SECONDS - started)) s"
