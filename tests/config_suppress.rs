//! factlint.toml, inline suppression and user lexicons, through the binary.

use assert_cmd::Command;
use std::path::Path;

fn factlint(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("factlint").unwrap();
    c.env("NO_COLOR", "1").current_dir(dir);
    c
}

const A: &str = "Russian President Vladimir Putin met Syrian President Bashar Assad in Sochi on Monday, the Kremlin said.\n";
const B: &str = "Russian President Vladimir Putin met Syrian President Bashar Assad in Moscow on Tuesday, the Kremlin said.\n";

fn corpus(dir: &Path) {
    std::fs::create_dir_all(dir.join("wires/sub")).unwrap();
    std::fs::write(dir.join("wires/tass-1.md"), A).unwrap();
    std::fs::write(dir.join("wires/rt-1.md"), B).unwrap();
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = factlint(dir).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_config_file_is_found_above_and_applied() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    std::fs::write(
        d.join("factlint.toml"),
        "sources = [\"wires/*.md\"]\ndisable = [\"event-date\"]\n[severity]\nevent-location = \"warning\"\n[[path]]\nglob = \"wires/tass-*.md\"\noutlet = \"TASS\"\ndate = \"2017-11-22\"\n[[path]]\nglob = \"wires/rt-*.md\"\noutlet = \"RT\"\ndate = \"2017-11-22\"\n",
    )
    .unwrap();
    let (code, out, err) = run(d, &["check"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        out.contains("TASS (22 Nov 2017) and RT (22 Nov 2017) disagree on where")
            || out.contains("RT (22 Nov 2017) and TASS (22 Nov 2017) disagree on where"),
        "{out}"
    );
    assert!(out.contains("0 errors, 1 warning"), "{out}");
    // Found from a subfolder too; paths stay relative to the file.
    let (_, out, _) = run(&d.join("wires/sub"), &["config"]);
    assert!(out.contains("tass-1.md"), "{out}");
    assert!(out.contains("severity.event-location"), "{out}");
    assert!(
        out.contains("thresholds.same-event-days             7"),
        "{out}"
    );
    assert!(out.contains("reviewer "), "{out}");
    assert!(out.contains("(default)"), "{out}");
    // Flags override: paths on the command line replace `sources`.
    let (_, out, _) = run(d, &["check", "wires/tass-1.md"]);
    assert!(out.contains("1 source") || out.is_empty(), "{out}");
    // --config names another file.
    std::fs::write(d.join("other.toml"), "sources = [\"wires\"]\n").unwrap();
    let (code, out, _) = run(d, &["check", "--config", "other.toml"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("event-date"), "{out}");
}

#[test]
fn a_bad_config_file_is_a_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    std::fs::write(
        d.join("factlint.toml"),
        "sources = [\"wires\"]\ndisable = [\"event-dat\"]\n",
    )
    .unwrap();
    let (code, _, err) = run(d, &["check"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no rule `event-dat`"), "{err}");
    assert!(err.contains("did you mean `event-date`?"), "{err}");
    std::fs::write(
        d.join("factlint.toml"),
        "[thresholds]\nsame-event-day = 3\n",
    )
    .unwrap();
    let (code, _, err) = run(d, &["check", "wires"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("did you mean `same-event-days`?"), "{err}");
}

/// Thresholds out of range (`nan`, `inf`, negative, a share above 1, days
/// that are not a whole number in range) are errors pointing at the line
/// of factlint.toml or at the flag, exit 2.
#[test]
fn thresholds_out_of_range_are_errors_naming_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    corpus(d);
    for (line, shown) in [
        (
            "quote-similarity = nan",
            "quote-similarity = NaN is outside 0-1",
        ),
        (
            "context-similarity = inf",
            "context-similarity = inf is outside 0-1",
        ),
        (
            "numeric-tolerance = -0.5",
            "numeric-tolerance = -0.5 is outside 0-1",
        ),
        ("keyed-context-similarity = 1.5", "is outside 0-1"),
        (
            "same-event-days = -5",
            "same-event-days = -5.0 is not a whole number of days",
        ),
        (
            "story-window-days = 9223372036854775807",
            "is not a whole number of days",
        ),
    ] {
        let toml = format!("sources = [\"wires\"]\n[thresholds]\n{line}\n");
        std::fs::write(d.join("factlint.toml"), toml).unwrap();
        let (code, _, err) = run(d, &["check"]);
        assert_eq!(code, 2, "{line}: {err}");
        assert!(err.contains(shown), "{line}: {err}");
        assert!(err.contains("factlint.toml:3:1"), "{line}: {err}");
    }
    std::fs::remove_file(d.join("factlint.toml")).unwrap();
    for flag in [
        "quote-similarity=inf",
        "context-similarity=nan",
        "numeric-tolerance=2",
        "same-event-days=1e300",
        "story-window-days=-1",
        "same-event-days=2.5",
    ] {
        let (code, _, err) = run(d, &["check", "--threshold", flag, "wires"]);
        assert_eq!(code, 2, "{flag}: {err}");
        assert!(
            err.contains(&format!("--threshold {flag}: ")),
            "{flag}: {err}"
        );
    }
    let (code, _, err) = run(d, &["check", "--threshold", "same-event-days=0", "wires"]);
    assert_ne!(code, 2, "{err}");
}

#[test]
fn suppression_comments_drop_findings_and_unused_ones_are_noted() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.md"), format!("+++\ndate = 2017-11-22\n+++\n{A}")).unwrap();
    std::fs::write(
        d.join("b.md"),
        format!("+++\ndate = 2017-11-22\n+++\n<!-- factlint-ignore event-location -->\n{B}\n<!-- factlint-disable quote-speaker -->\nNothing to see.\n<!-- factlint-enable -->\n"),
    )
    .unwrap();
    let (code, out, err) = run(d, &["check", "a.md", "b.md"]);
    assert_eq!(code, 1);
    assert!(out.contains("event-date"), "{out}");
    assert!(!out.contains("disagree on where"), "{out}");
    assert!(
        err.contains("b.md:7:1: unused suppression: factlint-disable quote-speaker"),
        "{err}"
    );
    assert!(!err.contains("factlint-ignore"), "{err}");
    // A disabled region covering everything.
    std::fs::write(
        d.join("b.md"),
        format!("+++\ndate = 2017-11-22\n+++\n<!-- factlint-disable -->\n{B}"),
    )
    .unwrap();
    let (code, out, _) = run(d, &["check", "a.md", "b.md"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
}

#[test]
fn user_lexicons_extend_or_replace() {
    // A place the gazetteer does not know: only the extended lexicon makes it one.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "Putin met Lukashenko in Zemblograd on Monday, the Kremlin said.\n";
    std::fs::write(d.join("a.txt"), text).unwrap();
    std::fs::create_dir_all(d.join("extend")).unwrap();
    std::fs::write(
        d.join("extend/lexicon.toml"),
        "extend = true\nentities = [\n  { name = \"Zemblograd\", kind = \"place\", country = \"Belarus\" },\n  { name = \"Lukashenko\", kind = \"person\", country = \"Belarus\" },\n]\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("replace")).unwrap();
    std::fs::write(
        d.join("replace/lexicon.toml"),
        "speech-verbs = [\"said\"]\nevent-nouns = [{ word = \"met\", class = \"meeting\" }]\n",
    )
    .unwrap();
    let (_, plain, _) = run(d, &["claims", "a.txt"]);
    assert!(!plain.contains("location \"Zemblograd\""), "{plain}");
    let (_, extended, _) = run(d, &["claims", "--rules", "extend", "a.txt"]);
    assert!(extended.contains("location \"Zemblograd\""), "{extended}");
    assert!(extended.contains("Lukashenko"), "{extended}");
    // Replaced: Putin is no longer known, so the meeting has no participants.
    let (_, replaced, _) = run(d, &["claims", "--rules", "replace", "a.txt"]);
    assert!(!replaced.contains("Putin"), "{replaced}");
    assert!(!replaced.contains("location \"Zemblograd\""), "{replaced}");
}

/// The `rule severity` pairs of a short report.
fn rules_of(short: &str) -> Vec<String> {
    short
        .lines()
        .filter_map(|l| l.split(": ").nth(1))
        .filter_map(|s| s.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

#[test]
fn select_ignore_and_severity_choose_the_rules_and_their_levels() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let short = |args: &[&str]| {
        let all = [&["check", "--format", "short"][..], args, &["wires"]].concat();
        let (_, out, err) = run(dir.path(), &all);
        assert!(!err.contains("error:"), "{err}");
        rules_of(&out)
    };
    // Sochi vs Moscow (an error) and Monday vs Tuesday (a weekday no
    // date anchors: a warning).
    assert_eq!(short(&[]), ["error[event-location]", "warning[event-date]"]);
    assert_eq!(short(&["--select", "event-date"]), ["warning[event-date]"]);
    assert_eq!(
        short(&["--ignore", "event-date,quote-speaker"]),
        ["error[event-location]"]
    );
    // The level asked for applies to the rule's weak findings too.
    assert_eq!(
        short(&["--select", "event-date", "--severity", "event-date=error"]),
        ["error[event-date]"]
    );
    // In factlint.toml too.
    std::fs::write(
        dir.path().join("factlint.toml"),
        "select = [\"event-location\"]\n",
    )
    .unwrap();
    assert_eq!(short(&[]), ["error[event-location]"]);
}

#[test]
fn an_unknown_rule_on_the_command_line_is_named_there_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    corpus(dir.path());
    let (code, _, err) = run(dir.path(), &["check", "--select", "event-dat", "wires"]);
    assert_eq!(code, 2);
    assert!(err.contains("--select: no rule `event-dat`"), "{err}");
    assert!(err.contains("did you mean `event-date`?"), "{err}");
    assert!(!err.contains("rule file"), "{err}");
    // Each flag is named as given.
    let (code, _, err) = run(
        dir.path(),
        &["check", "--severity", "quote-speakr=note", "wires"],
    );
    assert_eq!(code, 2);
    assert!(err.contains("--severity: no rule `quote-speakr`"), "{err}");
    assert!(err.contains("did you mean `quote-speaker`?"), "{err}");
    let (code, _, err) = run(dir.path(), &["check", "--disable", "nope", "wires"]);
    assert_eq!(code, 2);
    assert!(err.contains("--disable: no rule `nope`"), "{err}");
}
