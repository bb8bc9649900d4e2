#!/bin/sh
# Zorgt dat de tests een Chromium hebben: CHROME_PATH, anders /usr/bin/chromium,
# anders (als root op Debian/Ubuntu) installeert het Debians pakket chromium.
set -eu
if [ -n "${CHROME_PATH:-}" ] && [ -x "${CHROME_PATH}" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Chromium ontbreekt; installeren met apt-get (Debians pakket chromium)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Geen Chromium gevonden. Installeer Chromium of Chrome en zet CHROME_PATH op het programma," >&2
echo "bijvoorbeeld: CHROME_PATH=\"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\" npm test" >&2
exit 1
