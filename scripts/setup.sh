#!/usr/bin/env bash
# Installs what Mallory needs on Debian 12 (idempotent; silent when everything is there),
# then the npm reference tools (solc, @ethereumjs/vm) used by the differential tests and
# @openzeppelin/contracts, which the import tests build on.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build ccache clang libclang-rt-14-dev
  libboost-dev libz3-dev libsqlite3-dev libsecp256k1-dev libcrypto++-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev
  pkg-config git clang-format
)
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm reference tools, pinned by package-lock.json; reinstalled only when the lock changes.
if [ -f package-lock.json ]; then
  stamp=node_modules/.mallory-lock
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    echo "setup: installing npm reference tools" >&2
    npm ci --silent --no-audit --no-fund >/dev/null
    cp package-lock.json "$stamp"
  fi
fi
