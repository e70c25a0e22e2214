//! Bad rule files: each is a diagnostic pointing into the TOML, exit 2, no panic.

use assert_cmd::Command;
use factlint::report::human::{render_rule_error, Style};
use factlint::rules::{load_dirs, parse_rule};

const GOOD: &str = r#"id = "my-rule"
kind = "date"
check = "same-date"
severity = "error"
summary = "Dates differ"
message = "{a.outlet} and {b.outlet}: {a.value} vs {b.value}"
help = "Check the date."

[[test]]
expect = 0
[[test.source]]
text = "Putin met Assad on Monday."
[[test.source]]
text = "Putin met Assad on Monday."
"#;

fn render(text: &str) -> String {
    let e = parse_rule(text, "rules/my-rule.toml").expect_err("the rule is bad");
    render_rule_error(&e, Style::plain())
}

#[test]
fn toml_syntax_error() {
    insta::assert_snapshot!(render(
        &GOOD.replace("severity = \"error\"", "severity = error\"")
    ));
}

#[test]
fn unknown_key_suggests() {
    insta::assert_snapshot!(render(&GOOD.replace("summary", "sumary")));
}

#[test]
fn unknown_check_type() {
    insta::assert_snapshot!(render(&GOOD.replace("same-date", "same-dates")));
}

#[test]
fn wrong_value_type() {
    insta::assert_snapshot!(render(&GOOD.replace("expect = 0", "expect = \"none\"")));
}

#[test]
fn invalid_regex() {
    insta::assert_snapshot!(render(&with_pattern("killed (?P<value>[0-9,]+")));
}

#[test]
fn pattern_too_big() {
    insta::assert_snapshot!(render(&with_pattern(r"(?P<value>\w{100}){100}")));
}

#[test]
fn unknown_template_field() {
    insta::assert_snapshot!(render(&GOOD.replace("{a.value} vs", "{a.valeu} vs")));
}

#[test]
fn test_with_one_source() {
    let i = GOOD.rfind("[[test.source]]").unwrap();
    insta::assert_snapshot!(render(&GOOD[..i]));
}

#[test]
fn rule_id_used_twice_across_files() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    std::fs::write(a.path().join("one.toml"), GOOD).unwrap();
    std::fs::write(b.path().join("two.toml"), GOOD).unwrap();
    let errors = load_dirs(&[a.path().to_path_buf(), b.path().to_path_buf()]).unwrap_err();
    assert_eq!(errors.len(), 1);
    let shown = render_rule_error(&errors[0], Style::plain())
        .replace(&a.path().display().to_string(), "A")
        .replace(&b.path().display().to_string(), "B");
    insta::assert_snapshot!(shown);
}

/// A quantity rule with an `[extractor]` using `pattern`.
fn with_pattern(pattern: &str) -> String {
    GOOD.replace("kind = \"date\"", "kind = \"quantity\"")
        .replace("check = \"same-date\"", "check = \"numeric-tolerance\"")
        .replace(
            "[[test]]",
            &format!("[extractor]\npattern = '{pattern}'\n\n[[test]]"),
        )
}

#[test]
fn the_binary_exits_2_on_a_bad_rule_folder() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        GOOD.replace("summary", "sumary"),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Putin met Assad on Monday.").unwrap();
    for args in [
        vec!["check", "--rules"],
        vec!["rules", "--rules"],
        vec!["rules", "test"],
    ] {
        let out = Command::cargo_bin("factlint")
            .unwrap()
            .env("NO_COLOR", "1")
            .args(&args)
            .arg(dir.path())
            .args(if args[0] == "check" {
                vec![dir.path().join("a.txt")]
            } else {
                vec![]
            })
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("did you mean `summary`?"), "{stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}
