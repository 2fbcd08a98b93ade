#!/usr/bin/env bash
# Installs what EdocMan.Search needs from Debian's packages, only when something is missing.
# Usage: scripts/install-deps.sh [--browser]   (--browser adds Chromium for the browser tests)
set -euo pipefail

# tesseract-ocr-osd: orientation of pages scanned sideways; catdoc: old Word .doc (measured better than antiword).
packages=(libtesseract5 tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd poppler-utils catdoc fonts-dejavu-core)
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]} > 0)); then
  echo "Installing: ${missing[*]}"
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is required (dotnet not found on PATH)." >&2
  exit 1
fi
