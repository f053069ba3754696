#!/usr/bin/env bash
# Checks sites with a brand (issue 27) in real tools: the example site with
# a logo and a dark colour (white text), and with a light one (black text),
# each with a report of four portrait photos. Every page through the Nu
# HTML Checker and axe-core (light and dark), the phone layout (no page
# wider than 390 px, every menu item in sight, the first report within
# 420 px, no band under the footer), every report's og:image 1200 × 630,
# and Lighthouse on a phone (>= 0.95) for the light-coloured site. Needs
# Java, Node and Chromium (.ci/run installs them). RAPPORT_BIN chooses the
# binary (default: a release build).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -d "$here/node_modules" ] || (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
bin=${RAPPORT_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --locked -q
  bin=$PWD/target/release/rapport
fi

for variant in "dark #0b5d3b" "light #f2b705"; do
  set -- $variant
  site="$work/$1"
  python3 "$here/brand_site.py" "$site" "$2"
  "$bin" build --root "$site" >/dev/null
  echo "Brand colour $2 (${1}):"
  java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --skip-non-html "$site/public"
  echo "  Nu: $(find "$site/public" -name '*.html' | wc -l) pages valid"
  node "$here/brand.mjs" "$site/public"
done

echo "Lighthouse, phone profile, brand colour #f2b705:"
PAGES='[["home","/sv/"],["report with four photos","/sv/rapporter/2022-05-18-studiebesok-uppsala/"],["report without photos","/en/reports/2023-04-28-round-table/"],["archive","/sv/arkiv/"],["term page","/sv/amnen/studiebesok/"]]' \
  node "$here/lighthouse.mjs" "$work/light/public"
