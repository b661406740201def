#!/usr/bin/env bash
# `npm start`: installs what is missing, builds, and serves netns-lab on every interface.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${NETNS_LAB_PORT:-4173}"

bash scripts/ensure-deps.sh
npm run --silent build
echo
echo "netns-lab is running at http://localhost:$PORT/  (listening on 0.0.0.0:$PORT; Ctrl-C stops it)"
echo
exec node_modules/.bin/vite preview --host 0.0.0.0 --port "$PORT" --strictPort
