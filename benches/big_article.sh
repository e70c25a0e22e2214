#!/usr/bin/env bash
# One big article: `factlint claims` and `factlint check` on single articles
# of 1, 2, 4 and 8 MB (issue 23: time near-linear in the article's size,
# peak memory at most 3x the input + 100 MB).
#
# usage: benches/big_article.sh [SIZES_MB...]   (default: 1 2 4 8)
#
# Two articles per size. `ecb`: the ECB+ articles of
# ../shared/data/ecbplus/*/*/ joined with blank lines, repeated until the
# size is reached and cut there (at a character boundary): real sentences,
# names, dates and figures, as one text. `names`: generated sentences full
# of people (20,000 made-up surnames, each introduced with a role, meeting
# lexicon leaders, quoted with a figure; seeded, so the same every run):
# where learning an article's names and aligning its claims went quadratic.
# Environment: FACTLINT=path benchmarks that binary instead of
# building target/release/factlint; KEEP=1 keeps the temporary folder.
# Prints a markdown table: article, command, MB, claims, seconds (wall), peak RSS
# (MB, from /usr/bin/time -v) and the goal's limit.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1 2 4 8)
data="$root/../shared/data/ecbplus"
[ -d "$data" ] || { echo "needs $data" >&2; exit 2; }
if [ -z "${FACTLINT:-}" ]; then
    cargo build --release --quiet
    FACTLINT="${CARGO_TARGET_DIR:-$root/target}/release/factlint"
fi
tmp=$(mktemp -d)
[ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT
python3 - "$data" "$tmp" "${sizes[@]}" <<'PY'
import glob, sys
data, out, sizes = sys.argv[1], sys.argv[2], sys.argv[3:]
texts = [open(f, encoding="utf-8", errors="replace").read()
         for f in sorted(glob.glob(f"{data}/*/*/*.txt"))]
joined = "\n\n".join(texts)
import random
rng = random.Random(23)
firsts = "James Mary John Linda David Susan Ana Dmitry Olga Ahmed Fatima Wei Yuki Pedro".split()
syl = "ka ro mi ten sha lo vin dre pa tu mor gan el sto ber fi wick son ham ley".split()
lasts = ["".join(rng.choice(syl) for _ in range(3)).capitalize() for _ in range(20000)]
known = ["Vladimir Putin", "Barack Obama", "Angela Merkel", "Russia", "Iran", "Turkey"]
def names(n):
    out, size = ["Monday, 20 November 2017\n\n"], 0
    while size < n:
        a = f"{rng.choice(firsts)} {rng.choice(lasts)}"
        role = rng.choice(["spokesman", "minister", "President", "police chief"])
        s = (f"{a}, the {role}, met {rng.choice(known)} in Sochi on Monday, and "
             f"{a.split()[1]} said \"we will talk about {rng.randint(2, 900)} people killed\" "
             f"before {rng.choice(known)} left. ")
        if rng.random() < 0.2:
            s += "\n\n"
        out.append(s)
        size += len(s)
    return "".join(out)
for mb in sizes:
    n = int(float(mb) * 1024 * 1024)
    body = (joined + "\n\n") * (n // len(joined.encode()) + 1)
    with open(f"{out}/ecb{mb}.txt", "w", encoding="utf-8") as f:
        f.write(body.encode()[:n].decode("utf-8", "ignore"))
    with open(f"{out}/names{mb}.txt", "w", encoding="utf-8") as f:
        f.write(names(n)[:n])
PY
echo "| article | command | MB | claims | seconds | peak RSS (MB) | limit (MB) |"
echo "|---|---|---|---|---|---|---|"
for kind in ecb names; do
for mb in "${sizes[@]}"; do
    f="$tmp/$kind$mb.txt"
    bytes=$(stat -c %s "$f")
    limit=$(( 3 * bytes / 1048576 + 100 ))
    claims=$("$FACTLINT" claims --format jsonl --max-filesize $((bytes + 1)) "$f" | grep -c '"type":"claim"' || true)
    for cmd in claims check; do
        extra=()
        [ "$cmd" = check ] && extra=(--no-baseline)
        /usr/bin/time -v -o "$tmp/time" "$FACTLINT" "$cmd" "${extra[@]}" \
            --max-filesize $((bytes + 1)) "$f" >/dev/null 2>"$tmp/err" || true
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$tmp/time" |
            awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
        rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$tmp/time")
        echo "| $kind | $cmd | $mb | $claims | $wall | $rss | $limit |"
    done
done
done
