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
