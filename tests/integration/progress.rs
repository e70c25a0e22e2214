//! The progress bar: never drawn when standard error is not a terminal, and
//! `--quiet` (which also silences notes) is accepted by every command that
//! reads sources.

use super::util::factlint;

#[test]
fn no_progress_bar_on_a_pipe_and_quiet_is_accepted() {
    let plain = factlint()
        .args(["check", "--format", "json", "seeds"])
        .output()
        .unwrap();
    let quiet = factlint()
        .args(["check", "--quiet", "--format", "json", "seeds"])
        .output()
        .unwrap();
    assert_eq!(plain.status.code(), quiet.status.code());
    assert_eq!(plain.stdout, quiet.stdout);
    // --quiet also drops the notes and the summary line: nothing is left.
    assert_eq!(
        String::from_utf8_lossy(&quiet.stderr),
        "",
        "only findings and errors"
    );
    let err = String::from_utf8_lossy(&plain.stderr);
    assert!(err.contains("sources, "), "the summary line: {err}");
    assert!(!err.contains('\r') && !err.contains("extracting"), "{err}");
    for cmd in ["claims", "sources", "baseline"] {
        let dir = tempfile::tempdir().unwrap();
        let out = factlint()
            .args([cmd, "-q", "-o"])
            .arg(dir.path().join("out"))
            .arg("seeds")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{cmd}: {out:?}");
    }
}
