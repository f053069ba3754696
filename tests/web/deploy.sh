#!/usr/bin/env bash
# `rapport deploy` against real servers on 127.0.0.1: an S3 server (moto,
# from PyPI, in a venv in this script's temporary folder, with IAM checks on
# so that signatures and permissions are checked as on AWS) and OpenSSH's
# sshd (Debian's openssh-server) on a free high port with throw-away host
# and user keys and a known_hosts written here. For each target: the first
# deploy sends every file (with its Content-Type and Cache-Control on S3), a
# second sends nothing, an edit and a removal send and remove exactly what
# changed, a 20 MB file sent in parts compares as unchanged, the manifest is
# never there, a foreign file survives, --dry-run changes nothing, a deploy
# killed half-way is finished by the next, and wrong credentials, a missing
# bucket, no permission, an unknown host and a changed host key fail with a
# clear message and nothing sent. Stops its servers however it ends.
#
# RAPPORT_BIN picks the binary [default: target/release/rapport, built if missing].
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cd "$repo"
tmp=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# What it needs: OpenSSH's server and client from Debian, moto from PyPI.
need=()
[ -x /usr/sbin/sshd ] || need+=(openssh-server)
command -v sftp >/dev/null || need+=(openssh-client)
python3 -c 'import ensurepip' 2>/dev/null || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/pip" install -q --disable-pip-version-check "moto[server]"
bin=${RAPPORT_BIN:-$repo/target/release/rapport}
[ -x "$bin" ] || cargo build --release --locked -q
check() { "$tmp/venv/bin/python" "$here/deploy_check.py" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_port() {
  for _ in $(seq 100); do
    python3 -c "import socket,sys; socket.create_connection(('127.0.0.1', $1), 1)" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "FAIL: nothing listens on port $1"; cat "$2"; exit 1
}
fails=0
ok() { echo "  ok: $*"; }
bad() { echo "  FAIL: $*"; fails=$((fails + 1)); }

# The S3 server: the first 6 requests (the IAM set-up) go unsigned, every
# later one must be signed by a key that exists and is allowed.
s3port=$(free_port)
INITIAL_NO_AUTH_ACTION_COUNT=6 "$tmp/venv/bin/moto_server" -H 127.0.0.1 -p "$s3port" >"$tmp/moto.log" 2>&1 &
pids+=($!)
wait_port "$s3port" "$tmp/moto.log"
endpoint="http://127.0.0.1:$s3port"
eval "$(check setup "$endpoint")"

# The SFTP server: a throw-away host key and user key; the user is the one
# running this (root in CI), its folder one made here.
ssh=$tmp/ssh
mkdir -p "$ssh" /run/sshd
for k in host other_host client stranger; do ssh-keygen -q -t ed25519 -N '' -f "$ssh/$k"; done
cp "$ssh/client.pub" "$ssh/authorized_keys"
chmod 600 "$ssh/authorized_keys"
sshport=$(free_port)
cat >"$ssh/sshd_config" <<EOF
Port $sshport
ListenAddress 127.0.0.1
HostKey $ssh/host
AuthorizedKeysFile $ssh/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
StrictModes no
UsePAM no
PidFile $ssh/sshd.pid
Subsystem sftp internal-sftp
EOF
/usr/sbin/sshd -D -e -f "$ssh/sshd_config" 2>"$ssh/sshd.log" &
pids+=($!)
wait_port "$sshport" "$ssh/sshd.log"
echo "[127.0.0.1]:$sshport $(cut -d' ' -f1,2 "$ssh/host.pub")" >"$ssh/known_hosts"
echo "[127.0.0.1]:$sshport $(cut -d' ' -f1,2 "$ssh/other_host.pub")" >"$ssh/known_hosts.changed"
: >"$ssh/known_hosts.empty"
export RAPPORT_KNOWN_HOSTS=$ssh/known_hosts RAPPORT_SSH_KEY=$ssh/client RAPPORT_LANG=en
unset SSH_AUTH_SOCK
www=$tmp/sftp-www

# The example site, with a 20 MB file that goes in parts.
site=$tmp/site
mkdir -p "$site/static"
cp -r site.yaml content themes locales "$site/"
[ -d static ] && cp -r static/. "$site/static/"
head -c 20000000 /dev/urandom >"$site/static/minutes.bin"
cat >>"$site/site.yaml" <<EOF
deploy:
  targets:
    - name: s3
      url: s3://site/www?region=us-east-1&endpoint=$endpoint
    - name: sftp
      url: sftp://$(id -un)@127.0.0.1:$sshport$www
    - name: nobucket
      url: s3://no-such-bucket/www?region=us-east-1&endpoint=$endpoint
EOF
build() { "$bin" build --root "$site" -q; }
deploy() { "$bin" deploy "$@" --root "$site"; }
matches() { # TARGET BUILD_COPY
  if [ "$1" = s3 ]; then check s3-matches "$endpoint" site www/ "$2" foreign.txt; else check folder-matches "$www" "$2" foreign.txt; fi
}
matches_first() {
  if [ "$1" = s3 ]; then check s3-matches "$endpoint" site www/ "$2"; else check folder-matches "$www" "$2"; fi
}
reports=($(ls "$site/content/reports" | sed 's/\.\(sv\|en\)\.md$//' | sort -u))
edit() { # a report's text changes
  local f
  f=$(find "$site/content/reports/${reports[$1]}"* -name '*.md' | head -1)
  printf '\nEtt tillägg %s.\n' "$2" >>"$f"
}

echo "First deploy, then a second:"
build
cp -a "$site/public" "$tmp/v1"
for t in s3 sftp; do
  out=$(deploy "$t")
  echo "  $out"
  matches_first "$t" "$tmp/v1" || fails=$((fails + 1))
  [ -e "$tmp/v1/.rapport-manifest" ] || bad "the build has no manifest"
  out=$(deploy "$t")
  if grep -q ': 0 files sent (0 B), 0 removed' <<<"$out"; then ok "$t: a second deploy sends nothing"; else bad "$t: second deploy: $out"; fi
done
etag=$(check s3-etag "$endpoint" site www/minutes.bin)
if [[ $etag == *-* ]]; then ok "s3: minutes.bin went in parts ($etag) and compared as unchanged"; else bad "s3: minutes.bin ETag $etag is not a multipart one"; fi

echo "An edit and a removal; a foreign file on each target:"
check s3-put "$endpoint" site www/foreign.txt
echo "not rapport's" >"$www/foreign.txt"
edit 0 "om vaccin"
rm -rf "$site/content/reports/${reports[5]}"*
build
cp -a "$site/public" "$tmp/v2"
check changes "$tmp/v1" "$tmp/v2" >"$tmp/expected"
sends=$(grep -c '^send' "$tmp/expected" || true)
removes=$(grep -c '^remove' "$tmp/expected" || true)
echo "  the build changed $sends files and removed $removes"
for t in s3 sftp; do
  deploy "$t" --dry-run >"$tmp/dry"
  check planned "$tmp/dry" >"$tmp/planned"
  if diff -u "$tmp/expected" "$tmp/planned"; then ok "$t: --dry-run names exactly the changed and removed files"; else bad "$t: --dry-run plan differs"; fi
  if matches "$t" "$tmp/v1" >/dev/null; then ok "$t: --dry-run changed nothing"; else bad "$t: --dry-run changed the target"; fi
  [ "$t" = sftp ] && check snapshot "$www" >"$tmp/before"
  out=$(deploy "$t")
  echo "  $out"
  if grep -q ": $sends files sent .*, $removes removed" <<<"$out"; then ok "$t: sent $sends, removed $removes"; else bad "$t: $out"; fi
  matches "$t" "$tmp/v2" || fails=$((fails + 1))
  if [ "$t" = sftp ]; then
    check snapshot "$www" >"$tmp/after"
    # The files written again (a new inode) are exactly the changed ones.
    comm -13 "$tmp/before" "$tmp/after" | cut -d' ' -f1 | grep -v '^\.rapport-deploy$' | sed 's/^/send /' | sort >"$tmp/rewritten"
    grep '^send' "$tmp/expected" >"$tmp/expected-sends" || true
    if diff -u "$tmp/expected-sends" "$tmp/rewritten"; then ok "sftp: exactly the changed files were written"; else bad "sftp: other files were written"; fi
  fi
done

echo "Refusals, with nothing sent:"
edit 4 "om hälsa"
build
expect_fail() { # NAME WORDS COMMAND...
  local name=$1 words=$2
  shift 2
  if out=$("$@" 2>&1); then bad "$name: succeeded"; return; fi
  if grep -q -- "$words" <<<"$out"; then ok "$name: $(grep -m1 'error' <<<"$out")"; else bad "$name: $out"; fi
}
expect_fail "s3, wrong secret" "refused the credentials" env AWS_SECRET_ACCESS_KEY=wrong "$bin" deploy s3 --root "$site"
expect_fail "s3, read-only key" "may not write" env AWS_ACCESS_KEY_ID="$READER_ID" AWS_SECRET_ACCESS_KEY="$READER_SECRET" "$bin" deploy s3 --root "$site"
expect_fail "s3, no credentials" "no credentials" env -u AWS_ACCESS_KEY_ID -u AWS_SECRET_ACCESS_KEY HOME="$tmp" "$bin" deploy s3 --root "$site"
expect_fail "s3, missing bucket" "does not exist" "$bin" deploy nobucket --root "$site"
expect_fail "sftp, key not authorised" "refused to log" env RAPPORT_SSH_KEY="$ssh/stranger" "$bin" deploy sftp --root "$site"
expect_fail "sftp, host key changed" "another key" env RAPPORT_KNOWN_HOSTS="$ssh/known_hosts.changed" "$bin" deploy sftp --root "$site"
expect_fail "sftp, unknown host" "not in known_hosts" env RAPPORT_KNOWN_HOSTS="$ssh/known_hosts.empty" "$bin" deploy sftp --root "$site"
for t in s3 sftp; do
  if matches "$t" "$tmp/v2" >/dev/null; then ok "$t: nothing was sent by the refused deploys"; else bad "$t: a refused deploy changed the target"; fi
done

echo "A deploy killed half-way, run again:"
for t in s3 sftp; do
  if RAPPORT_DEPLOY_STOP_AFTER=2 "$bin" deploy "$t" --root "$site" >/dev/null 2>&1; then bad "$t: the stopped deploy did not stop"; fi
  deploy "$t" >/dev/null
  matches "$t" "$site/public" || fails=$((fails + 1))
done

echo
if [ "$fails" -gt 0 ]; then
  echo "deploy checks: $fails failed"
  exit 1
fi
echo "deploy checks: all passed"
