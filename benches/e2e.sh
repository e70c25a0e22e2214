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
#   RUNS=3          timed runs per measurement (at least 10 for the seeds)
#   SEED=42         corpus seed
#   PROSELINT_FILES=1000  size of the subset proselint runs on (extrapolated)
#   PROSELINT_RUNS=RUNS   timed proselint runs (about 9 s each on 1,000 files)
#   KEEP=1          keep the temporary folder (printed at the end)
#   FACTLINT=path   benchmark this binary instead of building target/release/factlint
#
# The tools run interleaved, so a slow or busy stretch of the machine hits
# them alike: on each corpus one untimed warm-up run of factlint and of typos,
# then rounds of one run of each tool in turn (factlint, typos, and on the
# small corpus proselint on its subset): A B C A B C ..., never all runs of
# one tool and then all of the next.
#
# Prints a markdown table: tool, corpus, articles, MB, seconds (median wall
# time), MB/s, CPU seconds (median user + sys), MB per CPU-second, peak RSS,
# and the 1-minute load average (/proc/loadavg) at the start of a row's first
# run and at the end of its last; then the goals, then every run in order.
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
            # The comment block at the top of this file.
            awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"
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
if [[ ! "$runs" =~ ^[0-9]+$ || "$runs" -lt 1 ]]; then
    echo "e2e.sh: RUNS must be a number >= 1 (got '$runs')" >&2
    exit 2
fi
seed=${SEED:-42}
prose_files=${PROSELINT_FILES:-1000}
prose_runs=${PROSELINT_RUNS:-$runs}
if [[ ! "$prose_runs" =~ ^[0-9]+$ || "$prose_runs" -lt 1 ]]; then
    echo "e2e.sh: PROSELINT_RUNS must be a number >= 1 (got '$prose_runs')" >&2
    exit 2
fi
# Decimal points in $EPOCHREALTIME and awk's output, whatever the locale.
export LC_NUMERIC=C
if [[ -z "${EPOCHREALTIME:-}" ]]; then
    echo "e2e.sh: needs bash 5 or later (\$EPOCHREALTIME)" >&2
    exit 2
fi

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

# loadavg: the 1-minute load average ("-" where /proc/loadavg is missing).
loadavg() {
    local l rest
    if { read -r l rest </proc/loadavg; } 2>/dev/null; then
        printf '%s\n' "$l"
    else
        echo -
    fi
}
load_at_start=$(loadavg)
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

# ------------------------------------------------------------------ peers
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
prose_label=""
if [[ -n "$prose_bin" ]]; then
    # proselint is slow: it runs on a subset of the small corpus, extrapolated.
    mkdir -p "$tmp/subset"
    # (no `sort | head` pipe: head closing early would SIGPIPE sort under pipefail)
    find "$tmp/small" -maxdepth 1 -name '*.txt' | sort >"$tmp/all-files.txt"
    head -n "$prose_files" "$tmp/all-files.txt" | xargs -r cp -t "$tmp/subset"
    prose_label="small[:$(corpus_files "$tmp/subset")]"
fi

# ------------------------------------------------------------------ timing
# One run: wall time from bash's $EPOCHREALTIME; CPU time (user + sys of the
# command and its threads and children) as the difference of the shell's
# `times` for its children before and after (nothing else runs in between;
# /usr/bin/time's own small share is counted too); peak RSS from
# /usr/bin/time; the 1-minute load average before and after. Each run is a
# line of runs.tsv: number, round (0 = warm-up), tool, corpus, seconds,
# CPU seconds, peak RSS (KB), exit code, load before, load after.
have_time=0
if [[ -x /usr/bin/time ]]; then
    have_time=1
fi
runs_tsv=$tmp/runs.tsv
: >"$runs_tsv"
run_no=0
run_rc=0

# children_cpu FILE: user + sys seconds of the waited-for children in a `times` output.
children_cpu() {
    awk 'NR == 2 {
        s = 0
        for (i = 1; i <= 2; i++) { split($i, p, "m"); sub(/s$/, "", p[2]); s += p[1] * 60 + p[2] }
        printf "%.3f\n", s
    }' "$1"
}

# run_once ROUND TOOL CORPUS CMD...: one run, appended to runs.tsv; its exit
# code is left in run_rc.
run_once() {
    local round=$1 tool=$2 corpus=$3
    shift 3
    local load0 load1 w0 w1 rss=""
    run_rc=0
    load0=$(loadavg)
    times >"$tmp/times0"
    w0=$EPOCHREALTIME
    if [[ "$have_time" == 1 ]]; then
        /usr/bin/time -f '%M' -o "$tmp/rss.txt" "$@" >/dev/null 2>"$tmp/stderr.txt" || run_rc=$?
    else
        "$@" >/dev/null 2>"$tmp/stderr.txt" || run_rc=$?
    fi
    w1=$EPOCHREALTIME
    times >"$tmp/times1"
    load1=$(loadavg)
    if [[ "$have_time" == 1 ]]; then
        # (GNU time puts "Command exited with non-zero status N" first.)
        rss=$(tail -n 1 "$tmp/rss.txt")
    fi
    run_no=$((run_no + 1))
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$run_no" "$round" "$tool" "$corpus" \
        "$(awk -v a="$w0" -v b="$w1" 'BEGIN { printf "%.4f", b - a }')" \
        "$(awk -v a="$(children_cpu "$tmp/times0")" -v b="$(children_cpu "$tmp/times1")" 'BEGIN { printf "%.3f", b - a }')" \
        "$rss" "$run_rc" "$load0" "$load1" >>"$runs_tsv"
}

