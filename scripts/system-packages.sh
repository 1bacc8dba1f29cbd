#!/usr/bin/env bash
# Installs the Debian packages planscreen uses at run and test time, only those missing. Idempotent.
#   fonts-nanum            Korean TTF for generated PDFs and page images
#   tesseract-ocr(-kor/-eng) OCR of scanned pages (without it pages are marked "needs OCR", not failed)
#   poppler-utils          pdftotext, the parse benchmark's reference
#   chromium, chromium-driver   the end-to-end browser tests (tests only: pass --with-browser)
set -euo pipefail
say() { printf '[packages] %s\n' "$*"; }

wanted=(fonts-nanum tesseract-ocr tesseract-ocr-kor tesseract-ocr-eng poppler-utils)
if [ "${1:-}" = "--with-browser" ]; then
  wanted+=(chromium chromium-driver)
fi

missing=()
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  say "all present: ${wanted[*]}"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  say "WARNING: cannot install ${missing[*]} (no apt-get). OCR, Korean fonts or browser tests may be unavailable."
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
say "installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
say "installed ${missing[*]}"
