#!/usr/bin/env bash
# Checks the Debian packages the app (run) or the test suite (test) needs.
# Installs what is missing when running as root; otherwise prints the exact apt command and stops.
set -euo pipefail
doel="${1:-run}"
pakketten=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
if [ "$doel" = "test" ]; then
  pakketten+=(chromium poppler-utils)
fi
ontbreekt=()
for p in "${pakketten[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    ontbreekt+=("$p")
  fi
done
[ ${#ontbreekt[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -eq 0 ]; then
  echo "Systeempakketten installeren: ${ontbreekt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${ontbreekt[@]}"
else
  echo "Deze systeempakketten ontbreken: ${ontbreekt[*]}" >&2
  echo "Installeer ze met:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${ontbreekt[*]}" >&2
  exit 1
fi
