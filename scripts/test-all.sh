#!/usr/bin/env bash
# `npm test`: type check, lint, JSON Schema freshness and unit tests (vitest), data validation, production
# build, and the Playwright e2e suite against the built site in Chromium. Every step runs even when an
# earlier one failed (except e2e, which needs the build), so one run shows every problem.
# The last line is always `N passed, N failed`: vitest and Playwright tests, plus one per gate step.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
strip() { sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$1"; }
count() { grep -oE "[0-9]+ $2" <<<"$1" | head -1 | grep -oE '^[0-9]+' || echo 0; }
gate() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else echo "✗ $name failed"; failed=$((failed + 1)); fi
}

gate "type check" npx tsc -b
gate "lint" npm run -s lint

echo "── unit tests"
unit_log=$(mktemp)
npx vitest run 2>&1 | tee "$unit_log"
unit_rc=${PIPESTATUS[0]}
summary=$(strip "$unit_log" | grep -E '^ +Tests ' | tail -1 || true)
passed=$((passed + $(count "$summary" passed)))
unit_failed=$(count "$summary" failed)
[ "$unit_rc" -ne 0 ] && [ "$unit_failed" -eq 0 ] && unit_failed=1
failed=$((failed + unit_failed))

gate "data validation" npm run -s validate
build_ok=1
gate "production build" npm run -s build || true
[ -f dist/index.html ] || build_ok=0

echo "── e2e (Playwright, Chromium)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: install it with 'sudo apt-get install -y chromium' or set CHROMIUM_PATH."
  failed=$((failed + 1))
elif [ "$build_ok" -ne 1 ]; then
  echo "e2e skipped: the build failed."
  failed=$((failed + 1))
else
  e2e_log=$(mktemp)
  CI=${CI:-1} npx playwright test 2>&1 | tee "$e2e_log"
  e2e_rc=${PIPESTATUS[0]}
  results=$(strip "$e2e_log" | grep -E '^ +[0-9]+ (passed|failed|flaky|skipped|did not run)' || true)
  passed=$((passed + $(count "$results" passed)))
  e2e_failed=$(( $(count "$results" failed) + $(count "$results" flaky) ))
  [ "$e2e_rc" -ne 0 ] && [ "$e2e_failed" -eq 0 ] && e2e_failed=1
  failed=$((failed + e2e_failed))
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
