//! Recall of the quantity finder on the MEANTIME gold QUANTITY / MONEY /
//! PERCENT spans.
//!
//! The data is not part of the repository: the test reads
//! `$FACTLINT_MEANTIME` (default `meantime/` in `../shared/data` or
//! `$FACTLINT_DATA`). It is ignored by a plain `cargo test` and run by
//! `cargo test -- --ignored` (as `.ci/run` does), failing then when
//! `values.jsonl` is absent. Run with `-- --nocapture` to see the report.

mod shared_data;

use factlint::lexicon::Lexicon;
use factlint::quantity::{find_quantities, QuantityExpr};
use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;

/// Recall reached on the corpus; the test fails if a change drops below it.
const MIN_RECALL: f64 = 0.85;

#[derive(serde::Deserialize)]
struct Gold {
    file: String,
    start: usize,
    end: usize,
    text: String,
    #[serde(rename = "type")]
    kind: String,
}

/// End of the `+++` front matter, which the gold annotation does not cover.
fn body_start(text: &str) -> usize {
    if !text.starts_with("+++") {
        return 0;
    }
    match text[3..].find("\n+++") {
        Some(k) => 3 + k + 4,
        None => 0,
    }
}

fn context(text: &str, start: usize, end: usize) -> &str {
    let s = start.saturating_sub(30);
    let s = (0..=s)
        .rev()
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(0);
    let e = (end + 20).min(text.len());
    let e = (e..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    &text[s..e]
}

#[test]
#[ignore = "needs ../shared/data"]
fn meantime_recall() {
    let dir = std::env::var_os("FACTLINT_MEANTIME")
        .map(PathBuf::from)
        .unwrap_or_else(|| shared_data::data_dir().join("meantime"));
    let jsonl = std::fs::read_to_string(shared_data::require(dir.join("values.jsonl")))
        .expect("values.jsonl reads");
    let gold: Vec<Gold> = jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("valid gold line"))
        .collect();
    let mut by_file: BTreeMap<&str, Vec<&Gold>> = BTreeMap::new();
    for g in &gold {
        by_file.entry(g.file.as_str()).or_default().push(g);
    }
    // Time expressions: an extracted span on a DATE or TIME is a mistake; on
    // a DURATION (`three years`) it is a defensible quantity.
    let timex: Vec<Gold> = std::fs::read_to_string(dir.join("timex.jsonl"))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    let mut timex_by_file: HashMap<&str, Vec<&Gold>> = HashMap::new();
    for t in &timex {
        timex_by_file.entry(t.file.as_str()).or_default().push(t);
    }
    let mut on_timex: BTreeMap<String, usize> = BTreeMap::new();
    let mut on_date: Vec<String> = Vec::new();
    let hedges = Lexicon::defaults().hedges;
    let mut found: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut missed: Vec<String> = Vec::new();
    let mut extra: Vec<String> = Vec::new();
    let mut samples: Vec<String> = Vec::new();
    let (mut n_extracted, mut n_extra) = (0usize, 0usize);
    for (file, golds) in &by_file {
        let Ok(text) = std::fs::read_to_string(dir.join(file)) else {
            eprintln!("missing file {file}");
            continue;
        };
        let qs: Vec<QuantityExpr> = find_quantities(&text, &hedges);
        // Robustness: any cut of a real article must scan without panicking.
        for (k, _) in text.char_indices().step_by(53) {
            for q in find_quantities(&text[k..], &hedges) {
                assert!(text[k..].get(q.start..q.end).is_some());
            }
        }
        for g in golds {
            let hit = qs.iter().find(|q| q.start < g.end && g.start < q.end);
            let e = found.entry(g.kind.as_str()).or_default();
            e.1 += 1;
            match hit {
                Some(q) => {
                    e.0 += 1;
                    if samples.len() < 40 && e.0 % 7 == 1 {
                        samples.push(format!(
                            "{:8} {:32} -> {:36} {}",
                            g.kind,
                            format!("{:?}", g.text),
                            format!("{:?}", &text[q.start..q.end]),
                            q.display()
                        ));
                    }
                }
                None => missed.push(format!(
                    "{:8} {:?} in …{:?}…",
                    g.kind,
                    g.text,
                    context(&text, g.start, g.end)
                )),
            }
        }
        let body = body_start(&text);
        for q in qs.iter().filter(|q| q.start >= body) {
            n_extracted += 1;
            if !golds.iter().any(|g| q.start < g.end && g.start < q.end) {
                n_extra += 1;
                let t = timex_by_file.get(file).and_then(|ts| {
                    ts.iter()
                        .find(|t| q.start < t.end && t.start < q.end)
                        .map(|t| (t.kind.clone(), t.text.clone()))
                });
                if let Some((kind, ttext)) = t {
                    *on_timex.entry(kind.clone()).or_default() += 1;
                    if kind != "DURATION" && kind != "SET" {
                        on_date.push(format!("{:?} on {kind} {ttext:?}", &text[q.start..q.end]));
                    }
                    continue;
                }
                extra.push(format!(
                    "{:?} [{}] in …{:?}…",
                    &text[q.start..q.end],
                    q.display(),
                    context(&text, q.start, q.end)
                ));
            }
        }
    }
    let (mut hit, mut all) = (0, 0);
    println!("MEANTIME recall by type:");
    let mut kinds: Vec<_> = found.iter().collect();
    kinds.sort();
    for (kind, (h, n)) in kinds {
        println!("  {kind:9} {h:4}/{n:4} = {:.3}", *h as f64 / *n as f64);
        hit += h;
        all += n;
    }
    let recall = hit as f64 / all as f64;
    println!("  overall   {hit:4}/{all:4} = {recall:.3}");
    println!(
        "extracted in article bodies: {n_extracted}, overlapping no gold span: {n_extra} ({:.1}%)",
        100.0 * n_extra as f64 / n_extracted.max(1) as f64
    );
    println!("  of which on gold TIMEX spans: {on_timex:?}");
    for d in &on_date {
        println!("    {d}");
    }
    println!("\nsample of normalized values:");
    for s in &samples {
        println!("  {s}");
    }
    println!("\nmissed gold spans ({}):", missed.len());
    for m in &missed {
        println!("  {m}");
    }
    let show: usize = std::env::var("FACTLINT_SHOW")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(80);
    println!(
        "\nextracted spans with no gold QUANTITY/MONEY/PERCENT/TIMEX overlap (first {show} of {}):",
        extra.len()
    );
    for x in extra.iter().take(show) {
        println!("  {x}");
    }
    assert!(recall >= MIN_RECALL, "recall {recall:.3} < {MIN_RECALL}");
}
