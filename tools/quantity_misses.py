#!/usr/bin/env python3
"""Why each missed quantity contradiction of the ECB+ dev pairs was missed:
the figures each labelled sentence gives, their keys and blocks, and the
first gate the pair fails, for reading (`../shared/eval/score-labels.py
--misses` lists the pairs only).

usage: tools/quantity_misses.py FACTLINT [TOPIC...]

Each missed pair is checked as pair mode checks it: its two articles alone
in a scratch folder, their claims read with `factlint claims --format
jsonl`. The figures of each labelled sentence are printed (text, class,
predicate, thing, scope, participants, blocks), then the gate:

- `not extracted`: a sentence gives no figure (the extractor's side);
- `two stories`: the articles were put in different stories (grouping);
- `ambiguous`: every figure of a sentence is in no block (its article gives
  another value of its key or class; see `ambiguous_quantities` in
  src/align/mod.rs);
- `keys differ`: no figure of one sentence shares a block with one of the
  other (class, predicate or thing keys do not meet);
- `scored`: figures share a block; the pair was refused by the scorer
  (src/align/score.rs; the sentences' likeness without the unit is shown,
  against `context-similarity` 0.45, `scoped-context-similarity` 0.2) or
  judged consistent. The gate is of the figures of one class (or two sums of
  money) when the sentences share one, else of any two: a sentence giving
  several (`an eight-year, $200 million offer`) may still be judged by
  another figure than the labelled one.

Standard library only; reads ../shared/data and ../shared/eval.
"""
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")
DATA = os.path.join(SHARED, "data", "ecbplus")
# The scorer prints each sentence as a Python literal: in double quotes when
# it holds an apostrophe.
MISS = re.compile(r"""missed quantity: (\S+): (['"])(.*)\2 \| (\S+): (['"])(.*)\5  \((.*)\)$""")


def misses(factlint):
    """The missed quantity pairs: (file, sentence, file, sentence, note)."""
    scorer = os.path.join(SHARED, "eval", "score-labels.py")
    out = subprocess.run(
        [sys.executable, scorer, factlint, "--misses"], capture_output=True, text=True
    ).stdout
    found = (MISS.match(line) for line in out.splitlines())
    return [m.group(1, 3, 4, 6, 7) for m in found if m]


def claims_of(factlint, files):
    """The quantity claims of the files checked alone together."""
    scratch = tempfile.mkdtemp(prefix="quantity-misses-")
    try:
        for f in files:
            shutil.copy(os.path.join(DATA, f), scratch)
        out = subprocess.run(
            [factlint, "claims", "--format", "jsonl", scratch], capture_output=True, text=True
        ).stdout
    finally:
        shutil.rmtree(scratch)
    claims = (json.loads(line) for line in out.splitlines() if line.strip())
    return [c for c in claims if c.get("type") == "claim" and c["kind"] == "quantity"]


def in_sentence(claim, text, quote):
    """Whether the claim's sentence holds the labelled words."""
    sentence = text[claim["sentence_start"] : claim["sentence_end"]]
    return quote[:40] in sentence or sentence[:40] in quote


def stories(claims):
    """The story ids a side's blocks name (`quantity:3:boat` is story 3)."""
    return {b.split(":")[1] for c in claims for b in c["block"] if b.split(":")[1].isdigit()}


def likeness(a, b):
    """Dice of the two contexts without the units (as the scorer reads it)."""
    skip = {a["value"].get("unit"), b["value"].get("unit")}
    xa = [w for w in a["context"] if w not in skip]
    xb = [w for w in b["context"] if w not in skip]
    if not xa or not xb:
        return 0.0
    return 2 * sum(w in xb for w in xa) / (len(xa) + len(xb))


def alike(a, b):
    """Whether two figures are of one class, or both sums of money."""
    money = {"usd", "eur", "gbp", "jpy", "cad", "aud", "inr", "chf", "cny"}
    return a["class"] == b["class"] or {a["class"], b["class"]} <= money


def gate(side_a, side_b):
    """The first gate the pair fails, as a short text."""
    if not side_a or not side_b:
        return "not extracted"
    if stories(side_a) and stories(side_b) and not stories(side_a) & stories(side_b):
        return "two stories"
    # Figures of one class (or two sums of money) are the likely labelled
    # pair; any two figures when the sentences share no class.
    pairs = [(a, b) for a in side_a for b in side_b if alike(a, b)]
    pairs = pairs or [(a, b) for a in side_a for b in side_b]
    if all(not a["block"] or not b["block"] for a, b in pairs):
        return "ambiguous"
    met = [(a, b) for a, b in pairs if set(a["block"]) & set(b["block"])]
    if not met:
        return "keys differ"
    best = max(likeness(a, b) for a, b in met)
    return f"scored (best likeness {best:.2f})"


def describe(c):
    """One figure with its keys and blocks."""
    k = c.get("counted") or {}
    keys = " ".join(f"{n}={k[n]}" for n in ("predicate", "thing", "scope") if n in k)
    blocks = ",".join(b.split(":", 2)[2] for b in c["block"]) or "-"
    return (
        f"{c['text']!r} class={c['class']} {keys} participants={c['participants']}"
        f" tense={c['tense']} blocks={blocks}"
    )


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    factlint, topics = os.path.abspath(sys.argv[1]), set(sys.argv[2:])
    tally = collections.Counter()
    for fa, qa, fb, qb, note in misses(factlint):
        if topics and fa.split("/")[0] not in topics:
            continue
        claims = claims_of(factlint, [fa, fb])
        sides = []
        for f, quote in ((fa, qa), (fb, qb)):
            with open(os.path.join(DATA, f)) as src:
                text = src.read()
            name = os.path.basename(f)
            mine = [c for c in claims if os.path.basename(c["source"]) == name]
            sides.append([c for c in mine if in_sentence(c, text, quote)])
        why = gate(*sides)
        tally[why.split(" (")[0]] += 1
        print(f"{fa} | {fb}: {why}\n  {note}")
        for f, side in zip((fa, fb), sides):
            for c in side:
                print(f"    {os.path.basename(f)}: {describe(c)}")
    print("# " + ", ".join(f"{n} {k}" for k, n in tally.most_common()))


if __name__ == "__main__":
    main()
