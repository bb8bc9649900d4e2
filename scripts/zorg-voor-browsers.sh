#!/bin/sh
# Zorgt dat de tests hun browsers hebben: per motor (argumenten: chromium firefox webkit; zonder argumenten alle
# drie) het programma uit de omgevingsvariabele, anders dat van Debian, anders (als root met apt-get) installeert
# het de Debian-pakketten die ontbreken, in één keer.
#   chromium  CHROME_PATH          anders /usr/bin/chromium        pakket chromium
#   firefox   FIREFOX_PATH         anders /usr/bin/firefox-esr     pakket firefox-esr
#   webkit    WEBKIT_DRIVER_PATH   anders /usr/bin/WebKitWebDriver pakket webkit2gtk-driver (met MiniBrowser)
#             XVFB_PATH            anders /usr/bin/Xvfb            pakket xvfb (MiniBrowser kent geen headless modus)
set -eu
[ "$#" -gt 0 ] || set -- chromium firefox webkit

ontbreekt=""   # Debian-pakketten
meldingen=""   # wat de gebruiker zelf moet doen als installeren niet kan
nodig() { # <programma uit de omgeving> <standaardpad> <pakket> <omgevingsvariabele>
  if [ -n "$1" ] && [ -x "$1" ]; then return 0; fi
  if [ -x "$2" ]; then return 0; fi
  ontbreekt="$ontbreekt $3"
  meldingen="$meldingen
  $2 ontbreekt: installeer het (Debian: apt-get install $3) of zet $4 op het programma."
}

for motor in "$@"; do
  case "$motor" in
    chromium) nodig "${CHROME_PATH:-}" /usr/bin/chromium chromium CHROME_PATH ;;
    firefox) nodig "${FIREFOX_PATH:-}" /usr/bin/firefox-esr firefox-esr FIREFOX_PATH ;;
    webkit)
      nodig "${WEBKIT_DRIVER_PATH:-}" /usr/bin/WebKitWebDriver webkit2gtk-driver WEBKIT_DRIVER_PATH
      # Zonder Xvfb kan het ook op een desktop met DISPLAY (zie test/plugins/webkit.js).
      if [ -z "${DISPLAY:-}" ]; then nodig "${XVFB_PATH:-}" /usr/bin/Xvfb xvfb XVFB_PATH; fi
      ;;
    *) echo "Onbekende browser $motor: kies uit chromium, firefox, webkit." >&2; exit 1 ;;
  esac
done

[ -n "$ontbreekt" ] || exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Ontbreekt voor de tests:$ontbreekt; installeren met apt-get…"
  apt-get update -qq
  # shellcheck disable=SC2086 # de pakketnamen zijn losse woorden
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $ontbreekt >/dev/null
  exit 0
fi
echo "Niet alle browsers voor de tests zijn er:$meldingen" >&2
echo "Of draai één browser: npm test -- --browser chromium (bijvoorbeeld met CHROME_PATH=\"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome\")." >&2
exit 1
