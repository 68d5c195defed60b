#!/usr/bin/env bash
# The UI's browser tests (issue 13): Debian's Chromium driven by Playwright
# against the built binary's `planner demo`. Installs what is missing —
# Chromium from Debian's packages (as root), the npm packages from the
# lockfile — and fails loudly when it cannot. Also checks that web/dist is
# what web/src builds. PLANNER_E2E_SCREENSHOTS=1 rewrites docs/screenshots.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium="${PLANNER_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing Debian's chromium"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null || {
      DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium >/dev/null
    }
  fi
  [ -x "$chromium" ] || { echo "FAIL: no Chromium at $chromium; install Debian's chromium package (apt-get install chromium)" >&2; exit 1; }
fi
"$chromium" --version 2>/dev/null | head -n1

command -v npm >/dev/null || { echo "FAIL: npm (Node.js) is needed for the browser tests" >&2; exit 1; }
if [ ! -d node_modules ] || ! npm ls --silent >/dev/null 2>&1; then
  npm ci --no-audit --no-fund --loglevel=error
fi
node build.mjs --check
npx tsc --noEmit
npx tsc --noEmit -p e2e

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/planner" ./../cmd/planner
PLANNER_BIN="$tmp/planner" PLANNER_CHROMIUM="$chromium" npx playwright test --config e2e/playwright.config.ts
