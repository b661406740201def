#!/usr/bin/env bash
# The one test command (`npm test`): dependencies and Chromium first, then typecheck, lint, unit
# tests (conformance goldens included), the lessons (`netns-lab lessons --check`) and the end-to-end
# suite in real Chromium. Stops at the first suite that fails. The last line counts the suites that passed and failed and the tests that
# were skipped (each listed above it with its reason): "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

passed=0
failed=0
skipped=0
summary() { echo "$passed passed, $failed failed, $skipped skipped"; }

bash scripts/ensure-deps.sh || {
  echo "test-all: installing dependencies failed (see npm's output above)" >&2
  summary
  exit 1
}

if ! CHROMIUM_PATH="$(bash scripts/find-chromium.sh)"; then
  echo "test-all: no Chromium to run the end-to-end tests with (see above)" >&2
  summary
  exit 1
fi
export CHROMIUM_PATH
echo "test-all: Chromium at $CHROMIUM_PATH"

suite() {
  local name=$1 script=$2 status
  echo
  echo "━━━ $name (npm run $script) ━━━"
  # shellcheck disable=SC2086 # the e2e suite's script carries its reporter arguments
  if npm run --silent $script; then
    passed=$((passed + 1))
  else
    status=$?
    failed=$((failed + 1))
    echo >&2
    echo "test-all: $name FAILED (exit $status). Re-run it alone with: npm run $script" >&2
    summary
    exit 1
  fi
}

suite typecheck typecheck
suite lint lint
suite 'unit tests' test:unit
suite lessons test:lessons
# The e2e suite also writes a JSON report, from which the skipped tests are listed with their reasons.
report="$(mktemp)"
export PLAYWRIGHT_JSON_OUTPUT_NAME="$report"
suite 'end-to-end tests' 'test:e2e -- --reporter=list,json'

echo
mapfile -t skips < <(node scripts/skipped-tests.mjs "$report" 2>/dev/null)
rm -f "$report"
for s in "${skips[@]}"; do echo "skipped: $s"; done
skipped=${#skips[@]}
summary
