#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests (playwright-core drives it;
# it never downloads a browser of its own) unless one is already there.
# `make test` runs it first; CHROMIUM_PATH names another build to use instead.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable"; exit 1; }
  exit 0
fi
if [ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ]; then
  exit 0
fi

echo "Installing Debian's chromium for the browser tests"
as_root=()
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "Chromium is missing and installing it needs root: apt-get install chromium, or set CHROMIUM_PATH"; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y --no-install-recommends chromium >/dev/null ||
  { "${as_root[@]}" apt-get update >/dev/null && "${as_root[@]}" apt-get install -y --no-install-recommends chromium >/dev/null; }
test -x /usr/bin/chromium
