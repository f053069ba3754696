#!/usr/bin/env bash
# The translator's view of one report whose original changed in every
# paragraph since it was translated: N paragraphs (default 400), each
# edited by a word, in a git repository. Prints the time of three requests
# of the report's page, then of one of the list of reports (what every
# request costs besides comparing paragraphs). Not a test: numbers vary with the machine.
#
#   bench/translator.sh [N ...]
#   RAPPORT=target/debug/rapport bench/translator.sh 100 200   # another binary
#   EDIT=rewrite bench/translator.sh   # each paragraph rewritten, not edited:
#                                      # every one is compared with several
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${RAPPORT:-}" ]; then
  cargo build --release --locked -q
  RAPPORT=target/release/rapport
fi
work=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

run() {
  local n=$1 site="$work/site-$1"
  mkdir -p "$site/content/reports"
  cp -r themes locales "$site/"
  printf 'base_url: https://example.org/\ndefault_language: sv\nlanguages: [sv, en]\n' > "$site/site.yaml"
  gen() { # gen N WORD FILE: a report of N paragraphs of about 300 characters
    python3 - "$@" <<'PY'
import sys
import os
n, word, out, lang = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
step = 5 if word == "andra" and os.environ.get("EDIT") == "rewrite" else 1
head = "---\ntitle: Möte\ndate: 2020-01-01\n---\n" if lang == "sv" else "---\ntitle: Meeting\n---\n"
words = "delegationen besökte sjukhuset och skolan där lärarna berättade om året som gått".split()
paras = []
for i in range(n):
    text = " ".join(words[(i + k * step) % len(words)] for k in range(40))
    paras.append(f"Stycke {i}: {text} {word}.")
open(out, "w").write(head + "\n\n".join(paras) + "\n")
PY
  }
  gen "$n" första "$site/content/reports/a.sv.md" sv
  gen "$n" first "$site/content/reports/a.en.md" en
  git -C "$site" init -q
  git -C "$site" add -A
  GIT_COMMITTER_DATE=2024-01-01T10:00:00Z git -C "$site" -c user.name=b -c user.email=b@example.org commit -qm one
  gen "$n" andra "$site/content/reports/a.sv.md" sv
  git -C "$site" add -A
  GIT_COMMITTER_DATE=2024-02-01T10:00:00Z git -C "$site" -c user.name=b -c user.email=b@example.org commit -qm two
  "$RAPPORT" serve --port 0 --root "$site" >"$work/out" 2>&1 &
  server=$!
  local addr=
  for _ in $(seq 1 600); do
    addr=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/out" | head -1 || true)
    [ -n "$addr" ] && break
    sleep 0.1
  done
  for i in 1 2 3; do
    curl -s -o "$work/page" -w "$n paragraphs, request $i: %{time_total} s (HTTP %{http_code})\n" \
      "$addr/__rapport/translations/reports/a"
  done
  printf '%s paragraphs: %s marked changed, %s with their earlier wording\n' "$n" \
    "$(grep -o 'class="changed"' "$work/page" | wc -l)" "$(grep -o 'class="before"' "$work/page" | wc -l)"
  curl -s -o /dev/null -w "$n paragraphs, the list of reports: %{time_total} s (HTTP %{http_code})\n" \
    "$addr/__rapport/translations/"
  [ -n "${KEEP:-}" ] && cp "$work/page" "$KEEP"
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=
}

for n in "${@:-400}"; do
  run "$n"
done
