#!/usr/bin/env bash
# Full-build benchmark: builds a synthetic corpus of N bilingual reports and
# prints the wall time of each run and the peak memory.
#
#   bench/build.sh [N] [RUNS]        (defaults: 1000 reports, 3 runs)
#
# The corpus comes from gen_corpus.py (RAPPORT_GEN, default
# ../shared/bench/gen_corpus.py); the theme and locales are this repository's.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-3}
gen=${RAPPORT_GEN:-../shared/bench/gen_corpus.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cargo build --release --locked -q
python3 "$gen" "$n" "$work/site" >/dev/null
cp -r themes locales "$work/site/"
printf 'base_url: https://example.org/\nlanguages: [sv, en]\npaginate: 10\n' > "$work/site/site.yaml"

echo "corpus: $n reports, $(find "$work/site/content" -name '*.md' | wc -l) files, $(du -sh "$work/site/content" | cut -f1)"
for i in $(seq 1 "$runs"); do
  rm -rf "$work/site/public"
  /usr/bin/time -f "run $i (clean output): %e s, peak %M KiB" target/release/rapport build --root "$work/site" >/dev/null
done
/usr/bin/time -f "rebuild, output unchanged: %e s, peak %M KiB" target/release/rapport build --root "$work/site" >/dev/null
echo "output: $(find "$work/site/public" -type f | wc -l) files, $(du -sh "$work/site/public" | cut -f1)"
