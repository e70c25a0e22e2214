//! Accuracy on real news (`../shared/data`, see docs/accuracy.md), checked
//! against the floors and ceilings in `factlint::eval::goals`:
//!
//! * the external scorers in `../shared/eval` run on the **release** build
//!   (the test runs `cargo build --release` first, a no-op when it is fresh;
//!   `FACTLINT_BIN` names another binary): recall, false alarms and findings
//!   per article on the hand-adjudicated dev labels in pair and group mode,
//!   extraction at the labelled spans, and story grouping's pairwise recall
//!   and precision;
//! * the library's metrics on a slice: MEANTIME dates and quantities, and no
//!   finding between the two events of an ECB+ topic.
//!
//! Every test here needs the data, so each is `#[ignore = "needs
//! ../shared/data"]`: `cargo test` lists them as ignored, `cargo test --
//! --ignored` (as `.ci/run` does) runs them and fails when the data, the
//! scorers or python3 are missing. `-- --nocapture` shows every figure.

mod shared_data;

use factlint::eval::scores::{self, LabelScores};
use factlint::eval::{self, goals, goals::labels};
use factlint::rules::Severity;
use shared_data::{data_dir, eval_dir, require};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

/// MEANTIME articles with weekdays, relative days, month-day dates, money
/// and percentages among their gold annotations.
const MEANTIME_SLICE: &[&str] = &["corpus_stock/", "corpus_gm/"];

/// ECB+ topics whose two events are alike (two rehab stays, two Oscar
/// hosts, two earthquakes in one county, two piracy raids).
const ECB_SLICE: &[u32] = &[1, 2, 12, 38];

/// The binary the scorers run: `$FACTLINT_BIN`, else the release build,
/// brought up to date once per test run.
fn release_bin() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        if let Some(bin) = std::env::var_os("FACTLINT_BIN") {
            return PathBuf::from(bin);
        }
        // Under `cargo test --release` cargo has just built the release
        // binary for this test (and holds the release build's lock, which a
        // nested build would wait on forever).
        let exe = std::env::current_exe().expect("the test's own path");
        let profile = exe
            .parent()
            .and_then(Path::parent)
            .and_then(Path::file_name);
        if profile.is_some_and(|p| p == "release") {
            return PathBuf::from(env!("CARGO_BIN_EXE_factlint"));
        }
        let out = Command::new(env!("CARGO"))
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(["build", "--release", "--quiet", "--bin", "factlint"])
            .arg("--message-format=json")
            .stderr(Stdio::inherit())
            .output()
            .expect("cargo runs");
        assert!(out.status.success(), "cargo build --release failed");
        // The artifact's path, wherever the target folder is.
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == "factlint")
            .find_map(|m| m["executable"].as_str().map(PathBuf::from))
            .expect("cargo build names the factlint executable")
    })
}

/// Runs one scorer of `../shared/eval` on the release build; its stdout.
fn scorer(script: &str, args: &[&str]) -> String {
    let script = require(eval_dir().join(script));
    let ecb = require(data_dir().join("ecbplus"));
    require(ecb.join("labels-dev.jsonl"));
    let bin = release_bin();
    let out = Command::new("python3")
        .arg(&script)
        .arg(bin)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("python3 does not run ({e}): the scorers need it"));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} {} {}: {}\n{stdout}{}",
        script.display(),
        bin.display(),
        args.join(" "),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}

/// `score-labels.py` on the dev labels in `mode`, with the data folder
/// given explicitly (so `FACTLINT_DATA` moves it).
fn label_scores(mode: &str) -> LabelScores {
    let ecb = data_dir().join("ecbplus");
    let labels = ecb.join("labels-dev.jsonl");
    let out = scorer(
        "score-labels.py",
        &[
            "--mode",
            mode,
            "--data",
            &ecb.to_string_lossy(),
            "--labels",
            &labels.to_string_lossy(),
        ],
    );
    scores::label_scores(&out).unwrap_or_else(|e| panic!("{e}"))
}

/// Prints one mode's figures and checks them; the list of failures.
fn check_labels(
    mode: &str,
    s: &LabelScores,
    recall: usize,
    caught: &[(&str, usize)],
    false_alarms: usize,
) -> Vec<String> {
    let by_kind: Vec<String> = s
        .caught
        .iter()
        .map(|(k, t)| format!("{k} {}/{}", t.hit, t.total))
        .collect();
    eprintln!(
        "{mode}: recall {}, false alarms {}, updates flagged {}; caught by kind: {}",
        s.recall.show(),
        s.false_alarms.show(),
        s.updates.show(),
        by_kind.join(", ")
    );
    let mut fail = Vec::new();
    if s.broken > 0 {
        fail.push(format!("{mode}: {} pairs gave no JSON report", s.broken));
    }
    if s.recall.hit < recall {
        fail.push(format!(
            "{mode}: recall {} below the floor of {recall} caught",
            s.recall.show()
        ));
    }
    for &(kind, floor) in caught {
        match s.caught.get(kind) {
            Some(t) if t.hit >= floor => {}
            Some(t) => fail.push(format!(
                "{mode}: {kind} caught {} below the floor of {floor}",
                t.show()
            )),
            None => fail.push(format!("{mode}: no {kind} contradictions scored")),
        }
    }
    if s.false_alarms.hit > false_alarms {
        fail.push(format!(
            "{mode}: false alarms {} above the ceiling of {false_alarms}",
            s.false_alarms.show()
        ));
    }
    fail
}

