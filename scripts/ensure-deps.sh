#!/usr/bin/env bash
# Installs node_modules with `npm ci` when it is missing or older than package.json / the lock
# (npm writes node_modules/.package-lock.json on every install), or always with --force.
# Playwright drives Debian's Chromium and must never fetch a browser of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

stamp=node_modules/.package-lock.json
if [ "${1:-}" != --force ] && [ -f "$stamp" ] && [ ! package-lock.json -nt "$stamp" ] &&
  [ ! package.json -nt "$stamp" ]; then
  exit 0
fi
echo "ensure-deps: installing dependencies (npm ci)"
npm ci --no-audit --no-fund 2>&1 | grep -v -e '^npm warn' || true
[ -x node_modules/.bin/vitest ] || { echo "ensure-deps: npm ci failed" >&2; exit 1; }
