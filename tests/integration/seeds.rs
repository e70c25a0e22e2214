//! The golden test: the five seed articles, through the general machinery.

use super::util::{check_json, factlint, seed_ids};

#[test]
fn seeds_give_the_expected_findings_and_nothing_else() {
    let (report, code) = check_json(&["seeds"]);
    assert_eq!(code, 1, "an error finding fails the check");
    let findings = report["findings"].as_array().unwrap();
    let serious: Vec<_> = findings
        .iter()
        .filter(|f| f["severity"] != "note")
        .collect();
    assert!(
        serious.len() <= 4,
        "at most four errors or warnings: {serious:#?}"
    );

    // The summit is on Wednesday in 000 and on Thursday in 003.
    let date = findings
        .iter()
        .find(|f| f["kind"] == "date")
        .expect("a date finding");
    assert_eq!(date["severity"], "error");
    assert_eq!(seed_ids(date), vec!["000", "003"]);
    let values: Vec<&str> = date["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["value"].as_str().unwrap())
        .collect();
    assert!(
        values.contains(&"2017-11-22") && values.contains(&"2017-11-23"),
        "{values:?}"
    );

    // Two misattributed quotes between 001 and 003.
    let quotes: Vec<_> = serious.iter().filter(|f| f["kind"] == "quote").collect();
    assert_eq!(quotes.len(), 2, "{quotes:#?}");
    for q in &quotes {
        assert_eq!(seed_ids(q), vec!["001", "003"]);
    }
    let texts: Vec<String> = quotes
        .iter()
        .flat_map(|q| {
            q["claims"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c["text"].as_str().unwrap().to_string())
        })
        .collect();
    assert!(texts
        .iter()
        .any(|t| t.starts_with("I think, now the main thing")));
    assert!(texts.iter().any(|t| t.starts_with("It must be admitted")));

    // Nothing between the two May 2018 articles, and no ordinal error.
    for f in findings.iter().filter(|f| f["severity"] == "error") {
        let ids = seed_ids(f);
        assert!(!ids.iter().all(|i| i == "002" || i == "004"), "{f:#?}");
        assert_ne!(f["kind"], "ordinal", "{f:#?}");
    }
}

#[test]
fn explain_shows_the_visit_counts_as_checked_and_consistent() {
    let out = factlint()
        .args(["check", "--explain", "seeds"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text
        .lines()
        .position(|l| {
            l.starts_with("consistent [series-ordinal]")
                && l.contains("2017-11-21")
                && l.contains("2018-05-18")
        })
        .unwrap_or_else(|| panic!("no consistent ordinal pair in:\n{text}"));
    let block: Vec<&str> = text.lines().skip(line).take(3).collect();
    assert!(
        block[1].contains("000_") && block[1].contains("second visit"),
        "{block:?}"
    );
    assert!(
        block[2].contains("three publicly-acknowledged visits"),
        "{block:?}"
    );
}

#[test]
fn human_report_names_both_files_and_ends_with_a_summary() {
    let out = factlint().args(["check", "seeds"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("seeds/000_e42991b236d3736c.txt")
            && text.contains("seeds/003_ea48ef49ecb486fd.txt")
    );
    assert!(
        !text.contains('\u{1b}'),
        "NO_COLOR output has no escape codes"
    );
    insta::assert_snapshot!("seeds_human", text);
}

#[test]
fn json_report_is_stable() {
    let (report, _) = check_json(&["seeds"]);
    insta::assert_json_snapshot!("seeds_json", report);
}

#[test]
fn output_does_not_depend_on_the_thread_count() {
    let run = |threads: &str| {
        factlint()
            .env("RAYON_NUM_THREADS", threads)
            .args(["check", "--format", "json", "seeds"])
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(run("1"), run("2"));
    assert_eq!(run("2"), run("4"));
}

#[test]
fn sources_says_where_each_date_came_from() {
    let out = factlint().args(["sources", "seeds"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("published  2017-11-21 (from header: date 2017-11-21)"),
        "{text}"
    );
    assert!(
        text.contains("published  2018-05-18 (from header: May 18, 2018)"),
        "{text}"
    );
    assert!(
        text.contains("(from borrowed"),
        "003 and 004 borrow their story's date: {text}"
    );
    assert!(text.contains("outlet     TASS (from dateline)"), "{text}");
}

#[test]
fn claims_lists_every_kind_in_json() {
    let out = factlint()
        .args(["claims", "--format", "json", "seeds"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let kinds: std::collections::BTreeSet<&str> = v["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    for k in ["date", "ordinal", "quote", "location"] {
        assert!(kinds.contains(k), "{k} missing from {kinds:?}");
    }
}
