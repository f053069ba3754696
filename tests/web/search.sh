#!/usr/bin/env bash
# The search page in headless Chromium on the built example site (served on
# 127.0.0.1, gzipped): typed queries, the result cards and the bytes each
# query fetches (tests/web/search.mjs). Needs Node and Chromium; .ci/run
# installs them. RAPPORT_BIN picks the binary (default: a release build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
command -v node >/dev/null || { echo "search.sh: needs Node.js" >&2; exit 1; }
command -v chromium >/dev/null || [ -n "${CHROMIUM:-}" ] || { echo "search.sh: needs Chromium" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
bin=${RAPPORT_BIN:-target/release/rapport}
[ -n "${RAPPORT_BIN:-}" ] || cargo build --release --locked -q
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT
"$bin" build --quiet --output "$site/public"
node "$here/search.mjs" "$site/public"