# invoke ROUND TOOL CORPUS DIR: one run of TOOL's command on DIR.
invoke() {
    local round=$1 tool=$2 corpus=$3 dir=$4
    case "$tool" in
        factlint)
            if [[ "$corpus" == seeds ]]; then
                run_once "$round" factlint seeds "$factlint" check seeds
            else
                run_once "$round" factlint "$corpus" "$factlint" check --format json "$dir"
            fi
            ;;
        typos) run_once "$round" typos "$corpus" "$typos_bin" --format json "$dir" ;;
        proselint) run_once "$round" proselint "$corpus" "$prose_bin" check --output-format json "$dir" ;;
    esac
}

# unsupported TOOL: whether the last run's exit code says TOOL does not
# support the command (factlint: 2, usage error; any tool: 127); if so, a
# row says so.
unsupported() {
    local tool=$1 corpus=$2 articles=$3 bytes=$4 code bad=""
    [[ "$tool" == factlint ]] && bad=2
    for code in $bad 127; do
        if [[ "$run_rc" == "$code" ]]; then
            log "$tool exited with $run_rc: $(head -c 300 "$tmp/stderr.txt" | tr '\n' ' ')"
            printf '%s\t%s\t%s\t%s\t\t\t%s\n' "$tool" "$corpus" "$articles" "$bytes" \
                "not supported yet (exit $run_rc)" >>"$rows"
            return 0
        fi
    done
    return 1
}

