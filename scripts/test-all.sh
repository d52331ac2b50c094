#!/usr/bin/env bash
# `npm test`: format check, type check, lint (with the folder order), unit tests (vitest), data
# validation, production build, and the Playwright e2e suite against the built site in Chromium: the
# quick tier, every feature at least once, in a few minutes.
# `npm run test:deep` (this script with `deep`): the production build, then the deep tier of both
# runners: the sweeps and corpora (see e2e/tiers.ts and vitest.config.ts). It skips the gates, which
# `npm test` runs.
# Every step runs even when an earlier one failed (except e2e, which needs the build), so one run
# shows every problem. The last line is always `N passed, N failed`: the tests of both runners,
# counted from their JSON reports, plus one per gate step.
set -uo pipefail
cd "$(dirname "$0")/.."
export TEST_TIER="${1:-quick}"

passed=0
failed=0
reports=$(mktemp -d)
gate() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then passed=$((passed + 1)); else echo "✗ $name failed"; failed=$((failed + 1)); fi
}
# count <json file> <node expression over the report r>: prints a number, 0 when the report is missing.
count() { node -e "try { const r = require(process.argv[1]); console.log(Number($2) || 0) } catch { console.log(0) }" "$1"; }

if [ "$TEST_TIER" != deep ]; then
  gate "format" npx prettier --check --log-level warn .
  gate "type check" npx tsc -b
  gate "lint" npm run -s lint
fi

echo "── unit tests"
npx vitest run --reporter=default --reporter=json --outputFile.json="$reports/unit.json"
unit_rc=$?
passed=$((passed + $(count "$reports/unit.json" r.numPassedTests)))
unit_failed=$(count "$reports/unit.json" "r.numFailedTests")
[ "$unit_rc" -ne 0 ] && [ "$unit_failed" -eq 0 ] && unit_failed=1
failed=$((failed + unit_failed))

[ "$TEST_TIER" != deep ] && gate "data validation" npm run -s validate
gate "production build" npm run -s build

echo "── e2e (Playwright, Chromium)"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
# Debian's Chromium, and librsvg2-bin (rsvg-convert: e2e/export.spec.ts draws the SVG export with it).
missing=()
[ ! -x "$chromium" ] && [ -z "${CHROMIUM_PATH:-}" ] && missing+=(chromium)
command -v rsvg-convert >/dev/null 2>&1 || missing+=(librsvg2-bin)
if [ "${#missing[@]}" -gt 0 ]; then
  # Installed where this user may: as root, or with sudo that asks no password.
  if [ "$(id -u)" -eq 0 ]; then sudo=""; elif sudo -n true 2>/dev/null; then sudo="sudo -n"; else sudo="none"; fi
  if [ "$sudo" != "none" ]; then
    echo "Installing Debian's ${missing[*]} (once)…"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (sudo apt-get install -y ${missing[*]}); the tests that need them will say so."
  fi
fi
if [ ! -x "$chromium" ]; then
  echo "Chromium not found at $chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH), then npm test again."
  failed=$((failed + 1))
elif [ ! -f dist/index.html ]; then
  echo "e2e skipped: the build failed."
  failed=$((failed + 1))
else
  CI=${CI:-1} PLAYWRIGHT_JSON_OUTPUT_NAME="$reports/e2e.json" npx playwright test --reporter=list,json
  e2e_rc=$?
  passed=$((passed + $(count "$reports/e2e.json" r.stats.expected)))
  e2e_failed=$(count "$reports/e2e.json" "r.stats.unexpected + r.stats.flaky")
  [ "$e2e_rc" -ne 0 ] && [ "$e2e_failed" -eq 0 ] && e2e_failed=1
  failed=$((failed + e2e_failed))
fi

rm -rf "$reports"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
