#!/usr/bin/env bash
# Odd but valid (or nearly valid) input that once made builds slow: each
# case is one report in a fresh site, built once; prints wall time and peak
# memory. Not a test: numbers vary with the machine.
#
#   bench/odd.sh
#   ODD_CASES="links-100k-one-line tags-4k" bench/odd.sh   (some cases only)
#   RAPPORT_BIN=/path/to/rapport bench/odd.sh              (another build, to compare)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${RAPPORT_BIN:-target/release/rapport}
[ -n "${ODD_NO_BUILD:-}${RAPPORT_BIN:-}" ] || cargo build --release --locked -q
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
elif name == "links-100k-one-line":
    text = head + "---\n" + " ".join(f"[l{i}](https://example.org/{i})" for i in range(100_000)) + "\n"
elif name == "shortcodes-40k":
    text = head + "---\n" + "".join(f"{{{{< figure src=\"{i}.jpg\" >}}}} text\n" for i in range(40_000))
elif name == "tags-4k":
    tags = ", ".join(f"t{i}" for i in range(4_000))
    text = head + f"tags: [{tags}]\n---\n" + "Ett stycke om mötet. " * 2_000 + "\n"
elif name == "html-nested-10k":
    text = head + "---\n" + "<div>" * 10_000 + "x" + "</div>" * 10_000 + "\n"
open(out, "w").write(text)
PY
  /usr/bin/time -f "$name: %e s, peak %M KiB (exit %x)" "$bin" build --root "$work/site" >/dev/null 2>"$work/err" || true
  tail -1 "$work/err"
  echo "  output: $(du -sm "$work/site/public" 2>/dev/null | cut -f1) MB"
  /usr/bin/time -f "$name (check): %e s, peak %M KiB (exit %x)" "$bin" check --root "$work/site" >/dev/null 2>"$work/err" || true
  tail -1 "$work/err"
}

for name in ${ODD_CASES:-headings-10k headings-40k nested-brackets-40k links-1m links-100k-one-line shortcodes-40k tags-4k html-nested-10k}; do
  case_site "$name"
done
