#!/usr/bin/env python3
"""Samples word pairs from Snowball's test vocabularies (snowballstem/
snowball-data: LANG/voc.txt and LANG/output.txt, BSD-3-Clause) for
tests/data/snowball/: pairs of forms that Snowball gives one stem, so a
search for one finds a report with the other. For Swedish, also pairs of
a definite singular in -an and its noun in -a (sjuksköterskan,
sjuksköterska), which Snowball leaves apart and rapport's search joins.

    tools/snowball-sample.py SNOWBALL_DATA_DIR tests/data/snowball
"""
import re
import sys
from collections import defaultdict

data, out = sys.argv[1], sys.argv[2]
word = re.compile(r"^\w+$")
for lang, pairs_wanted in (("swedish", 300), ("english", 300), ("russian", 300)):
    voc = open(f"{data}/{lang}/voc.txt", encoding="utf-8").read().split("\n")
    stems = open(f"{data}/{lang}/output.txt", encoding="utf-8").read().split("\n")
    stem_of = dict(zip(voc, stems))
    groups = defaultdict(list)
    for w, s in zip(voc, stems):
        if w and word.match(w) and not w.isdigit():
            groups[s].append(w)
    keys = sorted(k for k, ws in groups.items() if len(ws) >= 2)
    step = max(1, len(keys) // pairs_wanted)
    pairs = []
    for k in keys[::step][:pairs_wanted]:
        ws = groups[k]
        # The shortest form in a report, the longest in the query, and the
        # other way round every second pair.
        a, b = min(ws, key=len), max(ws, key=len)
        pairs.append((a, b) if len(pairs) % 2 == 0 else (b, a))
    extra = []
    if lang == "swedish":
        definite = sorted(w for w in voc if w.endswith("an") and len(w) > 4 and w[:-1] in stem_of
                          and stem_of[w] != stem_of[w[:-1]])
        step = max(1, len(definite) // 60)
        for w in definite[::step][:60]:
            extra.append((w, w[:-1]) if len(extra) % 2 == 0 else (w[:-1], w))
        print(f"swedish: {len(definite)} words in -an whose form in -a has another stem", file=sys.stderr)
    with open(f"{out}/{lang}.tsv", "w", encoding="utf-8") as f:
        f.write(f"# {lang}: in the report\tin the query (sampled from snowball-data by tools/snowball-sample.py)\n")
        for a, b in pairs:
            f.write(f"{a}\t{b}\n")
        for a, b in extra:
            f.write(f"{a}\t{b}\tdefinite\n")
    print(f"{lang}: {len(pairs)} pairs from {len(keys)} stems with several forms, {len(extra)} -an pairs", file=sys.stderr)
