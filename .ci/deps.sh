#!/usr/bin/env bash
# Install what the plugin's development needs: Debian packages (as root) and a venv from /usr/bin/python3.
#   .ci/deps.sh VENV
set -euo pipefail
venv=${1:-.venv}
debs="qgis python3-qgis qgis-providers python3-rasterio python3-gdal gdal-bin xvfb xauth python3-venv
postgresql postgresql-postgis qttools5-dev-tools"

# shellcheck disable=SC2086
missing=$(dpkg-query -W -f='${Status} ${Package}\n' $debs 2>&1 | grep -v "^install ok installed" | awk '{print $NF}' || true)
if [ -n "$missing" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Missing Debian packages: $missing" >&2
    echo "Install them with: sudo apt-get install $debs" >&2
    exit 1
  fi
  echo "== apt-get install $(echo $missing)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # shellcheck disable=SC2086
  apt-get install -y -qq --no-install-recommends $debs >/dev/null
fi

stamp="$venv/.requirements.sha"
want=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [ ! -x "$venv/bin/python" ]; then
  echo "== creating $venv from /usr/bin/python3 (with system site packages for PyQGIS)"
  /usr/bin/python3 -m venv --system-site-packages "$venv"
fi
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "== pip install -r requirements-dev.txt into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  echo "$want" > "$stamp"
fi

# The libraries the plugin ships, as private copies in ext_libs/ (requirements-plugin.txt), and the compiled
# translations (i18n/*.qm): both for the real QGIS started by make run and the tests. Quick when up to date.
"$venv/bin/python" .ci/vendor.py
"$venv/bin/python" .ci/translations.py release
