#!/usr/bin/env bash
# End-to-end benchmark: factlint against typos and proselint on generated
# corpora (examples/gen_corpus/, built from ../shared/data).
#
# usage: benches/e2e.sh [--quick] [N]
#   N        articles in the base corpus (default 10000); the large corpus
#            has 10*N articles and is skipped with --quick.
#   --quick  skip the large corpus.
#
# Environment:
#   RUNS=3          timed runs per measurement (hyperfine or a shell loop)
#   SEED=42         corpus seed
#   PROSELINT_FILES=1000  size of the subset proselint runs on (extrapolated)
#   KEEP=1          keep the temporary folder (printed at the end)
#   FACTLINT=path   benchmark this binary instead of building target/release/factlint
#
# Prints a markdown table: tool, corpus, articles, MB, seconds, MB/s, peak RSS.
# typos and proselint are used from PATH, else installed into the temporary
# folder (typos from PyPI's prebuilt `typos` package, else `cargo install
# typos-cli --locked`; proselint into a virtualenv); a tool that cannot be
# installed is reported as skipped.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)

quick=0
n=10000
for arg in "$@"; do
    case "$arg" in
        --quick) quick=1 ;;
        -h | --help)
            sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *[!0-9]* | '')
            echo "e2e.sh: unknown argument: $arg" >&2
            exit 2
            ;;
        *) n=$arg ;;
    esac
done
runs=${RUNS:-3}
seed=${SEED:-42}
prose_files=${PROSELINT_FILES:-1000}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-e2e.XXXXXX")
cleanup() {
    if [[ "${KEEP:-0}" == 1 ]]; then
        echo "e2e.sh: kept $tmp" >&2
    else
        rm -rf "$tmp"
    fi
}
trap cleanup EXIT

rows=$tmp/rows.tsv
: >"$rows"
log() { printf 'e2e.sh: %s\n' "$*" >&2; }

# ------------------------------------------------------------------ build
log "building (release)"
cargo build --release --example gen_corpus
factlint=${FACTLINT:-$root/target/release/factlint}
factlint_note=""
if [[ -z "${FACTLINT:-}" ]] && ! cargo build --release --bin factlint; then
    factlint_note="build failed"
fi
if [[ -z "$factlint_note" && ! -x "$factlint" ]]; then
    factlint_note="binary missing"
fi
gen=$root/target/release/examples/gen_corpus

# ------------------------------------------------------------------ corpora
corpus_bytes() {
    find "$1" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }'
}
corpus_files() {
    find "$1" -maxdepth 1 -name '*.txt' | wc -l
}

log "generating corpora in $tmp"
out=$("$gen" --seed "$seed" --articles "$n" "$tmp/small")
echo "$out" >&2
if [[ ! -d "$tmp/small" ]]; then
    log "no corpus generated (is ../shared/data missing?); nothing to benchmark"
    exit 0
fi
corpora=(small)
if [[ "$quick" == 0 ]]; then
    "$gen" --seed "$seed" --articles $((n * 10)) "$tmp/large" >&2
    corpora+=(large)
fi
"$gen" --seed "$seed" --articles 0 --hot-story 1000 "$tmp/hot" >&2
corpora+=(hot)

# ------------------------------------------------------------------ timing
have_hyperfine=0
if command -v hyperfine >/dev/null 2>&1; then
    have_hyperfine=1
fi

# wall_seconds RUNS CMD... : median wall time of RUNS runs, stdout and stderr discarded.
wall_seconds() {
    local n_runs=$1
    shift
    if [[ "$have_hyperfine" == 1 ]]; then
        local cmd
        cmd=$(printf '%q ' "$@")
        hyperfine --style none --warmup 1 --runs "$n_runs" --ignore-failure \
            --export-csv "$tmp/hf.csv" "$cmd" >/dev/null 2>&1
        awk -F, 'NR == 2 { printf "%.4f\n", $4 }' "$tmp/hf.csv"
    else
        local i start end
        : >"$tmp/times"
        for ((i = 0; i < n_runs; i++)); do
            start=$(date +%s.%N)
            "$@" >/dev/null 2>&1 || true
            end=$(date +%s.%N)
            awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }' >>"$tmp/times"
        done
        sort -g "$tmp/times" | awk '{ t[NR] = $1 } END { printf "%.4f\n", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
    fi
}

