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
fn verbose_says_what_the_claims_files_read() {
    let tmp = tempfile::tempdir().unwrap();
    let file = claims_file(tmp.path(), "all.jsonl", &["seeds"]);
    let f = file.to_str().unwrap();
    let (_, _, err) = factlint(&root(), &["check", "-v", "--no-baseline", "--claims", f]);
    assert!(err.contains(&format!("read: {f} (")), "{err}");
    assert!(err.contains(" bytes, claims file)\n"), "{err}");
    assert!(
        err.contains("read: seeds/000_e42991b236d3736c.txt (") && err.contains(" bytes)\n"),
        "{err}"
    );
    // Run where the articles are not: said so.
    let (_, _, err) = factlint(tmp.path(), &["check", "-v", "--no-baseline", "--claims", f]);
    assert!(
        err.contains("read: seeds/000_e42991b236d3736c.txt (text not on disk: its claims only)"),
        "{err}"
    );
    let (_, _, quiet) = factlint(&root(), &["check", "--no-baseline", "--claims", f]);
    assert!(!quiet.contains("read: "), "{quiet}");
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

/// A claims file of one source and one claim, its claim line patched by
/// `patch` (a field's old and new text).
fn one_claim_file(dir: &Path, name: &str, patch: (&str, &str)) -> PathBuf {
    let source = r#"{"type":"source","path":"gone/a.txt","outlet":null,"published":"2017-11-21","published_from":"header","title":null,"story":0}"#;
    let claim = r#"{"type":"claim","source":"gone/a.txt","kind":"quantity","key":"k","class":"c","participants":[],"tense":"past","event_date":null,"context":[],"value":{"kind":"quantity","value":12.0,"lo":12.0,"hi":12.0,"unit":null},"start":4,"end":6,"sentence_start":0,"sentence_end":20,"confidence":0.9,"evidence":"e","text":"12","block":[]}"#;
    assert!(claim.contains(patch.0), "{}", patch.0);
    let p = dir.join(name);
    std::fs::write(
        &p,
        format!("{source}\n{}\n", claim.replace(patch.0, patch.1)),
    )
    .unwrap();
    p
}

/// Out-of-range and inconsistent fields are an error naming the file and
/// line (exit 2), never a panic, an abort or a stand-in text of petabytes.
#[test]
fn out_of_range_claim_fields_are_errors_naming_the_line() {
    let tmp = tempfile::tempdir().unwrap();
    let good = one_claim_file(tmp.path(), "good.jsonl", ("", ""));
    let (code, _, err) = factlint(
        tmp.path(),
        &["check", "--no-baseline", "--claims", good.to_str().unwrap()],
    );
    assert_eq!(code, 0, "{err}");
    for (i, (from, to, why)) in [
        (
            r#""sentence_end":20"#,
            r#""sentence_end":9000000000000000"#,
            "beyond the longest article",
        ),
        (
            r#""sentence_end":20"#,
            r#""sentence_end":18446744073709551615"#,
            "beyond the longest article",
        ),
        (
            r#""start":4,"end":6"#,
            r#""start":6,"end":4"#,
            "ends before it starts",
        ),
        (r#""start":4"#, r#""start":-4"#, "expected usize"),
        (
            r#""sentence_start":0"#,
            r#""sentence_start":5"#,
            "outside its sentence",
        ),
        (
            r#""sentence_start":0"#,
            r#""sentence_start":21"#,
            "ends before it starts",
        ),
        (
            r#""start":4,"end":6"#,
            r#""start":40,"end":42"#,
            "outside its sentence",
        ),
        (r#""confidence":0.9"#, r#""confidence":1e300"#, "confidence"),
        (r#""lo":12.0"#, r#""lo":1e309"#, ""),
        (r#""lo":12.0"#, r#""lo":13.0"#, "reversed"),
    ]
    .into_iter()
    .enumerate()
    {
        let name = format!("bad{i}.jsonl");
        let p = one_claim_file(tmp.path(), &name, (from, to));
        let (code, _, err) = factlint(
            tmp.path(),
            &["check", "--no-baseline", "--claims", p.to_str().unwrap()],
        );
        assert_eq!(code, 2, "{to}: {err}");
        assert!(err.contains(&format!("{name}:2: ")), "{to}: {err}");
        assert!(err.contains(why), "{to}: {err}");
    }
}

/// Two claims of one source whose words disagree where they overlap
/// cannot share a stand-in text: an error naming the second line.
#[test]
fn claims_disagreeing_on_the_same_bytes_are_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let p = one_claim_file(tmp.path(), "two.jsonl", ("", ""));
    let body = std::fs::read_to_string(&p).unwrap();
    let second = body
        .lines()
        .nth(1)
        .unwrap()
        .replace(r#""start":4,"end":6"#, r#""start":5,"end":7"#)
        .replace(r#""text":"12""#, r#""text":"é""#);
    std::fs::write(&p, format!("{body}{second}\n")).unwrap();
    let (code, _, err) = factlint(
        tmp.path(),
        &["check", "--no-baseline", "--claims", p.to_str().unwrap()],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("two.jsonl:"), "{err}");
    assert!(err.contains("disagree with another claim"), "{err}");
}

/// An open-ended distance (`at least 100 km south`) has an infinite high
/// end, which JSON writes as `null`: the claims file reads back (it was
/// refused with "invalid type: null") and gives the direct run's findings.
#[test]
fn an_open_ended_distance_reads_back() {
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    std::fs::write(
        d.join("a.txt"),
        "date 2017-11-22\n\nThe quake struck more than 100 miles north of Jakarta on Monday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        "date 2017-11-22\n\nThe quake struck at least 100 km south of Jakarta on Monday, officials said.\n",
    )
    .unwrap();
    let (code, jsonl, err) = factlint(d, &["claims", "--format", "jsonl", "a.txt", "b.txt"]);
    assert_eq!(code, 0, "{err}");
    assert!(jsonl.contains(r#""km":[100.0,null]"#), "{jsonl}");
    std::fs::write(d.join("c.jsonl"), jsonl).unwrap();
    let (code, direct, err) = factlint(
        d,
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            "a.txt",
            "b.txt",
        ],
    );
    assert_eq!(code, 1, "{err}");
    let (code, through, err) = factlint(
        d,
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            "--claims",
            "c.jsonl",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert_eq!(findings(&through, true), findings(&direct, true));
}
