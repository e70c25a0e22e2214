//! The command line itself: completion scripts, and each subcommand's own
//! formats and flags.

use super::util::factlint;

#[test]
fn completion_scripts_name_the_subcommands_and_flags() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = factlint().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["check", "baseline", "review", "select", "draft"] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    let out = factlint().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn each_subcommand_refuses_formats_and_flags_it_does_not_use() {
    for args in [
        &["sources", "--format", "sarif", "seeds"][..],
        &["claims", "--format", "github", "seeds"],
        &["check", "--format", "jsonl", "seeds"],
        &["review", "-o", "page.html", "seeds"],
    ] {
        let out = factlint().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("error: `factlint "), "{args:?}: {err}");
    }
    // What each writes is still accepted.
    for args in [
        &["sources", "--format", "json", "seeds"][..],
        &["claims", "--format", "jsonl", "seeds"],
    ] {
        let out = factlint().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

/// A folder with the two summit articles (one conflict), a file skipped
/// with a note, and files skipped silently (hidden, no extension).
fn news() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["a.md", "b.md"] {
        std::fs::copy(
            root.join("tests/fixtures/gate/summit").join(f),
            d.path().join(f),
        )
        .unwrap();
    }
    std::fs::write(d.path().join("notes.csv"), "a,b\n").unwrap();
    std::fs::write(d.path().join("LICENSE"), "MIT\n").unwrap();
    std::fs::write(d.path().join(".draft.md"), "Talks on Monday.\n").unwrap();
    d
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = factlint().args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn quiet_prints_only_findings_and_errors() {
    let d = news();
    let dir = d.path().to_str().unwrap();
    // Without -q: a note for the skipped file and the summary line.
    let (code, out, err) = run(&["check", "--format", "short", dir]);
    assert_eq!(code, Some(1));
    assert!(err.contains("note: ") && err.contains("notes.csv"), "{err}");
    assert!(err.contains("2 sources, 8 claims"), "{err}");
    let findings = out;
    // With -q: the same findings, nothing else.
    let (code, out, err) = run(&["check", "-q", "--format", "short", dir]);
    assert_eq!(code, Some(1));
    assert_eq!(out, findings);
    assert_eq!(err, "", "only findings and errors");
    // The human report loses its summary line, keeps the finding.
    let (_, out, err) = run(&["check", "--quiet", dir]);
    assert!(out.contains("event-date"), "{out}");
    assert!(!out.contains("sources, "), "{out}");
    assert_eq!(err, "");
    // GitHub annotations: no notices.
    let (_, out, _) = run(&[
        "check",
        "-q",
        "--format",
        "github",
        "--draft",
        "tests/fixtures/gate/drafts/story.md",
        "seeds",
    ]);
    assert!(
        out.contains("::error ") && !out.contains("::notice"),
        "{out}"
    );
    // Errors are still printed.
    let (code, _, err) = run(&["check", "-q", "--format", "short", "no-such-folder", dir]);
    assert_eq!(code, Some(2));
    assert!(err.contains("error: no-such-folder: cannot read"), "{err}");
    assert!(!err.contains("note: "), "{err}");
}

#[test]
fn verbose_shows_what_was_read_and_skipped() {
    let d = news();
    let dir = d.path().to_str().unwrap();
    let (code, out, err) = run(&["check", "-v", "--format", "short", dir]);
    assert_eq!(code, Some(1));
    assert!(!out.contains("read: "), "stdout stays the report: {out}");
    let path = |f: &str| d.path().join(f).display().to_string();
    for f in ["a.md", "b.md"] {
        assert!(err.contains(&format!("read: {} (", path(f))), "{err}");
    }
    for (f, why) in [
        ("notes.csv", "not a .txt or .md file"),
        ("LICENSE", "not a .txt or .md file"),
        (".draft.md", "hidden"),
    ] {
        assert!(
            err.contains(&format!("note: {}: skipped: {why}", path(f))),
            "{f}: {err}"
        );
    }
    // Without -v the silent skips stay silent.
    let (_, _, err) = run(&["check", "--format", "short", dir]);
    assert!(
        !err.contains("read: ") && !err.contains("LICENSE") && !err.contains(".draft.md"),
        "{err}"
    );
    // -q and -v together are a usage error.
    assert_eq!(run(&["check", "-q", "-v", dir]).0, Some(2));
}

#[test]
fn color_follows_the_flag_and_the_environment() {
    let ansi = |flag: Option<&str>, env: &[(&str, &str)]| {
        let mut cmd = factlint();
        cmd.env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("FORCE_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.arg("check");
        if let Some(f) = flag {
            cmd.args(["--color", f]);
        }
        let out = cmd.arg("seeds").output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap().contains('\u{1b}')
    };
    // Not a terminal: no color unless forced.
    assert!(!ansi(None, &[]));
    assert!(!ansi(Some("auto"), &[]));
    assert!(ansi(Some("always"), &[]));
    assert!(!ansi(Some("never"), &[("FORCE_COLOR", "1")]));
    assert!(ansi(None, &[("FORCE_COLOR", "1")]));
    assert!(ansi(None, &[("CLICOLOR_FORCE", "1")]));
    assert!(!ansi(None, &[("CLICOLOR_FORCE", "0")]));
    assert!(!ansi(None, &[("FORCE_COLOR", "")]));
    // NO_COLOR wins over the variables that force color, not over the flag.
    assert!(!ansi(None, &[("NO_COLOR", "1"), ("FORCE_COLOR", "1")]));
    assert!(!ansi(None, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")]));
    assert!(ansi(Some("always"), &[("NO_COLOR", "1")]));
    // An empty NO_COLOR is not set.
    assert!(ansi(None, &[("NO_COLOR", ""), ("FORCE_COLOR", "1")]));
    // The flag is accepted after any subcommand.
    let (code, _, _) = run(&["rules", "--color", "never"]);
    assert_eq!(code, Some(0));
    assert_eq!(run(&["check", "--color", "sometimes", "seeds"]).0, Some(2));
}

#[test]
fn a_file_named_on_the_command_line_is_read_whatever_its_extension() {
    let d = news();
    let p = |f: &str| d.path().join(f).display().to_string();
    std::fs::rename(d.path().join("b.md"), d.path().join("b.text")).unwrap();
    // In a folder, b.text is not an article: noted, not read.
    let dir = d.path().to_str().unwrap();
    let (code, _, err) = run(&["check", "--format", "short", dir]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains(&format!("{}: skipped: not a .txt or .md file", p("b.text"))),
        "{err}"
    );
    // Named, it is read, and the summit's two dates conflict again.
    let (code, out, err) = run(&["check", "-v", "--format", "short", &p("a.md"), &p("b.text")]);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(err.contains(&format!("read: {} (", p("b.text"))), "{err}");
    assert!(out.contains("error[event-date]"), "{out}");
    // A binary file named is still refused when read.
    std::fs::write(d.path().join("photo.jpg"), [0u8, 0xd8, 0, 1]).unwrap();
    let (_, _, err) = run(&["check", &p("a.md"), &p("photo.jpg")]);
    assert!(err.contains("photo.jpg: skipped: binary file"), "{err}");
}