# measure TOOL CORPUS ARTICLES BYTES RUNS BAD_CODES NOTE CMD...
# One run under /usr/bin/time -v (exit code, peak RSS, wall time), then RUNS
# timed runs (RUNS=0: the single run's wall time is used). An exit code
# listed in BAD_CODES (space separated) marks the tool as not supporting the
# command and skips the timing.
measure() {
    local tool=$1 corpus=$2 articles=$3 bytes=$4 n_runs=$5 bad=$6 note=$7
    shift 7
    local rc=0 rss="" secs start end
    log "running $tool on $corpus ($articles articles)"
    start=$(date +%s.%N)
    if [[ -x /usr/bin/time ]]; then
        /usr/bin/time -v -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/stderr.txt" || rc=$?
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time.txt")
    else
        "$@" >/dev/null 2>"$tmp/stderr.txt" || rc=$?
    fi
    end=$(date +%s.%N)
    local code
    for code in $bad 127; do
        if [[ "$rc" == "$code" ]]; then
            log "$tool exited with $rc: $(head -c 300 "$tmp/stderr.txt" | tr '\n' ' ')"
            printf '%s\t%s\t%s\t%s\t\t\t%s\n' "$tool" "$corpus" "$articles" "$bytes" \
                "not supported yet (exit $rc)" >>"$rows"
            return 0
        fi
    done
    if [[ "$n_runs" -gt 0 ]]; then
        secs=$(wall_seconds "$n_runs" "$@")
    else
        secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f\n", e - s }')
    fi
    # Linters exit non-zero when they find something: 1 (factlint, proselint), 2 (typos).
    if [[ "$rc" != 0 && "$rc" != 1 && ! ("$tool" == typos && "$rc" == 2) ]]; then
        note="${note:+$note; }exit $rc"
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$corpus" "$articles" "$bytes" "$secs" \
        "$rss" "$note" >>"$rows"
}

# skip_row TOOL CORPUS NOTE
skip_row() {
    printf '%s\t%s\t\t\t\t\t%s\n' "$1" "$2" "$3" >>"$rows"
}

# ------------------------------------------------------------------ factlint
timing=$([[ "$have_hyperfine" == 1 ]] && echo "hyperfine, median of $runs" || echo "loop, median of $runs")
if [[ -z "$factlint_note" ]]; then
    # Preflight: a stub binary that prints nothing would give meaningless times.
    pre_rc=0
    pre_out=$("$factlint" check --format json seeds 2>"$tmp/stderr.txt") || pre_rc=$?
    if [[ "$pre_rc" == 2 || "$pre_rc" == 127 ]]; then
        factlint_note="pending: check --format json exits $pre_rc"
        log "factlint: $(head -c 300 "$tmp/stderr.txt" | tr '\n' ' ')"
    elif [[ -z "$pre_out" ]]; then
        factlint_note="pending: no output on seeds (exit $pre_rc)"
    fi
fi
if [[ -n "$factlint_note" ]]; then
    log "factlint: $factlint_note"
    skip_row factlint all "$factlint_note"
else
    measure factlint seeds "$(corpus_files seeds)" "$(corpus_bytes seeds)" $((runs > 10 ? runs : 10)) 2 \
        "check seeds" "$factlint" check seeds
    for c in "${corpora[@]}"; do
        measure factlint "$c" "$(corpus_files "$tmp/$c")" "$(corpus_bytes "$tmp/$c")" "$runs" 2 "" \
            "$factlint" check --format json "$tmp/$c"
    done
fi

# ------------------------------------------------------------------ typos
typos_bin=""
if command -v typos >/dev/null 2>&1; then
    typos_bin=$(command -v typos)
else
    # PyPI's `typos` package is the released binary (seconds to install);
    # building typos-cli from source takes minutes on 2 cores.
    log "typos not on PATH: pip install typos (prebuilt), else cargo install typos-cli"
    if python3 -m venv "$tmp/typos-venv" >/dev/null 2>&1 &&
        "$tmp/typos-venv/bin/pip" install --quiet typos >"$tmp/typos-install.log" 2>&1; then
        typos_bin=$tmp/typos-venv/bin/typos
    elif CARGO_HOME="$tmp/cargo" cargo install typos-cli --locked --root "$tmp/typos" >>"$tmp/typos-install.log" 2>&1; then
        typos_bin=$tmp/typos/bin/typos
    else
        log "typos install failed (see tail below); skipping typos"
        tail -5 "$tmp/typos-install.log" >&2 || true
    fi
fi
if [[ -n "$typos_bin" ]]; then
    for c in "${corpora[@]}"; do
        # typos exits 2 when it finds typos, so no exit code means "unsupported".
        measure typos "$c" "$(corpus_files "$tmp/$c")" "$(corpus_bytes "$tmp/$c")" "$runs" "" "" \
            "$typos_bin" --format json "$tmp/$c"
    done
else
    skip_row typos all "install failed"
fi

# ------------------------------------------------------------------ proselint
prose_bin=""
if command -v proselint >/dev/null 2>&1; then
    prose_bin=$(command -v proselint)
else
    log "proselint not on PATH: installing into a virtualenv"
    if python3 -m venv "$tmp/venv" >/dev/null 2>&1 &&
        "$tmp/venv/bin/pip" install --quiet proselint >"$tmp/pip.log" 2>&1; then
        prose_bin=$tmp/venv/bin/proselint
    else
        log "proselint install failed; skipping proselint"
    fi
