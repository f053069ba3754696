#!/usr/bin/env bash
# The browser editor in a real browser: Decap CMS (the pinned release, from
# the npm registry) driven in headless Chromium against `rapport serve` on a
# copy of the example site, all on 127.0.0.1. Writes a bilingual report with
# a photo through the form and checks the files, `rapport check`, the
# preview, an edit of one language, and what the editor refuses.
# RAPPORT_BIN picks the binary (default: a release build); EDITOR_SHOTS a
# folder to keep the screenshots in.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

bin=${RAPPORT_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --locked -q
  bin="$PWD/target/release/rapport"
fi
version=$(sed -n 's/^pub(crate) const DECAP_VERSION: &str = "\(.*\)";/\1/p' src/commands/cms_config.rs)
integrity=$(sed -n 's/^ *"\(sha384-[^"]*\)";/\1/p' src/commands/cms_config.rs)

(
  cd "$work"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --loglevel=error puppeteer-core@24.43.1 yaml@2.9.1 >/dev/null
  # The CMS is one self-contained bundle: its package alone, without the
  # hundreds of packages it was built from.
  npm pack --silent "decap-cms@$version" >/dev/null
  tar xzf "decap-cms-$version.tgz"
)
dist="$work/package/dist"
actual="sha384-$(openssl dgst -sha384 -binary "$dist/decap-cms.js" | base64 -w0)"
if [ "$actual" != "$integrity" ]; then
  echo "the integrity hash in src/commands/cms_config.rs ($integrity) is not that of decap-cms@$version ($actual)" >&2
  exit 1
fi
echo "decap-cms@$version matches the integrity hash the admin page uses"

site="$work/site"
mkdir -p "$site/static/admin"
cp -r site.yaml terms.yaml content themes locales "$site/"
[ -d static ] && cp -r static/. "$site/static/"
# The local copy of the CMS, as README describes it: no CDN at test time.
cp "$dist/decap-cms.js" "$dist"/*.decap-cms.js "$site/static/admin/"
photo="$work/Mötet på vårdcentralen.png"
cp content/reports/2014-05-26-kazakstan/ministeriet.png "$photo"
shots=${EDITOR_SHOTS:-$work/shots}
mkdir -p "$shots"
cp "$here/editor.mjs" "$work/"
node "$work/editor.mjs" "$bin" "$site" "$photo" "$shots"
