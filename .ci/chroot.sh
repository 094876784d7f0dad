#!/usr/bin/env bash
# Run the test suite inside a Debian chroot that has a newer QGIS than the host.
#   .ci/chroot.sh trixie   -> QGIS 3.40 LTR       .ci/chroot.sh sid -> QGIS 3.44
# The chroot is built once by debootstrap and reused: as root in /var/cache/terrascope-explorer/chroots (shared by
# every checkout on the machine, CI's fresh clones included), else in .cache/chroots; TERRASCOPE_CHROOTS overrides.
# The repository is bind-mounted at the same path, so the suite runs on the very same checkout.
set -euo pipefail

suite=${1:-trixie}
shift || true
repo=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" = 0 ]; then default_root=/var/cache/terrascope-explorer/chroots; else default_root="$repo/.cache/chroots"; fi
dir="${TERRASCOPE_CHROOTS:-$default_root}/$suite"
stamp="$dir/.terrascope-ready-v1"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
packages="qgis python3-qgis qgis-providers python3-rasterio python3-gdal gdal-bin xvfb xauth python3-venv
python3-pip postgresql postgresql-postgis make git ca-certificates qttools5-dev-tools"
# sid's Python (3.14) has no shapely wheel on PyPI for the pinned release: Debian's is used there
if [ "$suite" = sid ]; then packages="$packages python3-shapely"; fi

mkdir -p "$(dirname "$dir")"
# One run at a time per chroot: two runs would mount over each other and unmount each other's /proc.
exec 9>"$dir.lock"
flock 9

mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 143' INT TERM  # exit through the EXIT trap, which unmounts

bind() {  # bind SRC DEST-inside-chroot
  mkdir -p "$dir$2"
  mount --bind "$1" "$dir$2"
  mounted+=("$dir$2")
}

enter() {
  mkdir -p "$dir/proc" "$dir/sys" "$dir/dev"
  mount -t proc proc "$dir/proc"; mounted+=("$dir/proc")
  bind /sys /sys
  bind /dev /dev
  bind /dev/pts /dev/pts
  mkdir -p "$dir/dev/shm"
  cp /etc/resolv.conf "$dir/etc/resolv.conf"
  # pip inside trusts what the host's pip trusts (a site may intercept TLS with its own CA)
  mkdir -p "$dir/etc/ssl"
  cp "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$dir/etc/ssl/host-ca-certificates.crt"
}

if [ ! -f "$stamp" ]; then
  echo "== building the $suite chroot in $dir (once)"
  rm -rf "$dir"
  mkdir -p "$dir"
  debootstrap --variant=minbase "$suite" "$dir" "$mirror"
  enter
  # a mirror serving a frozen snapshot of sid has an expired Release date: the signature is still checked
  chroot "$dir" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get -o Acquire::Check-Valid-Until=false update -qq
  touch "$stamp"
else
  enter
fi
# shellcheck disable=SC2086
missing=$(chroot "$dir" dpkg-query -W -f='${Status} ${Package}\n' $packages 2>&1 | grep -v "^install ok installed" || true)
if [ -n "$missing" ]; then
  echo "== installing into the $suite chroot: $(echo "$missing" | awk '{print $NF}' | tr '\n' ' ')"
  # shellcheck disable=SC2086
  chroot "$dir" /usr/bin/env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends $packages
fi

bind "$repo" "$repo"
echo "== QGIS in the $suite chroot: $(chroot "$dir" /usr/bin/python3 -c 'import qgis.core as q; print(q.Qgis.QGIS_VERSION)' 2>/dev/null)"
chroot "$dir" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
  PIP_DEFAULT_TIMEOUT=180 PIP_CERT=/etc/ssl/host-ca-certificates.crt \
  bash -c "cd '$repo' && make test VENV=.venv-$suite CHROOT_SUITE=$suite $*"