fi
if [[ -n "$prose_bin" ]]; then
    # proselint is slow: one run on a subset of the small corpus, extrapolated.
    mkdir -p "$tmp/subset"
    # (no `sort | head` pipe: head closing early would SIGPIPE sort under pipefail)
    find "$tmp/small" -maxdepth 1 -name '*.txt' | sort >"$tmp/all-files.txt"
    head -n "$prose_files" "$tmp/all-files.txt" | xargs -r cp -t "$tmp/subset"
    measure proselint "small[:$(corpus_files "$tmp/subset")]" "$(corpus_files "$tmp/subset")" \
        "$(corpus_bytes "$tmp/subset")" 0 "" "single run on a subset" \
        "$prose_bin" check --output-format json "$tmp/subset"
else
    skip_row proselint all "install failed"
fi

# ------------------------------------------------------------------ report
small_files=$(corpus_files "$tmp/small")
small_bytes=$(corpus_bytes "$tmp/small")
echo
echo "factlint e2e benchmark: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), timing: $timing"
corpora_line="corpora: small = $small_files articles, hot = 1000 sources on one event"
if [[ "$quick" == 0 ]]; then
    corpora_line+=", large = $(corpus_files "$tmp/large") articles"
fi
echo "$corpora_line"
echo
awk -F'\t' -v small_files="$small_files" -v small_bytes="$small_bytes" '
function mb(b) { return b / 1e6 }
BEGIN {
    print "| tool | corpus | articles | MB | seconds | MB/s | peak RSS (MB) | note |"
    print "|---|---|---:|---:|---:|---:|---:|---|"
}
{
    tool = $1; corpus = $2; art = $3; bytes = $4; secs = $5; rss = $6; note = $7
    if (secs == "") {
        printf "| %s | %s | %s | %s | - | - | - | %s |\n", tool, corpus, art, (bytes == "" ? "-" : sprintf("%.1f", mb(bytes))), note
        next
    }
    rate = (secs > 0) ? mb(bytes) / secs : 0
    printf "| %s | %s | %s | %.1f | %.3f | %.1f | %s | %s |\n", tool, corpus, art, mb(bytes), secs, rate, (rss == "" ? "-" : sprintf("%.0f", rss / 1024)), note
    if (tool == "proselint" && rate > 0) {
        printf "| proselint | small (extrapolated) | %s | %.1f | %.1f | %.2f | - | subset time x %.1f (bytes) |\n", small_files, mb(small_bytes), mb(small_bytes) / rate, rate, small_bytes / bytes
    }
    if (secs != "") { s[tool "/" corpus] = secs; r[tool "/" corpus] = rate; m[tool "/" corpus] = rss; b[tool "/" corpus] = bytes }
    if (tool == "proselint") { r["proselint"] = rate }
}
END {
    print ""
    if (!("factlint/small" in s)) { print "goals: factlint not measured yet (pending)"; exit }
    print "goals (docs/performance.md):"
    ok = s["factlint/small"] <= 1.5
    printf "  small corpus (goal: 10k) <= 1.5 s:     %.3f s  %s\n", s["factlint/small"], ok ? "ok" : "MISSED"
    if ("factlint/large" in s) {
        q = s["factlint/large"] / s["factlint/small"]
        printf "  10x articles <= 12x time:              %.1fx     %s\n", q, (q <= 12) ? "ok" : "MISSED"
    }
    if ("factlint/hot" in s) printf "  1,000-source hot story <= 2 s:         %.3f s  %s\n", s["factlint/hot"], (s["factlint/hot"] <= 2) ? "ok" : "MISSED"
    if ("factlint/seeds" in s) printf "  seeds <= 20 ms:                        %.1f ms  %s\n", s["factlint/seeds"] * 1000, (s["factlint/seeds"] <= 0.02) ? "ok" : "MISSED"
    for (k in m) if (k ~ /^factlint\// && k != "factlint/seeds" && m[k] != "") {
        lim = 3 * mb(b[k]) + 100
        printf "  peak RSS %-6s <= 3x corpus + 100 MB: %.0f MB (limit %.0f)  %s\n", substr(k, 10), m[k] / 1024, lim, (m[k] / 1024 <= lim) ? "ok" : "MISSED"
    }
    if ("typos/small" in r) printf "  >= 40%% of typos throughput:           %.0f%%  %s\n", 100 * r["factlint/small"] / r["typos/small"], (r["factlint/small"] >= 0.4 * r["typos/small"]) ? "ok" : "MISSED"
    if ("proselint" in r) printf "  >= 100x proselint throughput:          %.0fx  %s\n", r["factlint/small"] / r["proselint"], (r["factlint/small"] >= 100 * r["proselint"]) ? "ok" : "MISSED"
}' "$rows"
