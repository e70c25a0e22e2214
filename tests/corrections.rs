//! Decisions in the gate: a finding marked corrected stops failing and is
//! listed among the corrections; produced again, it comes back as a note
//! saying who marked it corrected and when; a reopened one fails again.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn factlint(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The summit articles under `news/`, and the baseline `factlint baseline`
/// writes for their one finding (event-date).
fn project() -> (tempfile::TempDir, String) {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join("news")).unwrap();
    for f in ["a.md", "b.md"] {
        let from = root().join("tests/fixtures/gate/summit").join(f);
        std::fs::copy(from, d.path().join("news").join(f)).unwrap();
    }
    let (code, _, err) = factlint(d.path(), &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(d.path().join("factlint.baseline.toml")).unwrap();
    (d, text)
}

const CONFIRMED: &str = "\n[[finding.history]]\ndecision = \"confirmed\"\nreviewer = \"Jane Doe\"\ntime = \"2026-12-01T09:00:00Z\"\nwrong = [\"news/b.md\"]\n";

const CORRECTED: &str = "decision = \"corrected\"\nreviewer = \"Jane Doe\"\ndecided = \"2026-12-01T10:30:00Z\"\nwrong = [\"news/b.md\"]\ncorrection = \"b.md: Thursday changed to Wednesday\"\n";

/// The baseline with `fields` added to its one entry and `history` after it.
fn with(d: &Path, text: &str, fields: &str, history: &str) {
    let entry = text.replacen(
        "rule = \"event-date\"\n",
        &format!("rule = \"event-date\"\n{fields}"),
        1,
    );
    std::fs::write(
        d.join("factlint.baseline.toml"),
        format!("{entry}{history}"),
    )
    .unwrap();
}

#[test]
fn a_corrected_finding_produced_again_is_a_note_that_never_fails() {
    let (d, text) = project();
    let p = d.path();
    let history = format!("{CONFIRMED}\n[[finding.history]]\ndecision = \"corrected\"\nreviewer = \"Jane Doe\"\ntime = \"2026-12-01T10:30:00Z\"\ncorrection = \"b.md: Thursday changed to Wednesday\"\n");
    with(p, &text, CORRECTED, &history);
    let (code, out, err) = factlint(p, &["check", "--format", "short", "news"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("note[event-date]"), "{out}");
    assert!(
        out.contains("Marked corrected on 2026-12-01 by Jane Doe but still produced: "),
        "{out}"
    );
    assert!(
        !err.contains("stale") && !err.contains("suppressed"),
        "{err}"
    );
    // Not counted by the policy either.
    for args in [["--fail-on", "warning"], ["--max-findings", "0"]] {
        let (code, out, err) = factlint(p, &[&["check"][..], &args, &["news"]].concat());
        assert_eq!(code, 0, "{args:?}: {out}{err}");
    }
    let (_, json, _) = factlint(p, &["check", "--format", "json", "news"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["findings"][0]["severity"], "note", "{json}");
    // The corrections list: what was corrected where, who, when.
    let c = &v["corrections"][0];
    assert_eq!(c["fingerprint"], v["findings"][0]["fingerprint"], "{json}");
    assert_eq!(c["rule"], "event-date");
    assert_eq!(c["correction"], "b.md: Thursday changed to Wednesday");
    assert_eq!(c["wrong"], serde_json::json!(["news/b.md"]));
    assert_eq!(c["reviewer"], "Jane Doe");
    assert_eq!(c["decided"], "2026-12-01T10:30:00Z");
    assert_eq!(c["still_produced"], true);
    assert_eq!(v["corrections"].as_array().unwrap().len(), 1, "{json}");
    let (_, sarif, _) = factlint(p, &["check", "--format", "sarif", "news"]);
    let v: serde_json::Value = serde_json::from_str(&sarif).unwrap();
    assert_eq!(v["runs"][0]["results"][0]["level"], "note", "{sarif}");
    // The HTML report lists it among the corrections, flagged.
    let (code, html, err) = factlint(p, &["check", "--format", "html", "news"]);
    assert_eq!(code, 0, "{err}");
    assert!(html.contains("<h2>Corrections</h2>"), "{html}");
    assert!(html.contains("Corrected: b.md: Thursday changed to Wednesday"));
    assert!(html.contains("Still produced: reported as a note."));
    // Its card is flagged, not only the list.
    let card = html.split("<article class=\"card note corrected\"").nth(1);
    assert!(
        card.is_some_and(|c| c.contains("still produce this finding")),
        "{html}"
    );
    // Without the baseline it is an error again.
    assert_eq!(factlint(p, &["check", "--no-baseline", "news"]).0, 1);
}

#[test]
fn a_corrected_finding_no_longer_produced_is_listed_not_stale() {
    let (d, text) = project();
    let p = d.path();
    let gone = format!("\n[[finding]]\nfingerprint = \"0000000000000000\"\nrule = \"event-date\"\nsummary = \"an old error\"\n{CORRECTED}");
    std::fs::write(p.join("factlint.baseline.toml"), format!("{text}{gone}")).unwrap();
    let (code, _, err) = factlint(p, &["check", "--no-baseline", "news"]);
    assert_eq!(code, 1, "{err}");
    let (_, _, err) = factlint(p, &["check", "news"]);
    assert!(!err.contains("0000000000000000"), "{err}");
    let (_, html, _) = factlint(p, &["check", "--format", "html", "news"]);
    assert!(html.contains("an old error"), "{html}");
    assert!(!html.contains("Still produced"), "{html}");
    let (_, json, _) = factlint(p, &["check", "--format", "json", "news"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["corrections"][0]["summary"], "an old error", "{json}");
    assert_eq!(v["corrections"][0]["still_produced"], false, "{json}");
    // Without a baseline the list is there, empty.
    let (_, json, _) = factlint(p, &["check", "--no-baseline", "--format", "json", "news"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["corrections"], serde_json::json!([]), "{json}");
}

#[test]
fn confirmed_fails_and_reopened_fails_again() {
    let (d, text) = project();
    let p = d.path();
    let confirmed = "decision = \"confirmed\"\nreviewer = \"Jane Doe\"\ndecided = \"2026-12-01T09:00:00Z\"\nwrong = [\"news/b.md\"]\n";
    with(p, &text, confirmed, CONFIRMED);
    assert_eq!(
        factlint(p, &["check", "news"]).0,
        1,
        "confirmed keeps failing"
    );
    // Reopened: no decision, the last event a reopening: not suppressed.
    let reopened = format!("{CONFIRMED}\n[[finding.history]]\ndecision = \"reopened\"\nreviewer = \"kim\"\ntime = \"2026-12-02T09:00:00Z\"\n");
    with(p, &text, "reviewer = \"kim\"\n", &reopened);
    let (code, out, err) = factlint(p, &["check", "--format", "short", "news"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("error[event-date]"), "{out}");
    // `factlint baseline` keeps the history as it is.
    assert_eq!(factlint(p, &["baseline", "news"]).0, 0);
    let kept = std::fs::read_to_string(p.join("factlint.baseline.toml")).unwrap();
    assert_eq!(kept.matches("\n[[finding.history]]\n").count(), 2, "{kept}");
    assert!(kept.contains("decision = \"reopened\""), "{kept}");
}
