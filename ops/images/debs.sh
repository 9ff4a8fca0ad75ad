#!/usr/bin/env bash
# Downloads the Debian bookworm packages of the base image (ops/images/packages.txt) and their
# dependency closure into DIR, with an apt of its own (own sources, lists and an empty dpkg status),
# so the host's apt state and distribution do not matter (a Debian laptop and an Ubuntu CI runner
# get the same packages). Signatures are checked against the Debian archive keyring.
# Writes DIR/packages.lock: "<package> <version> <sha256 of the .deb>", sorted.
#   ops/images/debs.sh DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
keyring=${DEBIAN_KEYRING:-/usr/share/keyrings/debian-archive-keyring.gpg}

if [[ ! -r $keyring ]]; then
  # Ubuntu runners do not carry Debian's keyring; install it like the other offline checks do.
  if [[ $EUID -eq 0 ]]; then
    apt-get install -y -qq --no-install-recommends debian-archive-keyring >/dev/null
  elif sudo -n true 2>/dev/null; then
    sudo apt-get install -y -qq --no-install-recommends debian-archive-keyring >/dev/null
  fi
  [[ -r $keyring ]] || { echo "debs.sh: no Debian archive keyring at $keyring (apt-get install debian-archive-keyring)" >&2; exit 1; }
fi

apt_root=$out/apt
mkdir -p "$apt_root"/etc/apt/{apt.conf.d,preferences.d,sources.list.d,trusted.gpg.d} \
  "$apt_root"/state/lists/partial "$apt_root"/cache/archives/partial
: >"$apt_root/status"
cat >"$apt_root/etc/apt/sources.list" <<EOF
deb [arch=amd64 signed-by=$keyring] $mirror $suite main
deb [arch=amd64 signed-by=$keyring] $mirror $suite-updates main
deb [arch=amd64 signed-by=$keyring] $security_mirror $suite-security main
EOF
apt_opts=(
  -o "Dir::Etc=$apt_root/etc/apt" -o "Dir::State=$apt_root/state" -o "Dir::State::status=$apt_root/status"
  -o "Dir::Cache=$apt_root/cache" -o "Dir::Log=$apt_root" -o Debug::NoLocking=1
  -o APT::Architecture=amd64 -o APT::Architectures=amd64 -o Acquire::Languages=none
  -o APT::Install-Recommends=false -o APT::Install-Suggests=false -o APT::Sandbox::User=root
)
apt-get "${apt_opts[@]}" -qq update
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages.txt" | awk '{print $1}')
mapfile -t alone < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/packages-nodeps.txt" | awk '{print $1}')
# With an empty status every dependency is missing, so this downloads the whole closure.
rm -f "$apt_root"/cache/archives/*.deb
apt-get "${apt_opts[@]}" -qq -y --download-only install "${wanted[@]}" >/dev/null
# Data-only packages whose maintainer scripts (and the interpreters they need) the image leaves out.
(cd "$apt_root/cache/archives" && apt-get "${apt_opts[@]}" -qq download "${alone[@]}")

rm -rf "$out/debs" && mkdir -p "$out/debs"
mv "$apt_root"/cache/archives/*.deb "$out/debs/"
for deb in "$out"/debs/*.deb; do
  printf '%s %s %s\n' "$(dpkg-deb -f "$deb" Package)" "$(dpkg-deb -f "$deb" Version)" "$(sha256sum "$deb" | cut -d' ' -f1)"
done | sort >"$out/packages.lock"
echo "debs.sh: $(wc -l <"$out/packages.lock") packages from $suite (+updates, +security)"
