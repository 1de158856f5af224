#!/usr/bin/env bash
# Installs what the end-to-end tests need and a fresh Debian machine lacks, skipping what is present:
#   - Chromium (unless Playwright's own is installed);
#   - a CJK font: without one Chinese renders as boxes, and every line break, height and scroll
#     position the tests measure changes;
#   - WebKitGTK's WebDriver (with MiniBrowser) and Xvfb, the display WebKit needs;
#   - Firefox ESR.
# Used by `npm test` and `.ci/run`. Installing needs root and apt-get; otherwise it says what to install.
set -euo pipefail

chromium_present() {
  [ -x "${PLAYWRIGHT_CHROMIUM_PATH:-/usr/bin/chromium}" ] && return 0
  local bundled
  bundled=$(node -e "try{process.stdout.write(require('@playwright/test').chromium.executablePath())}catch{}" 2>/dev/null || true)
  [ -n "$bundled" ] && [ -x "$bundled" ]
}
cjk_font_present() { [ -n "$(fc-list :lang=zh family 2>/dev/null)" ]; }
webkit_present() { command -v WebKitWebDriver && [ -x "${WEBKIT_MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}" ]; }
xvfb_present() { command -v xvfb-run; }
firefox_present() { command -v "${FIREFOX_PATH:-firefox-esr}"; }

missing=()
check() { # check <what> <Debian package> <function that succeeds when present>
  if "$3" >/dev/null 2>&1; then
    echo "browsers: $1 present"
  else
    echo "browsers: $1 missing (Debian package $2)"
    missing+=("$2")
  fi
}
check "Chromium" chromium chromium_present
check "a CJK font" fonts-noto-cjk cjk_font_present
check "WebKitGTK WebDriver and MiniBrowser" webkit2gtk-driver webkit_present
check "Xvfb" xvfb xvfb_present
check "Firefox ESR" firefox-esr firefox_present

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null; then
  echo "browsers: install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

echo "browsers: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fontconfig "${missing[@]}" >/dev/null
fc-cache >/dev/null 2>&1 || true
for package in "${missing[@]}"; do echo "browsers: installed $package $(dpkg-query -W -f='${Version}' "$package")"; done
