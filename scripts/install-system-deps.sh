#!/usr/bin/env bash
# Debian packages kg's test suite needs: Chromium for the HTML graph's browser tests.
# Runs apt-get as root, or through sudo when not root. Does nothing when already installed.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
as_root=()
if [ "$(id -u)" != 0 ]; then as_root=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq chromium >/dev/null
