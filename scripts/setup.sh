#!/usr/bin/env bash
# Installs what SSC Catalogue needs on Debian 12 (only what is missing),
# then configures and builds it in ./build. Used by run.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build
  qt6-base-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n iso-codes
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
  libxkbcommon-dev libvulkan-dev libgl-dev
  nlohmann-json3-dev catch2 libxlsxwriter-dev libroaring-dev libsqlite3-dev
  libxml2-utils poppler-utils python3-openpyxl python3-jsonschema
  xvfb xauth xdotool fonts-dejavu-core fonts-wqy-microhei pkg-config zlib1g-dev
  postgresql libpq-dev qtkeychain-qt6-dev
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
