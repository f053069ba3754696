#!/usr/bin/env bash
# Readers' comments and view counts in a real browser: a real Isso from PyPI
# and a small GoatCounter stand-in (answering /count and /counter/PATH.json as
# GoatCounter documents them), both on 127.0.0.1, beside the example site
# built with `comments:` and `views:` on and the Blogger sample of
# tests/web/blogger-comments.xml imported with `--comments isso`. Then
# tests/web/comments.mjs checks the pages in Chromium, axe and Lighthouse,
# and the Nu HTML Checker reads them. Needs python3 (venv), Node, Java and
# Chromium (.ci/run installs them). RAPPORT_BIN picks the binary (default: a
# release build); SCREENSHOTS=DIR keeps the screenshots.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

if ! python3 -m venv "$work/venv" >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
  python3 -m venv "$work/venv"
fi
"$work/venv/bin/pip" install -q --disable-pip-version-check isso
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
if [ -z "${RAPPORT_BIN:-}" ]; then
  cargo build --release --locked -q
  RAPPORT_BIN=$PWD/target/release/rapport
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
site_port=$(free_port); isso_port=$(free_port); counter_port=$(free_port)
# A port nothing listens on: the unreachable counter and comment server.
dead_port=$(free_port)

# The example site, with the Blogger sample's post and its comment.
site="$work/site"
mkdir -p "$site"
cp -r site.yaml content themes locales "$site/"
[ -d static ] && cp -r static "$site/"
"$RAPPORT_BIN" import blogger "$here/blogger-comments.xml" --root "$site" --comments isso > "$work/import.txt"
grep -q "isso-comments.xml" "$work/import.txt" || { cat "$work/import.txt"; echo "FAIL: no comments for Isso"; exit 1; }
cp "$site/site.yaml" "$work/site.yaml.orig"
printf '\ncomments:\n  isso: http://127.0.0.1:%s/\nviews:\n  goatcounter: http://127.0.0.1:%s/\n' \
  "$isso_port" "$counter_port" >> "$site/site.yaml"
"$RAPPORT_BIN" build --root "$site" --output "$work/on" --base-url "http://127.0.0.1:$site_port/" >/dev/null
cp "$work/site.yaml.orig" "$site/site.yaml"
printf '\ncomments:\n  isso: http://127.0.0.1:%s/\nviews:\n  goatcounter: http://127.0.0.1:%s/\n' \
  "$dead_port" "$dead_port" >> "$site/site.yaml"
"$RAPPORT_BIN" build --root "$site" --output "$work/dead" --base-url "http://127.0.0.1:$site_port/dead/" >/dev/null
mv "$work/dead" "$work/on/dead"

# Isso: its own database, the site as the one origin it answers (CORS),
# comments published at once, no rate limit for the test's posts.
cat > "$work/isso.cfg" <<EOF
[general]
dbpath = $work/comments.db
host = http://127.0.0.1:$site_port/
[server]
listen = http://127.0.0.1:$isso_port/
[moderation]
enabled = false
[guard]
enabled = false
EOF
TZ=UTC "$work/venv/bin/isso" -c "$work/isso.cfg" import "$site/isso-comments.xml" > "$work/isso-import.txt" 2>&1 \
  || { cat "$work/isso-import.txt"; exit 1; }
"$work/venv/bin/isso" -c "$work/isso.cfg" run > "$work/isso.log" 2>&1 &
pids+=($!)

# GoatCounter's public counter as documented: /counter/PATH.json answers
# {"count": "1,673", ...} for the Kazakhstan report (both languages), 404
# for a path without views; /count records a view.
cat > "$work/counter.py" <<'EOF'
import http.server, json, sys, urllib.parse
hits = open(sys.argv[2], "a")
class Counter(http.server.BaseHTTPRequestHandler):
    def answer(self, status, body, kind="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/count":
            hits.write(urllib.parse.parse_qs(url.query).get("p", [""])[0] + "\n"); hits.flush()
            return self.answer(200, b"", "text/plain")
        if url.path.startswith("/counter/") and url.path.endswith(".json"):
            page = urllib.parse.unquote(url.path[len("/counter/"):-len(".json")])
            if "kazakstan" in page:
                return self.answer(200, json.dumps({"count": "1,673", "count_unique": "1,204"}).encode())
            return self.answer(404, json.dumps({"error": "no views"}).encode())
        self.answer(404, b"{}")
    do_POST = do_GET
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Counter).serve_forever()
EOF
python3 "$work/counter.py" "$counter_port" "$work/hits.txt" &
pids+=($!)

python3 - "$isso_port" <<'EOF'
import sys, time, urllib.request
for _ in range(120):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/js/embed.min.js", timeout=2)
        break
    except OSError:
        time.sleep(0.5)
else:
    sys.exit("Isso did not start")
EOF

echo "Nu HTML Checker (report pages with comments and views on):"
java -jar "$here/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only \
  "$work"/on/sv/rapporter/*/index.html "$work"/on/en/reports/*/index.html
echo "  valid"

echo "Comments and views in Chromium:"
node "$here/comments.mjs" "$work/on" "$site_port" "$isso_port" "$work/hits.txt" "${SCREENSHOTS:-$work/shots}"
