//! `factlint completions SHELL`: a script for each shell clap knows,
//! naming the subcommands and their flags.

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
