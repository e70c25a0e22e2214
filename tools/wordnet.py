#!/usr/bin/env python3
"""Builds factlint's compiled-in lexical tables (rules/lexical/) from WordNet 3.0.

Source: Princeton WordNet 3.0, as packaged by Debian (`wordnet-base`); its
licence notice is kept in rules/lexical/LICENSE-wordnet.txt and each
generated file names it in its header. Run by hand (no network, standard
library only, deterministic output); the Rust build never runs it:

    cd /tmp && apt-get download wordnet-base && dpkg -x wordnet-base_*.deb /tmp/wn
    python3 tools/wordnet.py /tmp/wn/usr/share/wordnet rules/lexical

What is kept (docs/lexical.md says the same):

* Words: every noun, verb and adjective lemma of index.noun/.verb/.adj
  (adverbs are dropped) of at most MAX_WORDS words (multiword lemmas are
  spelled with spaces: `death toll`) and MAX_KEY bytes, except lemmas whose
  senses are all instances (proper names: `paris`) and multiword lemmas
  whose first sense is in MULTIWORD_DROPPED (taxonomy, anatomy); plus the forms of
  noun.exc, verb.exc and adj.exc (irregular plurals and verb forms:
  `geese` -> `goose`, `fled` -> `flee`) whose base is a kept lemma.
* Per lemma and part of speech: its number of senses, its first SENSES
  synsets in index.* sense order (by tagged frequency), and, for nouns and
  verbs, the lexicographer file of every sense in that order.
* Per kept synset (one among the first SENSES senses of some kept lemma):
  its lexicographer file and these pointers, kept when their target is a
  kept synset too:
    derivation   `+`        (any parts of speech: convict -> conviction),
    hypernym     `@`        (nouns only, one level: ship -> vessel),
    cause        `>`        (verbs: kill -> die),
    entailment   `*`        (verbs: snore -> sleep),
    adj-noun     `=` and `\\` (attribute and pertainym, adjective <-> noun),
  and its concept key: the smallest synset id of its class, where a class
  joins synsets linked by a derivation pointer between the first KEY_SENSES
  senses of both words (never through a noun.person synset: murder -/-
  murderer), so a word's first sense names one key to block on.

Files (each starts with a text header that ends in a NUL byte; integers
are little-endian; a varint is LEB128):

* words.bin: the sorted words, front-coded in blocks of BLOCK: u32 SENSES,
  u32 MAX_KEY, u32 word count, u32 block count, u32 offset of each block (from the start of the
  blocks area), u32 length of the blocks area, the blocks, the records.
  A block: first word as varint length + bytes + varint record offset;
  each next word as varint shared-prefix length, varint suffix length,
  suffix bytes, varint record offset (from the start of the records).
  A record: flags byte (bit 0/1/2: noun/verb/adjective lemma; bit 3: the
  spelling follows, kept for the lemmas a detachment rule reaches by adding
  letters: nouns ending in `y` or `man`, verbs ending in `y` or `e`; bit 4:
  exceptions follow); [varint length, bytes]; per lemma part of speech in
  noun, verb, adjective order: varint sense count n, the varint synset ids
  of its first min(n, SENSES) senses, and for nouns and verbs n
  lexicographer file numbers, a byte each; [byte part-of-speech mask, then
  per part of speech: varint count, each base as varint length + bytes].
* synsets.bin: u32 synset count, u32 offset of each record (from the
  start of the records), the records: lexicographer file number (a byte;
  it gives the part of speech too), varint concept key, byte mask of the
  lists present (bit 0 derivation, 1 hypernym, 2 cause, 3 entailment,
  4 adjective-noun), each present list as varint count then varint synset
  ids, ascending.
"""

import os
import struct
import sys

# How many senses count, by frequency (index.* sense order), for every
# relation: a word's first SENSES senses.
SENSES = 2
# Longest multiword lemma kept, in words; longest key, in bytes (the Rust
# side decodes keys into a stack buffer of this size).
MAX_WORDS = 2
MAX_KEY = 48
# Senses whose derivation links join concept classes: first senses only
# (joining through the first two chains classes into hundreds of synsets:
# act, cause, change, differ...).
KEY_SENSES = 1
# Multiword lemmas whose first sense is in one of these lexicographer files
# are dropped (taxonomy and anatomy: `genus felis`, `red oak`, `bile duct`).
MULTIWORD_DROPPED = {"noun.plant", "noun.animal", "noun.body", "noun.substance", "noun.food"}
# Words per front-coded block.
BLOCK = 16

POS = ["noun", "verb", "adj"]
CHAR_POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}

# lexnames(5WN): lexicographer file numbers 0-44 (the package lacks the
# lexnames file; the list is fixed by the format).
LEXNAMES = [
    "adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
    "noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
    "noun.communication", "noun.event", "noun.feeling", "noun.food",
    "noun.group", "noun.location", "noun.motive", "noun.object",
    "noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
    "noun.process", "noun.quantity", "noun.relation", "noun.shape",
    "noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
    "verb.cognition", "verb.communication", "verb.competition",
    "verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
    "verb.motion", "verb.perception", "verb.possession", "verb.social",
    "verb.stative", "verb.weather", "adj.ppl",
]
NOUN_PERSON = LEXNAMES.index("noun.person")

