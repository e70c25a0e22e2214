//! Bad input: reported with the file named, the run goes on, never a panic.

use super::util::factlint;

fn run_in(dir: &std::path::Path, args: &[&str]) -> (i32, String, String) {
    let out = factlint().args(args).arg(dir).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn missing_path_is_an_input_error_but_other_files_are_checked() {
    let out = factlint()
        .args(["check", "--format", "json", "seeds", "no/such/file.txt"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an input error is not hidden by the seeds' failing finding"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: no/such/file.txt: cannot read"),
        "{err}"
    );
    // The other files are checked and reported all the same.
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["summary"]["sources"], 5);
    assert!(v["summary"]["errors"].as_u64().unwrap() >= 1, "{v}");
}

#[test]
fn invalid_utf8_binary_empty_and_other_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("a.txt"),
        "+++\ndate = \"2017-11-21\"\n+++\nPutin met Assad in Sochi on Monday.",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        b"+++\ndate = \"2017-11-21\"\n+++\nPutin met Assad in Sochi \xff on Monday.",
    )
    .unwrap();
    std::fs::write(d.join("empty.md"), "").unwrap();
    std::fs::write(d.join("blob.txt"), [0u8, 1, 2, 3, 0, 255]).unwrap();
    std::fs::write(d.join("photo.jpg"), [0xffu8, 0xd8]).unwrap();
    let (code, _, err) = run_in(d, &["check"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("b.txt: invalid UTF-8 at byte 53: decoded lossily"),
        "{err}"
    );
    assert!(err.contains("empty.md: skipped: empty file"), "{err}");
    assert!(err.contains("blob.txt: skipped: binary file"), "{err}");
    assert!(
        err.contains("photo.jpg: skipped: not a .txt or .md file"),
        "{err}"
    );
}

#[test]
fn one_source_only_has_nothing_to_compare() {
    let out = factlint()
        .args(["check", "seeds/000_e42991b236d3736c.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("nothing to compare"));
}

#[test]
fn malformed_rule_file_points_at_the_line_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.toml"),
        "id = \"x\"\nkind = \"date\"\ncheck = \"same-date\"\nsevrity = \"error\"\nsummary = \"s\"\nmessage = \"m\"\nhelp = \"h\"\n",
    )
    .unwrap();
    let out = factlint()
        .args(["check", "--rules"])
        .arg(dir.path())
        .arg("seeds")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown field `sevrity`"), "{err}");
    assert!(err.contains("did you mean `severity`?"), "{err}");
    assert!(err.contains("bad.toml:4:1"), "points at line 4: {err}");
}

#[test]
fn usage_errors_exit_2() {
    let out = factlint()
        .args(["check", "--format", "yaml", "seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = factlint().arg("check").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn flags_override_severities_rules_and_thresholds() {
    let out = factlint()
        .args([
            "check",
            "--severity",
            "event-date=note",
            "--disable",
            "quote-speaker",
            "seeds",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "no error-level finding is left");
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 errors, 0 warnings, 1 note"));
    let out = factlint()
        .args([
            "check",
            "--threshold",
            "numeric-tolerance=1",
            "tests/fixtures/quantity-hours-differ",
        ])
        .output()
        .unwrap();
    // A tolerance is a share, 0 to 1 (as a rule file's `tolerance`).
    assert_eq!(
        out.status.code(),
        Some(0),
        "4 and 9 hours agree within 100%"
    );
    let out = factlint()
        .args(["check", "--threshold", "bogus=1", "seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown key `bogus`"));
    let out = factlint()
        .args(["check", "--severity", "event-date=fatal", "seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// An article (and its file name) carrying terminal control sequences
/// cannot clear the screen, retitle the terminal or hide text in the
/// human, short or GitHub reports.
#[test]
fn terminal_controls_in_articles_and_names_are_neutralised() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let evil = "\u{1b}[2J\u{1b}]0;pwned\u{7}";
    std::fs::write(
        d.join(format!("a{evil}.md")),
        format!("+++\noutlet = \"Wire{evil}\"\ndate = \"2024-05-02\"\n+++\nThe blast at the Marlow plant killed 12 workers {evil}on Tuesday, the fire service said.\n"),
    )
    .unwrap();
    std::fs::write(
        d.join("b.md"),
        "+++\noutlet = \"Courier\"\ndate = \"2024-05-02\"\n+++\nThe blast at the Marlow plant killed 15 workers on Tuesday, the fire service said.\n",
    )
    .unwrap();
    for format in ["human", "short", "github"] {
        let out = factlint()
            .args(["check", "--no-baseline", "--format", format])
            .arg(d)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(stdout.contains("12"), "{format}: {stdout}");
        assert!(
            !stdout.contains('\u{1b}') && !stdout.contains('\u{7}'),
            "{format}: {stdout:?}"
        );
    }
}

/// Inside folders only regular files are read: a link (to a secret, to a
/// folder above: a loop) is skipped with a note unless `--follow`, a FIFO
/// is skipped (it would hang the run), and `--max-filesize` skips big files.
#[cfg(unix)]
#[test]
fn links_fifos_loops_and_big_files_in_folders() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let news = d.join("news");
    std::fs::create_dir(&news).unwrap();
    for (name, outlet, n) in [("a.md", "Ledger", 12), ("b.md", "Courier", 15)] {
        std::fs::write(
            news.join(name),
            format!("+++\noutlet = \"{outlet}\"\ndate = \"2024-05-02\"\n+++\nThe blast at the Marlow plant killed {n} workers on Tuesday, the fire service said.\n"),
        )
        .unwrap();
    }
    std::fs::write(
        d.join("secret.txt"),
        "AWS_SECRET_ACCESS_KEY=do-not-leak-me\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("../secret.txt", news.join("notes.txt")).unwrap();
    std::os::unix::fs::symlink("..", news.join("up")).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(news.join("x.txt"))
        .status()
        .is_ok_and(|s| s.success());
    let run = |extra: &[&str]| {
        let out = factlint()
            .args(["check", "--no-baseline", "--format", "json"])
            .args(extra)
            .arg(&news)
            .timeout(std::time::Duration::from_secs(60))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, stdout, err) = run(&[]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("notes.txt: skipped: symbolic link"), "{err}");
    assert!(err.contains("up: skipped: symbolic link"), "{err}");
    if fifo {
        assert!(err.contains("x.txt: skipped: not a regular file"), "{err}");
    }
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["summary"]["sources"], 2, "{v}");
    assert!(!stdout.contains("do-not-leak-me"));
    // --follow reads through links, and the loop back up ends.
    let (_, stdout, err) = run(&["--follow"]);
    let v: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["summary"]["sources"], 3, "{err}");
    assert!(err.contains("folder already read"), "{err}");
    // Files over the limit are skipped with a note.
    let (_, _, err) = run(&["--max-filesize", "50"]);
    assert!(err.contains("more than --max-filesize 50"), "{err}");
}
