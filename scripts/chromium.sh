#!/usr/bin/env bash
# Debian's Chromium, for the browser tests (tests/ModularShop.Testing/Browser): they run this script themselves, so a
# fresh clone needs no step of its own. Playwright drives this browser; its own browser download is not used.
#
#   scripts/chromium.sh install   install the Debian package chromium if /usr/bin/chromium is missing (needs root)
#   scripts/chromium.sh path      print the browser's executable on the last line (exit code 1 when it is missing)
set -euo pipefail

bin=/usr/bin/chromium

install() {
  [[ -x "$bin" ]] && return
  if [[ $EUID -ne 0 ]]; then
    echo "Chromium is not installed; install the Debian package chromium (or run this script as root)." >&2
    exit 1
  fi
  echo "Installing Chromium (Debian package chromium)..." >&2
  # Two test runs may install at once: the second waits for apt's lock instead of failing on it.
  apt-get -o DPkg::Lock::Timeout=300 update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends chromium >&2
}

path() {
  if [[ ! -x "$bin" ]]; then
    echo "Chromium is not installed; run $0 install." >&2
    exit 1
  fi
  echo "$bin"
}

case "${1:-}" in
  install) install ;;
  path) path ;;
  *) echo "usage: $0 install|path" >&2; exit 2 ;;
esac
