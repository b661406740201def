#!/usr/bin/env bash
# Prints the path of a Chromium for Playwright to drive: $CHROMIUM_PATH, then Debian's chromium, then
# chromium-browser. If there is none and we are root with apt, installs Debian's `chromium`.
# Otherwise says what to install and exits 1. Playwright never downloads a browser of its own here.
#   usage: CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"
set -uo pipefail

say() { echo "find-chromium: $*" >&2; }

find_it() {
  local c
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium "$(command -v chromium 2>/dev/null)" \
    "$(command -v chromium-browser 2>/dev/null)"; do
    if [ -n "$c" ] && [ -x "$c" ]; then
      echo "$c"
      return 0
    fi
  done
  return 1
}

if [ -n "${CHROMIUM_PATH:-}" ] && [ ! -x "$CHROMIUM_PATH" ]; then
  say "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable; looking elsewhere"
fi

if find_it; then exit 0; fi

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  say "no Chromium found; installing Debian's chromium with apt-get"
  log="$(mktemp)"
  if DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      chromium fonts-liberation fonts-dejavu-core fonts-wqy-microhei </dev/null >>"$log" 2>&1; then
    rm -f "$log"
    if find_it; then exit 0; fi
  else
    cat "$log" >&2
    rm -f "$log"
  fi
fi

say "Chromium is needed for the end-to-end tests and was not found."
say "  Debian:  sudo apt-get install chromium"
say "  Ubuntu:  sudo apt-get install chromium-browser   (or any Chromium/Chrome build)"
say "  or point CHROMIUM_PATH at a Chromium executable."
exit 1
