#!/usr/bin/env bash
# Checks the Debian packages the app (run) or the test suite (test) needs.
# Installs what is missing when running as root; otherwise prints the exact apt command and stops.
set -euo pipefail
doel="${1:-run}"
pakketten=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core)
if [ "$doel" = "test" ]; then
  pakketten+=(chromium poppler-utils)
  # The Nu HTML Checker (vnu.jar) runs on Java and comes from npm (see below).
  command -v java >/dev/null 2>&1 || pakketten+=(default-jre-headless)
  command -v npm >/dev/null 2>&1 || pakketten+=(npm)
fi
ontbreekt=()
for p in "${pakketten[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    ontbreekt+=("$p")
  fi
done
# The Nu HTML Checker, pinned, in .cache/ (not in git): tests/test_html_geldig.py uses it.
VNU_VERSIE=26.9.27
vnu_installeren() {
  [ "$doel" = "test" ] || return 0
  [ -f .cache/vnu/node_modules/vnu-jar/build/dist/vnu.jar ] && return 0
  echo "Nu HTML Checker installeren (vnu-jar $VNU_VERSIE, npm)"
  npm install --silent --no-audit --no-fund --ignore-scripts --prefix .cache/vnu "vnu-jar@$VNU_VERSIE"
}
if [ ${#ontbreekt[@]} -eq 0 ]; then
  vnu_installeren
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  echo "Systeempakketten installeren: ${ontbreekt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${ontbreekt[@]}"
  vnu_installeren
else
  echo "Deze systeempakketten ontbreken: ${ontbreekt[*]}" >&2
  echo "Installeer ze met:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${ontbreekt[*]}" >&2
  exit 1
fi
