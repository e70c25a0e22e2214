#!/usr/bin/env python3
"""Where story grouping goes wrong on ECB+: the articles wrongly split and
wrongly merged, topic by topic, for reading (`../shared/eval/stories.py`
gives the figures only).

usage: tools/story_errors.py FACTLINT [TOPIC...]

For each topic (both events given together, as stories.py does) with an
error, prints each story found: how many articles of each gold event it
holds and every article with its publication date (`~` after a date
borrowed from its story). Then it counts the wrong pairs by what their
dates say, the first thing to look at: split pairs of dated articles more
than `window-days` apart cannot join (rules/stories/stories.toml); merged
pairs with one or no dated article were not kept apart by dates at all.
A settings file named by FACTLINT_STORY_SETTINGS (see
src/align/stories/settings.rs) is used by the binary when set: try a
setting without rebuilding. Standard library only; reads ../shared/data.
"""
import collections
import datetime
import itertools
import json
import os
import subprocess
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "shared", "data", "ecbplus")
with open(os.path.join(HERE, "..", "rules", "stories", "stories.toml"), "rb") as settings:
    WINDOW_DAYS = tomllib.load(settings)["linkage"]["window-days"]


def topics():
    """Gold events by topic, from clusters.jsonl."""
    groups = collections.defaultdict(list)
    with open(os.path.join(DATA, "clusters.jsonl")) as f:
        for line in f:
            g = json.loads(line)
            groups[g["topic"]].append(g)
    return groups


def grouped(binary, event):
    """factlint's story, date and date provenance of each article."""
    out = subprocess.run([binary, "sources", "--format", "json", *sorted(event)],
                         capture_output=True, text=True, timeout=120, check=False)
    sources = json.loads(out.stdout)["sources"]
    return {os.path.realpath(s["path"]): s for s in sources}


def own_date(s):
    """The article's own publication date (not one borrowed from its story)."""
    if not s.get("published") or s.get("published_from") == "borrowed":
        return None
    return datetime.date.fromisoformat(s["published"])


def label(path, s):
    name = os.path.basename(path).removesuffix(".txt")
    if s.get("published"):
        name += "@" + s["published"] + ("~" if s.get("published_from") == "borrowed" else "")
    return name


def category(a, b):
    """What the two articles' dates say about a pair."""
    da, db = own_date(a), own_date(b)
    if da and db:
        gap = abs((da - db).days)
        return "both dated, more than %d days apart" % WINDOW_DAYS if gap > WINDOW_DAYS else \
            "both dated, 4-%d days apart" % WINDOW_DAYS if gap > 3 else "both dated, within 3 days"
    return "one dated" if da or db else "none dated"


def report(topic, event, src, counts):
    """Prints one topic's stories when it has a wrong pair; tallies the pairs."""
    split = merged = 0
    for a, b in itertools.combinations(sorted(event), 2):
        same_event = event[a] == event[b]
        same_story = src[a]["story"] == src[b]["story"]
        if same_event == same_story:
            continue
        kind = "split" if same_event else "merged"
        split += same_event
        merged += not same_event
        counts[(kind, category(src[a], src[b]))] += 1
    if not (split or merged):
        return split, merged
    print(f"== topic {topic}: {split} same-event pairs split, {merged} pairs of two events merged")
    stories = collections.defaultdict(list)
    for path in sorted(event):
        stories[src[path]["story"]].append(path)
    for story, paths in sorted(stories.items()):
        events = dict(collections.Counter(event[p] for p in paths))
        print(f"  story {story} {events}: " + " ".join(label(p, src[p]) for p in paths))
    return split, merged


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    binary, only = sys.argv[1], set(sys.argv[2:])
    counts = collections.Counter()
    total_split = total_merged = 0
    for topic, gs in sorted(topics().items(), key=lambda x: int(x[0])):
        if only and topic not in only:
            continue
        event = {os.path.realpath(os.path.join(DATA, f)): g["event"] for g in gs for f in g["files"]}
        split, merged = report(topic, event, grouped(binary, event), counts)
        total_split += split
        total_merged += merged
    print(f"\n{total_split} pairs split, {total_merged} merged, by what their dates say:")
    for (kind, cat), n in sorted(counts.items()):
        print(f"  {kind:6} {cat}: {n}")


if __name__ == "__main__":
    main()
