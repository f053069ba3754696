#!/usr/bin/env bash
# Odd but valid (or nearly valid) input that once made builds slow: each
# case is one report in a fresh site, built once; prints wall time and peak
# memory. Not a test: numbers vary with the machine.
#
#   bench/odd.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -q
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case_site() {
  local name=$1
  rm -rf "$work/site"
  mkdir -p "$work/site/content/reports"
  cp -r themes locales "$work/site/"
  printf 'base_url: https://example.org/\nlanguages: [sv, en]\n' > "$work/site/site.yaml"
  python3 - "$name" "$work/site/content/reports/a.sv.md" <<'PY'
import sys
name, out = sys.argv[1], sys.argv[2]
head = "---\ntitle: A\ndate: 2020-01-01\n"
if name == "headings-10k":
    text = head + "---\n" + "## Punkt\n\nText.\n\n" * 10_000
elif name == "headings-40k":
    text = head + "---\n" + "## Punkt\n\nText.\n\n" * 40_000
elif name == "nested-brackets-40k":
    text = head + "tags: " + "[" * 40_000 + "\n---\n"
elif name == "links-1m":
    text = head + "---\n" + "".join(f"[l{i}](https://example.org/{i})\n" for i in range(1_000_000))
open(out, "w").write(text)
PY
  /usr/bin/time -f "$name: %e s, peak %M KiB (exit %x)" target/release/rapport build --root "$work/site" >/dev/null 2>"$work/err" || true
  tail -1 "$work/err"
}

for name in headings-10k headings-40k nested-brackets-40k links-1m; do
  case_site "$name"
done
