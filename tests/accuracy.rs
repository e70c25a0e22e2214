//! The accuracy harness's metrics on a small slice of the real corpora
//! (`../shared/data`, see docs/accuracy.md): fails if a figure drops below
//! its goal. Skipped, with a message, when the data is absent. The full
//! figures come from `cargo run --release --example eval`.

use factlint::eval::{self, goals};
use factlint::rules::Severity;
use std::path::PathBuf;

fn data() -> Option<PathBuf> {
    let dir = std::env::var("FACTLINT_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data"));
    if dir.join("meantime").is_dir() && dir.join("ecbplus").is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping accuracy test: no evaluation data at {}",
            dir.display()
        );
        None
    }
}

/// MEANTIME articles with weekdays, relative days, month-day dates, money
/// and percentages among their gold annotations.
const MEANTIME_SLICE: &[&str] = &["corpus_stock/", "corpus_gm/"];

/// ECB+ topics whose two events are alike (two rehab stays, two Oscar
/// hosts, two earthquakes in one county, two piracy raids).
const ECB_SLICE: &[u32] = &[1, 2, 12, 38];

#[test]
fn dates_on_meantime_slice() {
    let Some(dir) = data() else { return };
    let d = eval::meantime_dates(&dir.join("meantime"), Some(MEANTIME_SLICE)).expect("timex.jsonl");
    let acc = d.accuracy();
    eprintln!(
        "dates: {} scored, accuracy {}, weekday {}, yesterday/today/tomorrow {}, claim precision {}",
        acc.total,
        acc.show(),
        d.form("weekday").show(),
        d.relative_day.show(),
        d.claim_precision.show()
    );
    assert!(acc.total >= 30, "slice too small: {}", acc.total);
    assert!(
        acc.ratio() >= goals::DATE_ACCURACY,
        "date accuracy {}",
        acc.show()
    );
    let wd = d.form("weekday");
    assert!(
        wd.ratio() >= goals::WEEKDAY_ACCURACY,
        "weekday accuracy {}",
        wd.show()
    );
    assert!(
        d.relative_day.ratio() >= goals::RELATIVE_DAY_ACCURACY,
        "yesterday/today/tomorrow accuracy {}",
        d.relative_day.show()
    );
}

#[test]
fn quantities_on_meantime_slice() {
    let Some(dir) = data() else { return };
    let q = eval::meantime_quantities(&dir.join("meantime"), Some(MEANTIME_SLICE))
        .expect("values.jsonl");
    let r = q.recall();
    eprintln!("quantities: recall {}", r.show());
    assert!(r.total >= 50, "slice too small: {}", r.total);
    assert!(
        r.ratio() >= goals::QUANTITY_RECALL,
        "quantity recall {}",
        r.show()
    );
}

#[test]
fn same_event_gate_on_ecbplus_slice() {
    let Some(dir) = data() else { return };
    let e = eval::ecbplus(&dir.join("ecbplus"), Some(ECB_SLICE)).expect("clusters.jsonl");
    assert_eq!(e.topics.len(), ECB_SLICE.len());
    for t in &e.topics {
        eprintln!(
            "topic {}: {:?} articles, cross-event errors {}, warnings {}",
            t.topic,
            t.articles,
            t.cross(Severity::Error),
            t.cross(Severity::Warning)
        );
    }
    // On a slice every topic must pass the gate (40 of 43 on the whole).
    assert_eq!(
        e.gate_clean(),
        e.topics.len(),
        "a cross-event error appeared"
    );
    let per = e.within_per_article();
    eprintln!("inside-event errors + warnings per article: {per:.3}");
    assert!(
        per <= goals::WITHIN_PER_ARTICLE,
        "inside-event findings per article {per:.3}"
    );
}
