//! Beyond one machine: `claims --format jsonl` then `check --claims` gives
//! the findings of a direct run, also from several claims files (shards)
//! and without the article texts.

use assert_cmd::Command;
use serde_json::Value;
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

/// The claims file of `paths`, written into `dir`.
fn claims_file(dir: &Path, name: &str, paths: &[&str]) -> PathBuf {
    let (code, out, err) = factlint(
        &root(),
        &[&["claims", "--format", "jsonl"][..], paths].concat(),
    );
    assert_eq!(code, 0, "{err}");
    for line in out.lines() {
        let v: Value = serde_json::from_str(line).expect("one JSON object per line");
        assert!(v["type"] == "source" || v["type"] == "claim", "{line}");
        if v["type"] == "claim" {
            assert!(v["block"].is_array(), "{line}");
        }
    }
    let p = dir.join(name);
    std::fs::write(&p, out).unwrap();
    p
}

/// What must agree: per finding its rule, severity, fingerprint and its
/// claims' source, span and value (`with_text`: also their words, line and column).
fn findings(json: &str, with_text: bool) -> Vec<Value> {
    let v: Value = serde_json::from_str(json).expect("JSON report");
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let claims: Vec<Value> = f["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| {
                    let mut o = serde_json::json!({
                        "source": c["source"], "start": c["start"], "end": c["end"],
                        "value": c["value"], "kind": c["kind"], "subject": c["subject"],
                    });
                    if with_text {
                        o["text"] = c["text"].clone();
                        o["line"] = c["line"].clone();
                        o["column"] = c["column"].clone();
                    }
                    o
                })
                .collect();
            serde_json::json!({
                "rule": f["rule"], "severity": f["severity"], "fingerprint": f["fingerprint"],
                "message": f["message"], "claims": claims,
            })
        })
        .collect()
}

fn direct(paths: &[&str]) -> String {
    let (code, out, err) = factlint(
        &root(),
        &[&["check", "--no-baseline", "--format", "json"][..], paths].concat(),
    );
    assert!(code == 0 || code == 1, "{err}");
    out
}

fn from_claims(dir: &Path, files: &[&Path]) -> String {
    let mut args = vec!["check", "--no-baseline", "--format", "json"];
    for f in files {
        args.push("--claims");
        args.push(f.to_str().unwrap());
    }
    let (code, out, err) = factlint(dir, &args);
    assert!(code == 0 || code == 1, "{err}");
    out
}

fn same_findings(paths: &[&str]) {
    let tmp = tempfile::tempdir().unwrap();
    let file = claims_file(tmp.path(), "all.jsonl", paths);
    let want = direct(paths);
    assert!(!findings(&want, true).is_empty(), "{paths:?} has findings");
    // From the crate root the articles are on disk: everything agrees.
    assert_eq!(
        findings(&from_claims(&root(), &[&file]), true),
        findings(&want, true)
    );
    // Elsewhere the texts are missing: the findings still agree.
    assert_eq!(
        findings(&from_claims(tmp.path(), &[&file]), false),
        findings(&want, false)
    );
}

#[test]
fn seeds_through_claims_files() {
    same_findings(&["seeds"]);
}

#[test]
fn quote_two_speakers_through_claims_files() {
    same_findings(&["tests/fixtures/quote-two-speakers"]);
}

#[test]
fn shards_combine() {
    let tmp = tempfile::tempdir().unwrap();
    let a = claims_file(tmp.path(), "a.jsonl", &["seeds"]);
    let b = claims_file(
        tmp.path(),
        "b.jsonl",
        &["tests/fixtures/quote-two-speakers"],
    );
    let want = direct(&["seeds", "tests/fixtures/quote-two-speakers"]);
    let got = from_claims(&root(), &[&a, &b]);
    assert_eq!(findings(&got, true), findings(&want, true));
    // Same sources, in the same order, in both.
    let sources = |j: &str| serde_json::from_str::<Value>(j).unwrap()["sources"].clone();
    let paths = |v: Value| -> Vec<Value> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|s| s["path"].clone())
            .collect()
    };
    assert_eq!(paths(sources(&got)), paths(sources(&want)));
}

#[test]
fn human_report_from_claims() {
    let tmp = tempfile::tempdir().unwrap();
    let file = claims_file(tmp.path(), "all.jsonl", &["seeds"]);
    let f = file.to_str().unwrap();
    for dir in [root(), tmp.path().to_path_buf()] {
        let (code, out, err) = factlint(&dir, &["check", "--no-baseline", "--claims", f]);
        assert_eq!(code, 1, "{err}");
        assert!(!out.is_empty());
    }
}

#[test]
fn jsonl_refused_outside_claims() {
    let (code, _, err) = factlint(&root(), &["check", "--format", "jsonl", "seeds"]);
    assert_eq!(code, 2);
    assert!(err.contains("only for `factlint claims`"), "{err}");
}

#[test]
fn bad_claims_file() {
    let tmp = tempfile::tempdir().unwrap();
    let p = tmp.path().join("bad.jsonl");
    std::fs::write(&p, "{\"type\":\"claim\"}\n").unwrap();
    let (code, _, err) = factlint(
        &root(),
        &["check", "--no-baseline", "--claims", p.to_str().unwrap()],
    );
    assert_eq!(code, 2);
    assert!(err.contains("bad.jsonl:1"), "{err}");
}

#[test]
fn claims_and_paths_conflict() {
    let tmp = tempfile::tempdir().unwrap();
    let file = claims_file(tmp.path(), "all.jsonl", &["seeds"]);
    let (code, _, err) = factlint(
        &root(),
        &["check", "--claims", file.to_str().unwrap(), "seeds"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("cannot be used with"), "{err}");
}
