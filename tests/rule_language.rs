//! The rule language end to end: tests inside rules, user extractors,
//! `factlint rules`.

use assert_cmd::Command;
use factlint::claims::ClaimKind;
use factlint::rules::{self, RuleSet};
use std::path::Path;

fn factlint() -> Command {
    let mut c = Command::cargo_bin("factlint").unwrap();
    c.env("NO_COLOR", "1");
    c
}

#[test]
fn every_rule_file_in_rules_passes_its_tests() {
    let out = factlint()
        .args(["rules", "test", "rules"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
    assert!(!stdout.contains("has no [[test]] cases"), "{stdout}");
    // The default command tests the embedded copies of the same files.
    let out = factlint().args(["rules", "test"]).output().unwrap();
    assert!(out.status.success());
}

#[test]
fn every_claim_kind_is_tested_both_ways() {
    let mut set = RuleSet::defaults();
    set.extend(rules::load_dir(Path::new("tests/fixtures/death-toll")).unwrap());
    for kind in ClaimKind::ALL {
        let cases: Vec<_> = set
            .rules
            .iter()
            .filter(|r| r.kind == kind)
            .flat_map(|r| &r.tests)
            .filter(|t| t.skip.is_none())
            .collect();
        assert!(
            cases.iter().any(|t| t.expect > 0),
            "{kind:?}: no flagged case"
        );
        assert!(
            cases.iter().any(|t| t.expect == 0),
            "{kind:?}: no consistent case"
        );
    }
    for r in RuleSet::defaults().rules {
        assert!(r.tests.len() >= 2, "{} has too few tests", r.id);
    }
}

#[test]
fn a_failing_case_exits_1_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string("tests/fixtures/death-toll/death-toll.toml")
        .unwrap()
        .replace("expect = 0", "expect = 2");
    std::fs::write(dir.path().join("death-toll.toml"), text).unwrap();
    let out = factlint()
        .args(["rules", "test"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("FAIL  death-toll #2 some 400,000 and 420,000 agree"),
        "{stdout}"
    );
    assert!(stdout.contains("expected 2 findings, got 0"), "{stdout}");
    assert!(stdout.contains("ok    death-toll #1"), "{stdout}");
}

fn write_articles(dir: &Path) {
    std::fs::write(
        dir.join("a.md"),
        "+++\ndate = 2017-11-22\noutlet = \"TASS\"\n+++\nThe war in Syria has killed 400,000 people since 2011, the monitoring group said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        "+++\ndate = 2017-11-22\noutlet = \"Reuters\"\n+++\nThe war in Syria has killed 300,000 people since 2011, the monitoring group said.\n",
    )
    .unwrap();
}

#[test]
fn a_user_extractor_and_rule_flag_a_death_toll_without_rust() {
    let dir = tempfile::tempdir().unwrap();
    write_articles(dir.path());
    let out = factlint()
        .args(["check", "--rules", "tests/fixtures/death-toll"])
        .arg(dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    // Messages are filled to 100 columns: read them as one line.
    let prose = stdout
        .split_whitespace()
        .filter(|w| *w != "│")
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        prose.contains("disagree on the death toll: 300,000 people vs 400,000 people")
            || prose.contains("disagree on the death toll: 400,000 people vs 300,000 people"),
        "{stdout}"
    );
    assert!(stdout.contains("death-toll"), "{stdout}");
    // Without the folder there is no death-toll claim.
    let out = factlint().arg("check").arg(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let prose = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(!prose.contains("death toll"), "{stdout}");
}

#[test]
fn rules_lists_and_documents() {
    let out = factlint().arg("rules").output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    for r in RuleSet::defaults().rules {
        assert!(stdout.contains(&r.id), "{stdout}");
        assert!(stdout.contains(&r.summary), "{stdout}");
    }
    let out = factlint().args(["rules", "event-date"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    for part in [
        "# event-date (date)",
        "## Check: same-date",
        "## Message",
        "## Examples",
        "different weekdays for one meeting",
        "Link: docs/claims.md#date",
    ] {
        assert!(stdout.contains(part), "{part}: {stdout}");
    }
    let out = factlint().args(["rules", "quote-speakr"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("did you mean `quote-speaker`?"), "{stderr}");
    let out = factlint()
        .args([
            "rules",
            "death-toll",
            "--rules",
            "tests/fixtures/death-toll",
        ])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("## Extractor"), "{stdout}");
    assert!(
        stdout.contains("tolerance = 0  (extra relative slack"),
        "{stdout}"
    );
}

#[test]
fn docs_rules_md_names_every_rule_check_key_and_field() {
    let doc = std::fs::read_to_string("docs/rules.md").unwrap();
    for r in RuleSet::defaults().rules {
        assert!(
            doc.contains(&format!("`{}`", r.id)),
            "docs/rules.md misses {}",
            r.id
        );
    }
    for c in rules::Check::ALL {
        assert!(
            doc.contains(&format!("`{}`", c.name())),
            "misses {}",
            c.name()
        );
    }
    for f in rules::TEMPLATE_FIELDS {
        assert!(doc.contains(&format!("{{{f}}}")), "misses {{{f}}}");
    }
    // Every key a rule file accepts, as listed by the parser itself.
    let e = rules::parse_rule("zzz = 1", "x.toml").unwrap_err();
    let keys: Vec<&str> = e.message.split('`').skip(3).step_by(2).collect();
    assert!(keys.len() > 10, "{}", e.message);
    for k in keys {
        assert!(
            doc.contains(&format!("`{k}`")),
            "docs/rules.md misses key {k}"
        );
    }
}
