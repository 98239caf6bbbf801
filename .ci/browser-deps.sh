#!/usr/bin/env bash
# Installs what tests/test_page_browser.py and tests/test_server_clients.py need from
# Debian when it is missing: chromium, chromium-driver (/usr/bin/chromium and
# /usr/bin/chromedriver, so selenium never downloads a browser or a driver) and curl.
# Safe to run again: it installs nothing when everything is there.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v curl >/dev/null 2>&1 || missing+=(curl)

if [ "${#missing[@]}" -eq 0 ]; then
    echo "browser-deps: chromium, chromedriver and curl are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "browser-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromedriver --version
