#!/usr/bin/env bash
# export-check.sh [COUNT] [FIRST_SEED] [STEPS]: the export property test on the real kernel (root needed).
# Random labs (conformance/labs.ts) are exported; each exported script, followed by commands that show
# the world, runs in record.sh's sandbox and in the engine. Fails if the kernel refuses an exported
# line or shows something the engine does not. CI runs it in its kernel step, after record.sh --check.
set -euo pipefail
cd "$(dirname "$0")/.."
((EUID == 0)) || {
  echo "export-check.sh: must run as root (it runs record.sh --run in a namespace sandbox)" >&2
  exit 2
}
exec node_modules/.bin/tsx conformance/export-check.ts "${1:-16}" "${2:-1}" "${3:-40}"
