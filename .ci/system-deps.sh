#!/usr/bin/env bash
# Installs the Debian programs the tests drive, when they are missing: chromium and
# chromium-driver (/usr/bin/chromium and /usr/bin/chromedriver, so selenium never
# downloads a browser or a driver) for tests/test_page_browser.py, curl for
# tests/test_server_clients.py, and rapper (raptor2-utils), the independent RDF parser
# tests/test_formats_rapper.py checks every exported file with.
# Safe to run again: it installs nothing when everything is there.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v rapper >/dev/null 2>&1 || missing+=(raptor2-utils)

if [ "${#missing[@]}" -eq 0 ]; then
    echo "system-deps: chromium, chromedriver, curl and rapper are installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
/usr/bin/chromedriver --version
