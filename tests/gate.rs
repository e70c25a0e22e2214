//! The CI gate end to end: formats, SARIF validity, draft mode, baseline,
//! fingerprints and exit codes. Commands run from the crate root with
//! relative paths, so reports (and snapshots) are stable.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

mod gate {
    pub mod baseline;
    pub mod stdin;
}

const SUMMIT: &str = "tests/fixtures/gate/summit";
const DRAFT: &str = "tests/fixtures/gate/drafts/story.md";
const DRAFT_FIXED: &str = "tests/fixtures/gate/drafts/story-fixed.md";

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

/// Runs from the crate root, without any baseline lying around.
fn run(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--no-baseline"];
    all.extend_from_slice(args);
    let (code, out, err) = factlint(&root(), &[&["check"][..], &all].concat());
    (code, out, err)
}

fn validate_sarif(text: &str) -> serde_json::Value {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let log: serde_json::Value = serde_json::from_str(text).expect("SARIF is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    log
}

// ---- formats on the seeds ----

#[test]
fn short_on_seeds() {
    let (code, out, _) = run(&["--format", "short", "seeds"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("short_seeds", out);
}

#[test]
fn github_on_seeds() {
    let (code, out, _) = run(&["--format", "github", "seeds"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("github_seeds", out);
}

#[test]
fn sarif_on_seeds_is_valid() {
    let (code, out, _) = run(&["--format", "sarif", "seeds"]);
    assert_eq!(code, 1);
    let log = validate_sarif(&out);
    let run = &log["runs"][0];
    let rules: Vec<&str> = run["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"event-date") && rules.contains(&"quote-speaker"));
    for r in run["results"].as_array().unwrap() {
        assert!(rules.contains(&r["ruleId"].as_str().unwrap()));
        let uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("seeds/"), "{uri}");
        assert!(!r["relatedLocations"].as_array().unwrap().is_empty());
        assert!(r["partialFingerprints"]["factlint/claim/v1"].is_string());
    }
    insta::assert_snapshot!("sarif_seeds", out);
}

#[test]
fn rdjsonl_and_json_on_seeds() {
    let (code, out, _) = run(&["--format", "rdjsonl", "seeds"]);
    assert_eq!(code, 1);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["severity"], "ERROR");
    assert_eq!(lines[0]["code"]["value"], "event-date");
    assert_eq!(
        lines[0]["location"]["path"],
        "seeds/003_ea48ef49ecb486fd.txt"
    );
    assert!(lines[0]["location"]["range"]["start"]["line"].is_u64());
    let (code, out, _) = run(&["--format", "json", "seeds"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["findings"].as_array().unwrap().len(), 3);
}

// ---- draft mode ----

#[test]
fn draft_contradicting_the_seeds_fails_with_only_its_findings() {
    let (code, out, err) = run(&["--format", "short", "--draft", DRAFT, "seeds"]);
    assert_eq!(code, 1, "{err}");
    assert!(!out.is_empty());
    for line in out.lines() {
        assert!(line.starts_with(DRAFT), "not the draft's span: {line}");
    }
    assert!(
        err.contains("among the reference sources alone"),
        "reference conflicts are summarised: {err}"
    );
    insta::assert_snapshot!("short_draft", out);
}

#[test]
fn fixed_draft_passes() {
    let (code, out, err) = run(&["--format", "short", "--draft", DRAFT_FIXED, "seeds"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.is_empty());
    assert!(err.contains("among the reference sources alone"));
}

#[test]
fn draft_formats() {
    let (code, out, _) = run(&["--format", "github", "--draft", DRAFT, "seeds"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("github_draft", out);
    let (code, out, _) = run(&["--format", "sarif", "--draft", DRAFT, "seeds"]);
    assert_eq!(code, 1);
    let log = validate_sarif(&out);
    for r in log["runs"][0]["results"].as_array().unwrap() {
        assert_eq!(
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            DRAFT
        );
    }
    insta::assert_snapshot!("sarif_draft", out);
    let (code, out, _) = run(&["--format", "rdjsonl", "--draft", DRAFT, "seeds"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("rdjsonl_draft", out);
}

#[test]
fn draft_siding_with_one_reference_is_not_blamed_for_their_conflict() {
    // The seeds disagree on the summit's weekday (Wednesday vs Thursday).
    let sides = "tests/fixtures/gate/drafts/summit-sides.md";
    let (code, out, err) = run(&["--format", "short", "--draft", sides, "seeds"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("3 conflicts among the reference sources alone"),
        "{err}"
    );
    // A third weekday contradicts every source: the draft is the primary.
    let friday = "tests/fixtures/gate/drafts/summit-friday.md";
    let (code, out, _) = run(&["--format", "short", "--draft", friday, "seeds"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with(&format!(
            "{friday}:5:104: error[event-date] Our Desk (21 Nov 2017) and "
        )),
        "{out}"
    );
}

#[test]
fn a_draft_counting_a_series_further_is_an_update_fewer_a_conflict() {
    // The reference counts the fourth arrest; the draft, written later, may
    // count a fifth (a note) but not a third.
    let reference = "tests/fixtures/gate/series/arrest.txt";
    let more = "tests/fixtures/gate/drafts/series-more.md";
    let (code, out, err) = run(&["--format", "short", "--draft", more, reference]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with(&format!("{more}:3:106: note[series-ordinal]")),
        "{out}"
    );
    let fewer = "tests/fixtures/gate/drafts/series-fewer.md";
    let (code, out, _) = run(&["--format", "short", "--draft", fewer, reference]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with(&format!("{fewer}:3:106: error[series-ordinal]")),
        "{out}"
    );
}

#[test]
fn a_draft_agreeing_with_the_latest_reference_is_no_update_of_an_older_one() {
    // The references count the fourth arrest, then the fifth two weeks
    // later; a draft counting the fifth agrees with the later one: no note
    // about the draft, and no conflict among the references either.
    let older = "tests/fixtures/gate/series/arrest.txt";
    let later = "tests/fixtures/gate/series/arrest-later.txt";
    let more = "tests/fixtures/gate/drafts/series-more.md";
    let (code, out, err) = run(&["--format", "short", "--draft", more, older, later]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out, "", "{err}");
    assert!(!err.contains("among the reference sources"), "{err}");
    // A draft counting fewer than both is still the primary of a conflict.
    let fewer = "tests/fixtures/gate/drafts/series-fewer.md";
    let (code, out, _) = run(&["--format", "short", "--draft", fewer, older, later]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.starts_with(&format!("{fewer}:3:106: error[series-ordinal]")),
        "{out}"
    );
}

#[test]
fn an_undated_draft_is_written_after_its_latest_reference() {
    // The references count the fourth arrest, then the fifth two weeks
    // later. An undated draft is written now, after both: its "fourth" is
    // behind the later reference, and agreeing with the older one, which
    // the later one superseded, does not excuse it.
    let older = "tests/fixtures/gate/series/arrest.txt";
    let later = "tests/fixtures/gate/series/arrest-later.txt";
    let behind = "tests/fixtures/gate/drafts/series-behind.md";
    let (code, out, err) = run(&["--format", "short", "--draft", behind, older, later]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.starts_with(&format!("{behind}:3:106: error[series-ordinal]")),
        "{out}"
    );
    // Against the later reference alone too (no reference of the draft's
    // borrowed day agrees with it).
    let (code, out, _) = run(&["--format", "short", "--draft", behind, later]);
    assert_eq!(code, 1, "{out}");
    // A draft dated between the two is as of its own date: the fourth then.
    let dated = "tests/fixtures/gate/drafts/series-dated.md";
    let (code, out, err) = run(&["--format", "short", "--draft", dated, older, later]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("error["), "{out}");
}

#[test]
fn draft_that_is_not_read_is_an_input_error() {
    let (code, _, err) = run(&["--draft", "tests/fixtures/gate/drafts/none.md", "seeds"]);
    assert_eq!(code, 2, "{err}");
}

// ---- gate policy and exit codes ----

#[test]
fn exit_codes() {
    assert_eq!(run(&["--format", "short", SUMMIT]).0, 1);
    assert_eq!(run(&["--fail-on", "never", SUMMIT]).0, 0);
    // The seeds have warnings besides the error; the fixed draft has none.
    assert_eq!(run(&["--fail-on", "warning", "seeds"]).0, 1);
    assert_eq!(
        run(&["--fail-on", "never", "--max-findings", "3", "seeds"]).0,
        0
    );
    let (code, _, err) = run(&["--fail-on", "never", "--max-findings", "2", "seeds"]);
    assert_eq!(code, 1);
    assert!(err.contains("--max-findings 2"), "{err}");
    assert_eq!(run(&["--fail-on", "sometimes", SUMMIT]).0, 2);
    assert_eq!(run(&["--format", "xml", SUMMIT]).0, 2);
    assert_eq!(run(&["tests/fixtures/gate/missing"]).0, 2);
    let (code, _, _) = factlint(
        &root(),
        &["check", "--baseline", "x.toml", "--no-baseline", SUMMIT],
    );
    assert_eq!(code, 2);
}

#[test]
fn output_file_is_written_atomically() {
    let d = tempfile::tempdir().unwrap();
    let target = d.path().join("report.sarif");
    let t = target.to_str().unwrap();
    let (code, out, _) = run(&["--format", "sarif", "--output", t, SUMMIT]);
    assert_eq!(code, 1);
    assert!(out.is_empty());
    validate_sarif(&std::fs::read_to_string(&target).unwrap());
    // A failing write leaves the old file alone.
    std::fs::write(&target, "old").unwrap();
    let missing = d.path().join("no/such/dir/report.sarif");
    let (code, out, err) = run(&["--format", "sarif", "-o", missing.to_str().unwrap(), SUMMIT]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("cannot write"), "{err}");
    // The report that could not be written is not printed instead.
    assert!(out.is_empty(), "{out}");
    // An input error does not replace the report.
    let (code, _, _) = run(&["--format", "sarif", "-o", t, "tests/fixtures/gate/missing"]);
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
    let names: Vec<String> = std::fs::read_dir(d.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, vec!["report.sarif".to_string()]);
    // The other commands honour --output too.
    let claims = d.path().join("claims.json");
    let (code, out, _) = factlint(
        &root(),
        &[
            "claims",
            "--format",
            "json",
            "-o",
            claims.to_str().unwrap(),
            SUMMIT,
        ],
    );
    assert_eq!((code, out.as_str()), (0, ""));
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&claims).unwrap()).unwrap();
    // Per article: the summit's date, Putin's office and his name, and
    // the name of a place as spelled.
    assert_eq!(v["claims"].as_array().unwrap().len(), 8);
}
