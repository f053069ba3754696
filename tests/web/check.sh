#!/usr/bin/env bash
# Checks the example site in real tools: every page through the Nu HTML
# Checker, and through axe-core in headless Chromium (with the search page
# tried in the browser, and every page at 390 px in the dark scheme),
# Lighthouse on a phone for the home, a report and a term page. Needs Java,
# Node and Chromium; .ci/run installs them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
site=$(mktemp -d)
trap 'rm -rf "$site"' EXIT

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
cargo run --release --locked -q -- build --output "$site/public"

echo "Search in Node (the tests cargo test skips without Node):"
cargo test --locked -q --test it -- --ignored search:: theme::

echo "Nu HTML Checker:"
java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$site/public"
echo "  $(find "$site/public" -name '*.html' | wc -l) pages valid"

echo "axe-core in Chromium:"
node "$here/axe.mjs" "$site/public"

echo "Lighthouse, phone profile:"
node "$here/lighthouse.mjs" "$site/public"

echo "rapport serve in Chromium:"
copy=$(mktemp -d)
trap 'rm -rf "$site" "$copy"' EXIT
cp -r site.yaml content themes locales "$copy/"
[ -d static ] && cp -r static "$copy/"
node "$here/serve.mjs" "$PWD/target/release/rapport" "$copy"
