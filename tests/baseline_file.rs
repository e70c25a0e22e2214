//! The baseline file as people leave it (issue 23): comments and keys
//! factlint does not own survive its rewrites (`factlint baseline`, a
//! decision in `factlint review`), and a temporary file left by a killed
//! write is removed by the next write and never read.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn factlint(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .env_remove("GITHUB_ACTIONS")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// The summit articles under `news/` and the baseline `factlint baseline`
/// writes for their one finding.
fn project() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join("news")).unwrap();
    for f in ["a.md", "b.md"] {
        let from = root().join("tests/fixtures/gate/summit").join(f);
        std::fs::copy(from, d.path().join("news").join(f)).unwrap();
    }
    let (code, _, err) = factlint(d.path(), &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    d
}

#[test]
fn comments_and_foreign_keys_survive_factlint_baseline() {
    let d = project();
    let file = d.path().join("factlint.baseline.toml");
    let written = std::fs::read_to_string(&file).unwrap();
    // A desk annotates the file: a comment on top, one above the entry, a
    // key of its own, a comment after a value, a table of its own.
    let annotated = format!(
        "# Foreign desk: ask Kim before pruning.\n{}",
        written.replacen(
            "[[finding]]\n",
            "# checked with the wire desk on Monday\n[[finding]]\nticket = \"NEWS-12\"\n",
            1
        )
    )
    .replacen(
        "rule = \"event-date\"\n",
        "rule = \"event-date\" # the summit\n",
        1,
    ) + "\n[finding.desk]\nowner = \"kim\"\n";
    std::fs::write(&file, &annotated).unwrap();
    // Still a valid baseline: the finding stays suppressed.
    let (code, _, err) = factlint(d.path(), &["check", "news"]);
    assert_eq!(code, 0, "{err}");
    // Rewritten with a new finding merged in (another article).
    std::fs::write(
        d.path().join("news/c.md"),
        "+++\noutlet = \"Herald\"\ndate = \"2017-11-21\"\n+++\nThe Sochi summit of Iran, Russia and Turkey will open on Friday, officials said.\n",
    )
    .unwrap();
    let (code, _, err) = factlint(d.path(), &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    let after = std::fs::read_to_string(&file).unwrap();
    for kept in [
        "# Foreign desk: ask Kim before pruning.\n",
        "# checked with the wire desk on Monday\n[[finding]]\nticket = \"NEWS-12\"\n",
        "rule = \"event-date\" # the summit\n",
        "[finding.desk]\nowner = \"kim\"\n",
    ] {
        assert!(after.contains(kept), "{kept:?} lost:\n{after}");
    }
    assert!(
        after.starts_with(&annotated),
        "the old text is kept as it was:\n{after}"
    );
    // Unchanged: written back byte for byte.
    let (code, _, err) = factlint(d.path(), &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
}

#[test]
fn a_killed_writes_leftover_is_removed_and_never_read() {
    let d = project();
    let file = d.path().join("factlint.baseline.toml");
    let before = std::fs::read_to_string(&file).unwrap();
    // What a write killed between its temporary file and the rename
    // leaves: half a baseline, under a process id that runs nowhere.
    let leftover = d.path().join(".factlint.baseline.toml.99999999.0.tmp");
    std::fs::write(&leftover, "[[finding]\nfingerprint = \"half").unwrap();
    // Never read: the check and the baseline stand as they were.
    let (code, _, err) = factlint(d.path(), &["check", "news"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("tmp"), "{err}");
    // The next write removes it.
    let (code, _, err) = factlint(d.path(), &["baseline", "news"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    if cfg!(target_os = "linux") {
        assert!(!leftover.exists(), "the leftover was removed");
    }
}
