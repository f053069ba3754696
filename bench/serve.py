#!/usr/bin/env python3
"""Incremental-rebuild benchmark for `rapport serve`.

Builds a synthetic corpus of N bilingual reports (gen_corpus.py), starts
`rapport serve` on it, listens to its reload events, then saves one report at
a time (its text edited, then a few titles) and measures the time from the
save to the reload event. Prints the median and spread of each kind, and a
full build of the same site for comparison.

    bench/serve.py [N] [EDITS]        (defaults: 5000 reports, 25 edits)

RAPPORT_GEN names gen_corpus.py (default ../shared/bench/gen_corpus.py);
RAPPORT_BIN another build of rapport to time (default: this one, built).
"""
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    gen = os.environ.get("RAPPORT_GEN", os.path.join(ROOT, "..", "shared", "bench", "gen_corpus.py"))
    binary = os.environ.get("RAPPORT_BIN")
    if not binary:
        subprocess.run(["cargo", "build", "--release", "--locked", "-q"], cwd=ROOT, check=True)
        binary = os.path.join(ROOT, "target", "release", "rapport")
    work = tempfile.mkdtemp(prefix="rapport-bench-")
    server = None
    try:
        site = os.path.join(work, "site")
        subprocess.run([sys.executable, gen, str(n), site], check=True, stdout=subprocess.DEVNULL)
        for folder in ("themes", "locales"):
            shutil.copytree(os.path.join(ROOT, folder), os.path.join(site, folder))
        with open(os.path.join(site, "site.yaml"), "w") as f:
            f.write("base_url: https://example.org/\nlanguages: [sv, en]\npaginate: 10\n")

        started = time.perf_counter()
        subprocess.run([binary, "build", "--root", site, "--output", os.path.join(work, "out")],
                       check=True, stdout=subprocess.DEVNULL)
        full = time.perf_counter() - started

        errors = open(os.path.join(work, "serve-errors"), "w+", encoding="utf-8")
        server = subprocess.Popen([binary, "serve", "--port", "0", "--root", site],
                                  stdout=subprocess.PIPE, stderr=errors, text=True,
                                  env={**os.environ, "RAPPORT_LANG": "en"})
        address = None
        while address is None:
            line = server.stdout.readline()
            if not line:
                sys.exit("rapport serve stopped")
            if "http://" in line:
                address = line.split("http://")[1].split("/")[0]
        host, port = address.split(":")
        events = socket.create_connection((host, int(port)))
        events.sendall(f"GET /__rapport/events HTTP/1.1\r\nHost: {address}\r\n\r\n".encode())
        buffer = b""

        def next_event(timeout):
            """The data of the next event, or None after `timeout` seconds."""
            nonlocal buffer
            deadline = time.perf_counter() + timeout
            while True:
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if line.startswith(b"data: "):
                        return line[6:].strip().decode()
                left = deadline - time.perf_counter()
                if left <= 0:
                    return None
                events.settimeout(left)
                try:
                    chunk = events.recv(65536)
                except socket.timeout:
                    return None
                if not chunk:
                    return None
                buffer += chunk

        assert next_event(30) == "ready"
        reports = sorted(os.listdir(os.path.join(site, "content", "reports")))

        def timed(i, change):
            """Milliseconds from saving report i, changed by `change`, to the reload."""
            path = os.path.join(site, "content", "reports", reports[(i * 37) % len(reports)])
            with open(path, encoding="utf-8") as f:
                text = f.read()
            started = time.perf_counter()
            with open(path, "w", encoding="utf-8") as f:
                f.write(change(text, i))
            if next_event(30) is None:
                sys.exit("no reload event")
            took = (time.perf_counter() - started) * 1000
            # Let any second event of the same save pass before the next edit.
            while next_event(0.3) is not None:
                pass
            return took

        # What an author does most while writing: the text changes.
        text_edits = [timed(i, lambda t, i: t + f"\nÄndring {i}.\n") for i in range(edits)]
        # A title changes what listings, feeds and the other language show.
        title_edits = [
            timed(edits + i, lambda t, i: t.replace('title: "', f'title: "Ny {i}: ', 1))
            for i in range(max(3, edits // 5))
        ]
        server.terminate()
        server.wait()
        errors.seek(0)
        if "error" in errors.read():
            sys.exit("an edit broke the site, so its time is not a rebuild's")
        print(f"corpus: {n} reports; full build {full * 1000:.0f} ms")
        for label, times in (("text", text_edits), ("title", title_edits)):
            median = statistics.median(times)
            print(f"save to reload event, {len(times)} edits of the {label}: "
                  f"median {median:.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms "
                  f"(1/{full * 1000 / median:.0f} of a full build)")
        print("(each includes the watcher's 20 ms debounce)")
    finally:
        if server is not None and server.poll() is None:
            server.terminate()
            server.wait()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