# Pointer symbols per list; hypernyms only from nouns.
LISTS = [
    ("derivation", {"+"}),
    ("hypernym", {"@"}),
    ("cause", {">"}),
    ("entailment", {"*"}),
    ("adjnoun", {"=", "\\"}),
]

HEADER = (
    "factlint lexical table {name}: generated by tools/wordnet.py from "
    "Princeton WordNet 3.0 (Debian package wordnet-base). WordNet 3.0 "
    "Copyright 2006 by Princeton University. All rights reserved; licence "
    "notice in rules/lexical/LICENSE-wordnet.txt. SENSES={senses} "
    "MAX_WORDS={words}; {count} entries. Do not edit: rebuild with the "
    "script.\n"
)


def read_index(path):
    """lemma -> list of synset offsets, in sense order."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            parts = line.split()
            p_cnt = int(parts[3])
            out[parts[0]] = [int(x) for x in parts[6 + p_cnt:]]
    return out


def read_data(path, pos):
    """(pos, offset) -> (lexfile, pointers[(symbol, (pos, offset), source
    word, target word)], words): word numbers count from 1, 0 for a pointer
    between synsets; words lower-cased, without adjective markers."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            body = line.split(" | ", 1)[0].split()
            offset = int(body[0])
            lexfile = int(body[1])
            w_cnt = int(body[3], 16)
            members = [body[4 + 2 * k].lower().split("(")[0] for k in range(w_cnt)]
            i = 4 + 2 * w_cnt
            p_cnt = int(body[i])
            i += 1
            ptrs = []
            for _ in range(p_cnt):
                sym, off, tpos, st = body[i:i + 4]
                ptrs.append((sym, (CHAR_POS[tpos], int(off)), int(st[:2], 16), int(st[2:], 16)))
                i += 4
            out[(pos, offset)] = (lexfile, ptrs, members)
    return out


def read_exc(path):
    """form -> bases, in file order."""
    out = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            parts = line.split()
            for base in parts[1:]:
                bases = out.setdefault(parts[0], [])
                if base not in bases and base != parts[0]:
                    bases.append(base)
    return out


def spell(lemma):
    return lemma.replace("_", " ")


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def needs_spelling(word, poses):
    """Lemmas a morphy detachment rule reaches by adding letters."""
    return ("noun" in poses and (word.endswith("y") or word.endswith("man"))) or (
        "verb" in poses and (word.endswith("y") or word.endswith("e"))
    )


def header(name, count):
    text = HEADER.format(name=name, senses=SENSES, words=MAX_WORDS, count=count)
    return text.encode("ascii") + b"\0"


