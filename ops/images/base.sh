#!/usr/bin/env bash
# Builds the base image of every Tailor service, tailor/base, as a Docker image archive:
#   layer 1: a Debian bookworm userland unpacked from the .deb files of packages*.txt (ops/images/debs.sh),
#            with /etc/passwd and /etc/group (user tailor, 10001:10001), the dpkg status scanners read,
#            /etc/ssl/certs/ca-certificates.crt, /tmp (1777); docs except copyright files removed
#   layer 2: a Java 25 runtime jlink'd from the local JDK (jre-modules.txt) at /opt/java/openjdk
# Reproducible: the same .deb files and the same JDK give the same bytes (fixed mtimes, owners, order).
# Cached: rebuilt only when its inputs (these scripts and lists, the JDK's release file) change, or with
# REFRESH_BASE=1 (which also picks up Debian security updates).
#   ops/images/base.sh [OUT_DIR]       -> OUT_DIR/base.tar (default var/images/base)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
out=${1:-$repo/var/images/base}
mkdir -p "$out"
out=$(cd "$out" && pwd)
java_home=${JAVA_HOME_25:-$("$repo/ops/local/java-home.sh")}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-0}

inputs=$(cd "$here" && cat base.sh debs.sh mkimage.py packages.txt packages-nodeps.txt jre-modules.txt \
  "$java_home/release" | sha256sum | cut -c1-16)
if [[ -f $out/base.tar && -f $out/inputs && $(cat "$out/inputs") == "$inputs" && -z ${REFRESH_BASE:-} ]]; then
  echo "base: up to date ($out/base.tar, inputs $inputs)"
  exit 0
fi

"$here/debs.sh" "$out"

work=$out/work
rm -rf "$work" && mkdir -p "$work/rootfs" "$work/jre/opt/java"
root=$work/rootfs
status=$root/var/lib/dpkg/status
mkdir -p "$root/var/lib/dpkg/info"
: >"$status"
for deb in "$out"/debs/*.deb; do
  dpkg-deb -x "$deb" "$root"
  pkg=$(dpkg-deb -f "$deb" Package)
  # The status record scanners (Trivy) read: the package's control fields, marked installed.
  dpkg-deb -f "$deb" | awk -v st="Status: install ok installed" 'NR==1{print; print st; next} {print}' >>"$status"
  echo >>"$status"
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's#^\./#/#' -e 's#/$##' -e 's#^$#/.#' >"$root/var/lib/dpkg/info/$pkg.list"
done
# What maintainer scripts would have done, limited to what the image needs.
mkdir -p "$root/etc/ssl/certs" "$root/tmp" "$root/home/tailor" "$root/root"
find "$root/usr/share/ca-certificates/mozilla" -name '*.crt' | LC_ALL=C sort | xargs cat >"$root/etc/ssl/certs/ca-certificates.crt"
cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
tailor:x:10001:10001:Tailor service:/home/tailor:/usr/sbin/nologin
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
nogroup:x:65534:
tailor:x:10001:
EOF
printf 'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\nnetworks: files\nprotocols: files\nservices: files\n' >"$root/etc/nsswitch.conf"
ln -sf /usr/share/zoneinfo/Etc/UTC "$root/etc/localtime"
ln -sf dash "$root/bin/sh"
echo "Etc/UTC" >"$root/etc/timezone"
chmod 1777 "$root/tmp"
chmod 0755 "$root/home/tailor"
chmod 0700 "$root/root"
# Documentation, manuals and translations: not needed at run time (copyright files stay).
rm -rf "$root/usr/share/man" "$root/usr/share/info" "$root/usr/share/lintian" "$root/usr/share/locale"
find "$root/usr/share/doc" -type f ! -name copyright -delete
find "$root/usr/share/doc" -type l -delete
find "$root/usr/share/doc" -depth -type d -empty -delete

modules=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/jre-modules.txt" | paste -sd, -)
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$work/jre/opt/java/openjdk"
java_version=$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')
# jlink writes nothing time-dependent, but its file modes follow the umask: make them fixed.
chmod -R u+rwX,go+rX,go-w "$work/jre" "$root"
chmod 1777 "$root/tmp"
chmod 0700 "$root/root"

debian_version=$(cat "$root/etc/debian_version")
id=$(python3 "$here/mkimage.py" --out "$out/base.tar.new" --tag "tailor/base:$inputs" \
  --layer "$root" --history "Debian $debian_version: $(awk '{print $1"="$2}' "$out/packages.lock" | paste -sd' ' -)" \
  --layer "$work/jre" --history "jlink from Temurin $java_version: $modules" \
  --owner home/tailor=10001:10001 \
  --user 10001:10001 --workdir / \
  --env PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env JAVA_HOME=/opt/java/openjdk --env LANG=C.UTF-8 --env TZ=Etc/UTC \
  --env DJL_CACHE_DIR=/tmp/djl --env HOME=/home/tailor \
  --label org.opencontainers.image.title=tailor-base \
  --label "org.opencontainers.image.description=Debian $debian_version userland and a jlink'd Java $java_version runtime for the Tailor services" \
  --label "org.opencontainers.image.base.name=debian:bookworm (unpacked from .deb files, ops/images/base.sh)" \
  --label "io.tailor.java.version=$java_version" \
  --cmd java --cmd=-version)
mv "$out/base.tar.new" "$out/base.tar"
echo "$inputs" >"$out/inputs"
echo "$id" >"$out/image-id"
rm -rf "$work"
echo "base: $out/base.tar $(du -m "$out/base.tar" | cut -f1) MB, image id $id, Debian $debian_version, Java $java_version"
