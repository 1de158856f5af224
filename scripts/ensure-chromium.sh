#!/usr/bin/env bash
# Makes sure Playwright has a Chromium to drive: its own download if present, else the system one.
# On a fresh Debian machine (as root) it installs Debian's chromium package.
set -euo pipefail

system_chromium="${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}"
bundled=$(node -e "try{const {chromium}=require('@playwright/test');process.stdout.write(chromium.executablePath())}catch{}")

if [ -n "$bundled" ] && [ -x "$bundled" ]; then exit 0; fi
if [ -x "$system_chromium" ]; then exit 0; fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "No Chromium found: installing Debian's chromium package" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi

echo "No Chromium found. Run 'npx playwright install chromium' or set PLAYWRIGHT_CHROMIUM_PATH." >&2
exit 1