# row TOOL CORPUS ARTICLES BYTES NOTE: the row of TOOL on CORPUS from its
# runs: median seconds and CPU seconds of the timed runs, peak RSS over all
# of them (warm-up included), the load before the first and after the last
# run, the number of timed runs, and exit codes a linter does not use (0 or
# 1; typos also 2) added to the note.
row() {
    awk -F'\t' -v OFS='\t' -v tool="$1" -v corpus="$2" -v art="$3" -v bytes="$4" -v note="$5" '
    function median(a, k,   i, j, t) {
        for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
        return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    $3 == tool && $4 == corpus {
        if (first == "") first = $9
        last = $10
        if ($7 != "" && $7 + 0 > rss + 0) rss = $7
        ok = ($8 == 0 || $8 == 1 || (tool == "typos" && $8 == 2))
        if (!ok && !(("exit " $8) in bad)) { bad["exit " $8] = 1; extra = extra (extra == "" ? "" : ", ") "exit " $8 }
        if ($2 != 0) { k++; w[k] = $5; c[k] = $6 }
    }
    END {
        if (extra != "") note = note (note == "" ? "" : "; ") extra
        if (k == 0) { print tool, corpus, art, bytes, "", "", note (note == "" ? "" : "; ") "no timed run"; exit }
        print tool, corpus, art, bytes, sprintf("%.4f", median(w, k)), rss, note, sprintf("%.3f", median(c, k)), first, last, k
    }' "$runs_tsv" >>"$rows"
}

# skip_row TOOL CORPUS NOTE
skip_row() {
    printf '%s\t%s\t\t\t\t\t%s\n' "$1" "$2" "$3" >>"$rows"
}

# interleave ROUNDS SPEC...: each SPEC is TOOL|CORPUS|DIR. One untimed
# warm-up run of each tool (proselint: none, one run takes seconds; its first
# timed run is checked instead), then ROUNDS rounds of one run of each tool in
# turn; proselint takes part in the first PROSELINT_RUNS rounds only. A tool
# that turns out not to support the command drops out with a row saying so.
interleave() {
    local rounds=$1
    shift
    local spec tool corpus dir r active=() done_specs=()
    for spec in "$@"; do
        IFS='|' read -r tool corpus dir <<<"$spec"
        if [[ "$tool" != proselint ]]; then
            log "warm-up: $tool on $corpus"
            invoke 0 "$tool" "$corpus" "$dir"
            if unsupported "$tool" "$corpus" "$(corpus_files "$dir")" "$(corpus_bytes "$dir")"; then
                continue
            fi
        fi
        active+=("$spec")
    done
    for ((r = 1; r <= rounds; r++)); do
        local next=()
        for spec in "${active[@]}"; do
            IFS='|' read -r tool corpus dir <<<"$spec"
            if [[ "$tool" == proselint && "$r" -gt "$prose_runs" ]]; then
                next+=("$spec")
                continue
            fi
            log "round $r/$rounds: $tool on $corpus ($(corpus_files "$dir") articles)"
            invoke "$r" "$tool" "$corpus" "$dir"
            if [[ "$tool" == proselint && "$r" == 1 ]] &&
                unsupported "$tool" "$corpus" "$(corpus_files "$dir")" "$(corpus_bytes "$dir")"; then
                continue
            fi
            next+=("$spec")
        done
        active=("${next[@]}")
    done
    for spec in "${active[@]}"; do
        IFS='|' read -r tool corpus dir <<<"$spec"
        local note=""
        [[ "$corpus" == seeds ]] && note="check seeds"
        [[ "$tool" == proselint ]] && note="on a subset"
        row "$tool" "$corpus" "$(corpus_files "$dir")" "$(corpus_bytes "$dir")" "$note"
    done
}

# ------------------------------------------------------------------ runs
timing="interleaved, median of $runs runs (proselint: $prose_runs) after one warm-up run"
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
    interleave $((runs > 10 ? runs : 10)) "factlint|seeds|seeds"
fi
for c in "${corpora[@]}"; do
    specs=()
    [[ -z "$factlint_note" ]] && specs+=("factlint|$c|$tmp/$c")
    [[ -n "$typos_bin" ]] && specs+=("typos|$c|$tmp/$c")
    rounds=$runs
    if [[ "$c" == small && -n "$prose_bin" ]]; then
        specs+=("proselint|$prose_label|$tmp/subset")
        rounds=$((prose_runs > runs ? prose_runs : runs))
    fi
    if [[ ${#specs[@]} -gt 0 ]]; then
        interleave "$rounds" "${specs[@]}"
    fi
done
if [[ -z "$typos_bin" ]]; then
    skip_row typos all "install failed"
fi
if [[ -z "$prose_bin" ]]; then
    skip_row proselint all "install failed"
fi
load_at_end=$(loadavg)

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
echo "1-minute load average: $load_at_start at the start, $load_at_end at the end"
echo
awk -F'\t' -v small_files="$small_files" -v small_bytes="$small_bytes" '
function mb(b) { return b / 1e6 }
BEGIN {
    print "| tool | corpus | articles | MB | seconds | MB/s | CPU-s | MB/CPU-s | peak RSS (MB) | load (start → end) | note |"
    print "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|"
}
{
    tool = $1; corpus = $2; art = $3; bytes = $4; secs = $5; rss = $6; note = $7; cpu = $8
    if (secs == "") {
        printf "| %s | %s | %s | %s | - | - | - | - | - | - | %s |\n", tool, corpus, (art == "" ? "-" : art), (bytes == "" ? "-" : sprintf("%.1f", mb(bytes))), note
        next
    }
    rate = (secs > 0) ? mb(bytes) / secs : 0
    crate = (cpu > 0) ? mb(bytes) / cpu : 0
    printf "| %s | %s | %s | %.1f | %.3f | %.1f | %.3f | %.2f | %s | %s → %s | %s |\n", tool, corpus, art, mb(bytes), secs, rate, cpu, crate, (rss == "" ? "-" : sprintf("%.0f", rss / 1024)), $9, $10, note
    if (tool == "proselint" && rate > 0 && crate > 0) {
        printf "| proselint | small (extrapolated) | %s | %.1f | %.1f | %.2f | %.1f | %.2f | - | - | subset x %.1f (bytes) |\n", small_files, mb(small_bytes), mb(small_bytes) / rate, rate, mb(small_bytes) / crate, crate, small_bytes / bytes
    }
    s[tool "/" corpus] = secs; r[tool "/" corpus] = rate; cr[tool "/" corpus] = crate; m[tool "/" corpus] = rss; b[tool "/" corpus] = bytes
    if (tool == "proselint") { r["proselint"] = rate; cr["proselint"] = crate }
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
    if (("proselint" in cr) && cr["factlint/small"] > 0) printf "  >= 100x proselint MB per CPU-second:   %.0fx  %s (wall-time throughput: %.0fx)\n", cr["factlint/small"] / cr["proselint"], (cr["factlint/small"] >= 100 * cr["proselint"]) ? "ok" : "MISSED", r["factlint/small"] / r["proselint"]
}' "$rows"
echo
echo "runs in order (round 0: warm-up, not in the medians):"
echo
awk -F'\t' '
BEGIN {
    print "| # | round | tool | corpus | seconds | CPU-s | peak RSS (MB) | exit | load before | load after |"
    print "|---:|---:|---|---|---:|---:|---:|---:|---:|---:|"
}
{ printf "| %s | %s | %s | %s | %.3f | %.3f | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, ($7 == "" ? "-" : sprintf("%.0f", $7 / 1024)), $8, $9, $10 }' "$runs_tsv"
