#!/usr/bin/env bash
# Installs what samsim needs from Debian 12 packages (and the report's chart library from npm),
# only what is missing, and says what it installs. Idempotent: a no-op on a ready machine.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ make pkg-config
  libeigen3-dev libtbb-dev libyaml-cpp-dev catch2 libcli11-dev libfmt-dev nlohmann-json3-dev
  libcpp-httplib-dev                         # samsim serve: the workshop web server
  libssl-dev                                 # SHA-256 of imported organisation files (libcrypto)
  libboost-dev                               # Sobol sequence (Joe–Kuo direction numbers), quantiles
  python3 python3-networkx python3-igraph   # reference libraries for the network-measure tests
  r-base-core r-cran-survival               # R's survival package: the case records' RMST check
  time hyperfine curl                        # bench/ measurements
  libopenmpi-dev openmpi-bin                 # sweeps across a cluster (mpirun samsim sweep)
  chromium                                   # report: headless browser test
  clang-14 libclang-rt-14-dev                # fuzz preset: libFuzzer, ASan, UBSan
  clang-tidy-14 clang-format-14              # make lint (.ci/run)
)
# Node.js and npm may come from Debian or from NodeSource (whose nodejs bundles npm): ask for the
# commands, not the packages, so a working npm is never replaced.
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "samsim: installing missing Debian packages: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "samsim: need root to install them; run: sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "samsim: all Debian packages present"
fi

if [[ -f package.json ]]; then
  if [[ ! -d node_modules ]] || [[ package-lock.json -nt node_modules/.package-lock.json ]]; then
    echo "samsim: installing npm packages from package-lock.json (chart library for reports)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
fi
