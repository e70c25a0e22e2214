//! The baseline file and fingerprints: decisions recorded, kept, raced and
//! matched however a path is spelled.

use crate::{factlint, root, run, validate_sarif, DRAFT, SUMMIT};
use std::path::Path;

// ---- baseline ----

/// A temporary project with the summit articles under `news/`.
pub(crate) fn project() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join("news")).unwrap();
    for f in ["a.md", "b.md"] {
        std::fs::copy(root().join(SUMMIT).join(f), d.path().join("news").join(f)).unwrap();
    }
    d
}

#[test]
fn baseline_round_trip() {
    let d = project();
    let p = d.path();
    let file = p.join("factlint.baseline.toml");
    assert_eq!(factlint(p, &["check", "news"]).0, 1);
    // Write: one entry per finding.
    let (code, _, err) = factlint(p, &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches("[[finding]]").count(), 1, "{text}");
    assert!(text.contains("rule = \"event-date\""));
    // Suppress.
    let (code, _, err) = factlint(p, &["check", "--format", "short", "news"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("1 finding suppressed by the baseline"),
        "{err}"
    );
    // --no-baseline ignores it.
    assert_eq!(factlint(p, &["check", "--no-baseline", "news"]).0, 1);
    // People's edits survive a rewrite; a stale entry is reported, not fatal.
    let edited = text.replace(
        "rule = \"event-date\"",
        "rule = \"event-date\"\nreason = \"B corrected it\"\nreviewer = \"desk\"",
    ) + "\n[[finding]]\nfingerprint = \"0000000000000000\"\nrule = \"event-date\"\nsummary = \"gone\"\nreason = \"old\"\n";
    std::fs::write(&file, &edited).unwrap();
    let (code, _, err) = factlint(p, &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    let merged = std::fs::read_to_string(&file).unwrap();
    assert!(merged.contains("reason = \"B corrected it\""), "{merged}");
    assert!(merged.contains("reviewer = \"desk\""), "{merged}");
    assert!(merged.contains("0000000000000000"), "{merged}");
    assert_eq!(merged.matches("[[finding]]").count(), 2);
    let (code, _, err) = factlint(p, &["check", "news"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("stale baseline entry 0000000000000000"),
        "{err}"
    );
    // A new finding is added, the old ones kept.
    std::fs::write(
        p.join("news/c.md"),
        std::fs::read_to_string(p.join("news/a.md"))
            .unwrap()
            .replace("\"A\"", "\"C\"")
            .replace("Wednesday", "Friday"),
    )
    .unwrap();
    let (code, _, _) = factlint(p, &["check", "--format", "short", "news"]);
    assert_eq!(code, 1, "the new value makes a new finding");
}

#[test]
fn baseline_decisions_and_expiry() {
    let d = project();
    let p = d.path();
    assert_eq!(factlint(p, &["baseline", "news"]).0, 0);
    let file = p.join("factlint.baseline.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let with = |extra: &str| {
        std::fs::write(&file, format!("{text}{extra}\n")).unwrap();
        factlint(p, &["check", "--format", "short", "news"])
    };
    assert_eq!(with("decision = \"dismissed\"").0, 0);
    let (code, out, _) = with("decision = \"confirmed\"");
    assert_eq!(code, 1, "confirmed stays failing");
    assert!(out.contains("error[event-date]"));
    assert_eq!(with("expires = 2999-12-31").0, 0);
    let (code, _, err) = with("expires = 2000-01-01");
    assert_eq!(code, 1, "expired entries no longer suppress");
    assert!(err.contains("expired on 2000-01-01"), "{err}");
    // Malformed: exit 2, naming file and line.
    let (code, _, err) = with("decision = \"perhaps\"");
    assert_eq!(code, 2);
    assert!(err.contains("factlint.baseline.toml:"), "{err}");
    let line = text.lines().count() + 1;
    assert!(
        err.contains(&format!("factlint.baseline.toml:{line}:")),
        "{err}"
    );
    std::fs::write(&file, "[[finding]\n").unwrap();
    let (code, _, err) = factlint(p, &["check", "news"]);
    assert_eq!(code, 2);
    assert!(err.contains("factlint.baseline.toml:1:"), "{err}");
    // An explicit baseline that does not exist is an error.
    let (code, _, err) = factlint(p, &["check", "--baseline", "other.toml", "news"]);
    assert_eq!(code, 2, "{err}");
    // The baseline command does not clobber a malformed file.
    let (code, _, _) = factlint(p, &["baseline", "news"]);
    assert_eq!(code, 2);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "[[finding]\n");
}

// ---- fingerprints ----

fn fingerprints(dir: &Path) -> Vec<String> {
    let (_, out, err) = factlint(dir, &["check", "--no-baseline", "--format", "json", "news"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["fingerprint"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn fingerprints_are_keyed_on_the_claim() {
    let d = project();
    let p = d.path();
    let b = p.join("news/b.md");
    let original = std::fs::read_to_string(&b).unwrap();
    let base = fingerprints(p);
    assert_eq!(base.len(), 1);
    let edit = |text: String| {
        std::fs::write(&b, text).unwrap();
        fingerprints(p)
    };
    // Moving the paragraph down, adding other text before and after.
    let moved = original.replace(
        "+++\nRussian",
        "+++\nThe Kremlin announced a busy week of diplomacy.\n\nOfficials said talks would continue.\n\nRussian",
    ) + "\nMore details were not given.\n";
    assert_eq!(edit(moved), base, "moving the paragraph");
    // Reflowing the sentence over several lines.
    let reflowed = original
        .replace("of Iran and", "of Iran\nand")
        .replace("Thursday.", "Thursday.\n");
    assert_eq!(edit(reflowed), base, "reflowing lines");
    // Editing other words in the sentence.
    let reworded = original.replace("will host", "is due to host");
    assert_eq!(edit(reworded), base, "editing other text");
    // Changing the conflicting value changes the fingerprint.
    let changed = original.replace("Thursday", "Friday");
    let after = edit(changed);
    assert_eq!(after.len(), 1);
    assert_ne!(after, base, "a different conflicting value");
}

/// A hard wrap after a short line keeps the sentence whole (the next line
/// continues in lower case), so the finding and its fingerprint stay.
#[test]
fn fingerprint_survives_any_hard_wrap() {
    let d = project();
    let p = d.path();
    let b = p.join("news/b.md");
    let base = fingerprints(p);
    let text = std::fs::read_to_string(&b)
        .unwrap()
        .replace(" with the presidents", "\nwith the presidents");
    std::fs::write(&b, text).unwrap();
    assert_eq!(fingerprints(p), base);
}

#[test]
fn the_schema_check_rejects_invalid_sarif() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/sarif-schema-2.1.0.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let bad = serde_json::json!({ "version": "2.1.0", "runs": [{ "results": [] }] });
    assert!(
        !validator.is_valid(&bad),
        "a run without a tool must be rejected"
    );
    let bad_region = serde_json::json!({ "version": "2.1.0", "runs": [{
        "tool": { "driver": { "name": "factlint" } },
        "results": [{ "message": { "text": "m" }, "locations": [{ "physicalLocation": {
            "artifactLocation": { "uri": "a.md" }, "region": { "startLine": 0 } } }] }]
    }] });
    assert!(!validator.is_valid(&bad_region), "lines are 1-based");
}

/// Decisions recorded by factlint 0.1.0, before numbers were read as meant
/// (exact, round, hedged): the fingerprints of findings that exist before
/// and after still match, so the dismissed one stays suppressed and the
/// confirmed one still fails the gate.
#[test]
fn decisions_recorded_by_0_1_0_still_apply() {
    let fixture = root().join("tests/fixtures/quantity-baseline");
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    std::fs::create_dir(p.join("news")).unwrap();
    for f in ["harbour-post.md", "coastal-daily.md"] {
        std::fs::copy(fixture.join(f), p.join("news").join(f)).unwrap();
    }
    std::fs::copy(
        fixture.join("written-by-0.1.baseline.toml"),
        p.join("factlint.baseline.toml"),
    )
    .unwrap();
    let (code, out, err) = factlint(p, &["check", "--format", "short", "news"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("1 finding suppressed by the baseline"),
        "{err}"
    );
    assert!(!err.contains("stale"), "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("9 hours vs 4 hours"), "{out}");
    // Without the baseline both findings are there.
    let (_, all, _) = factlint(p, &["check", "--no-baseline", "--format", "short", "news"]);
    assert_eq!(all.lines().count(), 2, "{all}");
}

/// `factlint baseline` runs (other processes) racing decisions recorded
/// under the baseline's lock, as `factlint review` records them: every
/// decision and every finding's entry survives.
#[test]
fn baseline_racing_decisions_loses_none() {
    use factlint::baseline::{update, Baseline, Decision, Entry};
    let d = project();
    let p = d.path().to_path_buf();
    let file = p.join("factlint.baseline.toml");
    let decider = {
        let file = file.clone();
        std::thread::spawn(move || {
            for k in 0..200 {
                update(&file, false, |b| {
                    b.upsert(Entry {
                        fingerprint: format!("decided-{k:03}"),
                        rule: "quantity-mismatch".into(),
                        summary: "decided while baselines were written".into(),
                        reason: Some("checked by the desk".into()),
                        reviewer: Some("desk".into()),
                        decision: Some(Decision::Dismissed),
                        ..Entry::default()
                    })
                })
                .unwrap();
            }
        })
    };
    for _ in 0..6 {
        let (code, _, err) = factlint(&p, &["baseline", "news"]);
        assert_eq!(code, 0, "{err}");
    }
    decider.join().unwrap();
    let b = Baseline::read(&file).unwrap().unwrap();
    for k in 0..200 {
        assert!(
            b.entry(&format!("decided-{k:03}")).is_some(),
            "decision {k} lost"
        );
    }
    assert!(b.entries.iter().any(|e| e.rule == "event-date"));
}

#[test]
fn a_draft_without_reference_sources_is_a_usage_error() {
    // Nothing to check it against: not a pass.
    let (code, out, err) = run(&["--draft", DRAFT]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("no reference sources"), "{err}");
}

#[test]
fn machine_formats_write_a_valid_document_with_one_source_or_none() {
    let empty = tempfile::tempdir().unwrap();
    let none = empty.path().to_str().unwrap();
    for inputs in [vec![none], vec![DRAFT]] {
        let (code, out, err) = run(&[&["--format", "json"][..], &inputs].concat());
        assert_eq!(code, 0, "{err}");
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["findings"], serde_json::json!([]));
        assert_eq!(
            json["summary"]["sources"],
            inputs.len() - usize::from(inputs[0] == none)
        );
        let (code, out, _) = run(&[&["--format", "sarif"][..], &inputs].concat());
        assert_eq!(code, 0);
        validate_sarif(&out);
        // rdjsonl: one diagnostic per line, none here.
        let (code, out, err) = run(&[&["--format", "rdjsonl"][..], &inputs].concat());
        assert_eq!((code, out.as_str()), (0, ""), "{err}");
        assert!(err.contains("nothing to compare"), "{err}");
    }
    let (_, _, err) = run(&["--format", "json", none]);
    assert!(err.contains("0 sources read"), "{err}");
}

#[test]
fn github_and_rdjsonl_name_files_as_written() {
    // Spaces and non-ASCII letters: no URI escapes (GitHub would not
    // attach `my%2520dir/...` to `my dir/...`).
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("my dir");
    std::fs::create_dir(&folder).unwrap();
    let text = |place: &str| {
        format!("Russian President Vladimir Putin met Syrian President Bashar Assad in {place} on Monday, the Kremlin said.\n")
    };
    std::fs::write(folder.join("é a.md"), text("Sochi")).unwrap();
    std::fs::write(folder.join("b c.md"), text("Moscow")).unwrap();
    let (_, out, _) = factlint(
        dir.path(),
        &["check", "--no-baseline", "--format", "github", "my dir"],
    );
    assert!(out.contains("file=my dir/"), "{out}");
    assert!(!out.contains("%25"), "escaped twice: {out}");
    assert!(out.contains("é a.md") && out.contains("b c.md"), "{out}");
    let (_, out, _) = factlint(
        dir.path(),
        &["check", "--no-baseline", "--format", "rdjsonl", "my dir"],
    );
    let first: serde_json::Value = serde_json::from_str(out.lines().next().unwrap()).unwrap();
    let path = first["location"]["path"].as_str().unwrap();
    assert!(path == "my dir/é a.md" || path == "my dir/b c.md", "{path}");
}

#[test]
fn columns_are_in_each_consumers_unit() {
    // `é` and `ü` are two bytes each before the place: reviewdog counts
    // UTF-8 bytes, SARIF (columnKind unicodeCodePoints) characters.
    let dir = tempfile::tempdir().unwrap();
    let text = |place: &str| {
        format!("Président Vladimir Putin met Syrian Präsident Bashar Assad in {place} on Monday, the Kremlin said.\n")
    };
    std::fs::write(dir.path().join("a.md"), text("Sochi")).unwrap();
    std::fs::write(dir.path().join("b.md"), text("Moscow")).unwrap();
    let a = text("Sochi");
    let bytes = a.find("Sochi").unwrap() + 1;
    let chars = a[..a.find("Sochi").unwrap()].chars().count() + 1;
    assert_eq!(bytes, chars + 2);
    let column_of = |line: &serde_json::Value| line["location"]["range"]["start"]["column"].clone();
    let (_, out, _) = factlint(
        dir.path(),
        &[
            "check",
            "--no-baseline",
            "--format",
            "rdjsonl",
            "a.md",
            "b.md",
        ],
    );
    let found: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let place = found
        .iter()
        .find(|d| d["code"]["value"] == "event-location")
        .expect("the place conflict");
    assert_eq!(column_of(place), serde_json::json!(bytes), "{place}");
    let (_, out, _) = factlint(
        dir.path(),
        &[
            "check",
            "--no-baseline",
            "--format",
            "sarif",
            "a.md",
            "b.md",
        ],
    );
    let sarif = validate_sarif(&out);
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    let place = results
        .iter()
        .find(|r| r["ruleId"] == "event-location")
        .expect("the place conflict");
    let region = &place["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], serde_json::json!(chars), "{region}");
}

/// A baseline written before fingerprints named paths from the baseline's
/// folder, by `factlint baseline news` in `project()`: the path was spelled
/// the canonical way, so the entry must keep matching.
pub(crate) const BASELINE_BEFORE: &str = "[[finding]]
fingerprint = \"76ee12cf1a15ab12\"
rule = \"event-date\"
summary = \"B and A disagree on when the summit (Iran, Putin, Russia, Turkey) is: Thursday → 2017-11-23 vs Wednesday → 2017-11-22\"
reason = \"written by an earlier factlint\"
";

#[test]
fn baseline_matches_however_the_path_is_spelled() {
    let d = project();
    let p = d.path();
    std::fs::write(p.join("factlint.baseline.toml"), BASELINE_BEFORE).unwrap();
    let absolute = p.join("news").display().to_string();
    for spelling in ["news", "./news", "news/", "news//", absolute.as_str()] {
        let (code, _, err) = factlint(p, &["check", "--format", "short", spelling]);
        assert_eq!(code, 0, "`check {spelling}`: {err}");
        assert!(
            err.contains("1 finding suppressed by the baseline factlint.baseline.toml"),
            "`check {spelling}`: {err}"
        );
        assert!(!err.contains("stale"), "`check {spelling}`: {err}");
        // The fingerprint in the reports is the same too.
        let (_, json, _) = factlint(p, &["check", "--no-baseline", "--format", "json", spelling]);
        assert!(
            json.contains("\"76ee12cf1a15ab12\""),
            "`check {spelling}`: {json}"
        );
    }
}

#[test]
fn baseline_is_found_from_a_subfolder() {
    let d = project();
    let p = d.path();
    std::fs::write(p.join("factlint.baseline.toml"), BASELINE_BEFORE).unwrap();
    let sub = p.join("news");
    let above = p.join("factlint.baseline.toml").display().to_string();
    let absolute = sub.display().to_string();
    for spelling in [".", "./", "../news", absolute.as_str()] {
        let (code, _, err) = factlint(&sub, &["check", "--format", "short", spelling]);
        assert_eq!(code, 0, "`check {spelling}` in news/: {err}");
        assert!(
            err.contains(&format!("1 finding suppressed by the baseline {above}")),
            "`check {spelling}` in news/: {err}"
        );
    }
    // `factlint baseline` merges into the file above, not a new one here.
    let (code, _, err) = factlint(&sub, &["baseline", "."]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(&above), "{err}");
    assert!(!sub.join("factlint.baseline.toml").exists());
    let text = std::fs::read_to_string(p.join("factlint.baseline.toml")).unwrap();
    assert_eq!(text.matches("[[finding]]").count(), 1, "{text}");
    assert!(text.contains("written by an earlier factlint"), "{text}");
    // --no-baseline still ignores it; --baseline names another.
    assert_eq!(factlint(&sub, &["check", "--no-baseline", "."]).0, 1);
    let (code, _, err) = factlint(&sub, &["check", "--baseline", "none.toml", "."]);
    assert_eq!(code, 2, "{err}");
}