def main(src, out_dir):
    index = {p: read_index(os.path.join(src, f"index.{p}")) for p in POS}
    data = {}
    for p in POS:
        data.update(read_data(os.path.join(src, f"data.{p}"), p))
    exc = {p: read_exc(os.path.join(src, f"{p}.exc")) for p in POS}

    # Lemmas kept: word -> pos -> synset list (all senses).
    def instance_only(p, offsets):
        return all(
            any(s == "@i" for s, *_ in data[(p, o)][1]) and not any(s == "@" for s, *_ in data[(p, o)][1])
            for o in offsets
        )

    words = {}
    for p in POS:
        for lemma, offsets in index[p].items():
            w = spell(lemma)
            if w.count(" ") >= MAX_WORDS or len(w.encode()) > MAX_KEY:
                continue
            if p == "noun" and instance_only(p, offsets):
                continue
            if " " in w and LEXNAMES[data[(p, offsets[0])][0]] in MULTIWORD_DROPPED:
                continue
            words.setdefault(w, {})[p] = [(p, o) for o in offsets]

    # Synsets kept: among some kept lemma's first SENSES senses.
    kept = sorted({s for poses in words.values() for ss in poses.values() for s in ss[:SENSES]})
    # Ids: by part of speech then offset (stable across runs).
    ids = {s: i for i, s in enumerate(kept)}

    lists = {}
    for s in kept:
        lexfile, ptrs, _ = data[s]
        per = []
        for name, symbols in LISTS:
            if name == "hypernym" and s[0] != "noun":
                per.append([])
                continue
            targets = sorted({ids[t] for sym, t, *_ in ptrs if sym in symbols and t in ids})
            if name == "adjnoun":
                targets = sorted(
                    {ids[t] for sym, t, *_ in ptrs if sym in symbols and t in ids and {s[0], t[0]} == {"adj", "noun"}}
                )
            per.append(targets)
        # A derivation between an adjective and a noun is an adj-noun link too.
        deriv_adjnoun = [ids[t] for sym, t, *_ in ptrs if sym == "+" and t in ids and {s[0], t[0]} == {"adj", "noun"}]
        per[4] = sorted(set(per[4]) | set(deriv_adjnoun))
        per[0] = sorted(set(per[0]) - set(deriv_adjnoun))
        lists[s] = per

    # Concept keys: union-find over derivations between first senses.
    parent = list(range(len(kept)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    def counts(synset, word_no):
        """Whether the pointer's word (any member for word_no 0) has the
        synset among its first KEY_SENSES senses."""
        members = data[synset][2] if word_no == 0 else [data[synset][2][word_no - 1]]
        return any(synset in words.get(spell(m), {}).get(synset[0], [])[:KEY_SENSES] for m in members)

    for s in kept:
        if data[s][0] == NOUN_PERSON:
            continue
        for sym, t, src_no, dst_no in data[s][1]:
            if (
                sym == "+"
                and t in ids
                and data[t][0] != NOUN_PERSON
                and counts(s, src_no)
                and counts(t, dst_no)
            ):
                union(ids[s], ids[t])
    keys = [find(i) for i in range(len(kept))]

    # Exceptions: form -> pos -> bases (bases that are kept lemmas).
    excs = {}
    for p in POS:
        for form, bases in exc[p].items():
            bases = [spell(b) for b in bases if p in words.get(spell(b), {})]
            if bases and len(spell(form).encode()) <= MAX_KEY:
                excs.setdefault(spell(form), {})[p] = bases

    # words.bin records.
    records = bytearray()
    record_at = {}
    all_words = sorted(set(words) | set(excs), key=lambda w: w.encode())
    for w in all_words:
        poses = words.get(w, {})
        flags = 0
        for bit, p in enumerate(POS):
            if p in poses:
                flags |= 1 << bit
        spelled = needs_spelling(w, poses)
        if spelled:
            flags |= 8
        if w in excs:
            flags |= 16
        rec = bytearray([flags])
        if spelled:
            rec += varint(len(w.encode())) + w.encode()
        for p in POS:
            if p not in poses:
                continue
            ss = poses[p]
            rec += varint(len(ss))
            for s in ss[:SENSES]:
                rec += varint(ids[s])
            if p != "adj":
                rec += bytes(data[s][0] for s in ss)
        if w in excs:
            mask = 0
            for bit, p in enumerate(POS):
                if p in excs[w]:
                    mask |= 1 << bit
            rec.append(mask)
            for p in POS:
                if p in excs[w]:
                    rec += varint(len(excs[w][p]))
                    for b in excs[w][p]:
                        rec += varint(len(b.encode())) + b.encode()
        record_at[w] = len(records)
        records += rec

    blocks = bytearray()
    block_at = []
    for i, w in enumerate(all_words):
        key = w.encode()
        if i % BLOCK == 0:
            block_at.append(len(blocks))
            blocks += varint(len(key)) + key
        else:
            prev = all_words[i - 1].encode()
            shared = 0
            while shared < min(len(prev), len(key)) and prev[shared] == key[shared]:
                shared += 1
            blocks += varint(shared) + varint(len(key) - shared) + key[shared:]
        blocks += varint(record_at[w])

    words_bin = bytearray(header("words.bin", len(all_words)))
    words_bin += struct.pack("<IIII", SENSES, MAX_KEY, len(all_words), len(block_at))
    words_bin += b"".join(struct.pack("<I", o) for o in block_at)
    words_bin += struct.pack("<I", len(blocks))
    words_bin += blocks + records

    syn_records = bytearray()
    syn_at = []
    for i, s in enumerate(kept):
        syn_at.append(len(syn_records))
        rec = bytearray([data[s][0]]) + varint(keys[i])
        mask = 0
        for bit, targets in enumerate(lists[s]):
            if targets:
                mask |= 1 << bit
        rec.append(mask)
        for targets in lists[s]:
            if targets:
                rec += varint(len(targets))
                for t in targets:
                    rec += varint(t)
        syn_records += rec
    synsets_bin = bytearray(header("synsets.bin", len(kept)))
    synsets_bin += struct.pack("<I", len(kept))
    synsets_bin += b"".join(struct.pack("<I", o) for o in syn_at)
    synsets_bin += syn_records

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "words.bin"), "wb") as f:
        f.write(words_bin)
    with open(os.path.join(out_dir, "synsets.bin"), "wb") as f:
        f.write(synsets_bin)

    lemma_count = {p: sum(1 for poses in words.values() if p in poses) for p in POS}
    classes = {}
    for k in keys:
        classes[k] = classes.get(k, 0) + 1
    print(
        f"words.bin: {len(words_bin)} bytes, {len(all_words)} words "
        f"({lemma_count['noun']} noun, {lemma_count['verb']} verb, {lemma_count['adj']} adjective lemmas; "
        f"{len(excs)} exception forms)\n"
        f"synsets.bin: {len(synsets_bin)} bytes, {len(kept)} synsets; "
        + ", ".join(f"{name} {sum(len(lists[s][i]) for s in kept)}" for i, (name, _) in enumerate(LISTS))
        + f"; largest concept classes {sorted(classes.values())[-8:]} synsets, {len(classes)} classes",
        file=sys.stderr,
    )


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: tools/wordnet.py WORDNET_DICT_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