#[test]
#[ignore = "needs ../shared/data"]
fn dev_labels_pair_mode() {
    let s = label_scores("pair");
    let fail = check_labels(
        "pair mode",
        &s,
        labels::PAIR_RECALL,
        labels::PAIR_CAUGHT,
        labels::PAIR_FALSE_ALARMS,
    );
    assert!(fail.is_empty(), "{}", fail.join("\n"));
}

#[test]
#[ignore = "needs ../shared/data"]
fn dev_labels_group_mode() {
    let s = label_scores("group");
    let mut fail = check_labels(
        "group mode",
        &s,
        labels::GROUP_RECALL,
        labels::GROUP_CAUGHT,
        labels::GROUP_FALSE_ALARMS,
    );
    let g = s.group.expect("group mode prints its volume");
    eprintln!(
        "group mode: {} groups, {} articles, {} errors+warnings ({:.4} per article)",
        g.groups,
        g.articles,
        g.findings,
        g.per_article()
    );
    if g.per_article() > labels::GROUP_FINDINGS_PER_ARTICLE {
        fail.push(format!(
            "group mode: {:.4} errors+warnings per article above the ceiling of {}",
            g.per_article(),
            labels::GROUP_FINDINGS_PER_ARTICLE
        ));
    }
    assert!(fail.is_empty(), "{}", fail.join("\n"));
}

#[test]
#[ignore = "needs ../shared/data"]
fn dev_labels_extraction() {
    let ecb = data_dir().join("ecbplus");
    let labels_file = ecb.join("labels-dev.jsonl");
    let out = scorer(
        "score-labels.py",
        &[
            "--extraction",
            "--data",
            &ecb.to_string_lossy(),
            "--labels",
            &labels_file.to_string_lossy(),
        ],
    );
    let s = scores::extraction_scores(&out).unwrap_or_else(|e| panic!("{e}"));
    let by_kind: Vec<String> = s
        .by_kind
        .iter()
        .map(|(k, t)| format!("{k} {}/{}", t.hit, t.total))
        .collect();
    eprintln!(
        "extraction at labelled spans: {}; by kind: {}",
        s.all.show(),
        by_kind.join(", ")
    );
    let mut fail = Vec::new();
    for &(kind, floor) in labels::EXTRACTED {
        match s.by_kind.get(kind) {
            Some(t) if t.hit >= floor => {}
            Some(t) => fail.push(format!(
                "{kind} spans with a claim {} below the floor of {floor}",
                t.show()
            )),
            None => fail.push(format!("no labelled {kind} spans scored")),
        }
    }
    if s.all.hit < labels::EXTRACTION {
        fail.push(format!(
            "extraction {} below the floor of {}",
            s.all.show(),
            labels::EXTRACTION
        ));
    }
    assert!(fail.is_empty(), "{}", fail.join("\n"));
}

#[test]
#[ignore = "needs ../shared/data"]
fn story_grouping_on_ecbplus() {
    require(data_dir().join("ecbplus/clusters.jsonl"));
    // `0 0`: the scorer's own bars off; the floors are checked here.
    let s =
        scores::story_scores(&scorer("stories.py", &["0", "0"])).unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "stories over {} topics: pairwise recall {:.1}%, precision {:.1}%",
        s.topics,
        100.0 * s.recall,
        100.0 * s.precision
    );
    assert!(
        s.recall >= labels::STORY_RECALL,
        "story recall {:.1}% below the floor of {:.0}%",
        100.0 * s.recall,
        100.0 * labels::STORY_RECALL
    );
    assert!(
        s.precision >= labels::STORY_PRECISION,
        "story precision {:.1}% below the floor of {:.0}%",
        100.0 * s.precision,
        100.0 * labels::STORY_PRECISION
    );
}

#[test]
#[ignore = "needs ../shared/data"]
fn dates_on_meantime_slice() {
    let dir = require(data_dir().join("meantime/timex.jsonl"));
    let d = eval::meantime_dates(dir.parent().unwrap(), Some(MEANTIME_SLICE)).expect("timex.jsonl");
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
#[ignore = "needs ../shared/data"]
fn quantities_on_meantime_slice() {
    let file = require(data_dir().join("meantime/values.jsonl"));
    let q = eval::meantime_quantities(file.parent().unwrap(), Some(MEANTIME_SLICE))
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

/// A finding between the two events of a topic is a false alarm.
#[test]
#[ignore = "needs ../shared/data"]
fn no_cross_event_finding_on_ecbplus_slice() {
    let file = require(data_dir().join("ecbplus/clusters.jsonl"));
    let e = eval::ecbplus(file.parent().unwrap(), Some(ECB_SLICE)).expect("clusters.jsonl");
    assert_eq!(e.topics.len(), ECB_SLICE.len());
    let mut cross = 0;
    for t in &e.topics {
        let (errors, warnings) = (t.cross(Severity::Error), t.cross(Severity::Warning));
        eprintln!(
            "topic {}: {:?} articles, cross-event errors {errors}, warnings {warnings}",
            t.topic, t.articles,
        );
        cross += errors + warnings;
    }
    eprintln!(
        "inside-event errors + warnings per article: {:.3}",
        e.within_per_article()
    );
    // The ceiling is 0 today, which clippy takes for a pointless comparison.
    #[allow(clippy::absurd_extreme_comparisons)]
    let under_ceiling = cross <= goals::CROSS_EVENT_FINDINGS;
    assert!(
        under_ceiling,
        "{cross} cross-event errors and warnings (false alarms), ceiling {}",
        goals::CROSS_EVENT_FINDINGS
    );
}
