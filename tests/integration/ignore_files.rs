//! Which files inside folders are read: `.gitignore` inside a git work
//! tree, `.ignore` anywhere, `--exclude` and `exclude` in factlint.toml,
//! `--no-respect-gitignore`, and paths named on the command line.

use super::util::factlint;
use std::path::Path;

/// Writes a small article at `rel` under `root`.
fn write(root: &Path, rel: &str) {
    let p = root.join(rel);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, "Jane Roe met John Doe in Lyon on Monday.\n").unwrap();
}

/// The paths `factlint sources` reads when run in `dir` with `args`,
/// relative to `dir`, sorted.
fn read(dir: &Path, args: &[&str]) -> Vec<String> {
    let out = factlint()
        .current_dir(dir)
        .args(["sources", "--format", "json"])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut paths: Vec<String> = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let p = s["path"].as_str().unwrap();
            p.strip_prefix("./").unwrap_or(p).to_string()
        })
        .collect();
    paths.sort();
    paths
}

/// A git work tree (a `.git` folder is all git itself looks for) with
/// ignore files at three levels.
fn repo(root: &Path) {
    std::fs::create_dir_all(root.join(".git/info")).unwrap();
    std::fs::write(root.join(".git/info/exclude"), "*.tmp.txt\n").unwrap();
    std::fs::write(root.join(".gitignore"), "*.bak.txt\nnews/drafts/\n").unwrap();
    std::fs::create_dir_all(root.join("news")).unwrap();
    std::fs::write(root.join("news/.gitignore"), "!keep.bak.txt\n").unwrap();
    for f in [
        "news/a.txt",
        "news/b.bak.txt",
        "news/keep.bak.txt",
        "news/c.tmp.txt",
        "news/drafts/d.txt",
        "news/wire/e.txt",
        "news/wire/skip.txt",
    ] {
        write(root, f);
    }
    std::fs::write(root.join("news/wire/.ignore"), "skip.txt\n").unwrap();
}

#[test]
fn ignore_files_of_the_work_tree_apply_from_any_folder() {
    let dir = tempfile::tempdir().unwrap();
    repo(dir.path());
    let news = dir.path().join("news");
    // Run inside the folder: the work tree's top .gitignore and
    // .git/info/exclude still apply; a `!` line in a deeper one keeps a file.
    assert_eq!(read(&news, &["."]), ["a.txt", "keep.bak.txt", "wire/e.txt"]);
    assert_eq!(
        read(dir.path(), &["news"]),
        ["news/a.txt", "news/keep.bak.txt", "news/wire/e.txt"]
    );
}

#[test]
fn no_respect_gitignore_reads_everything_and_named_files_are_always_read() {
    let dir = tempfile::tempdir().unwrap();
    repo(dir.path());
    let news = dir.path().join("news");
    assert_eq!(read(&news, &[".", "--no-respect-gitignore"]).len(), 7);
    assert_eq!(
        read(&news, &["drafts/d.txt", "b.bak.txt"]),
        ["b.bak.txt", "drafts/d.txt"]
    );
}

#[test]
fn outside_a_work_tree_only_ignore_files_apply() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".gitignore"), "b.txt\n").unwrap();
    std::fs::write(dir.path().join(".ignore"), "c.txt\n").unwrap();
    for f in ["a.txt", "b.txt", "c.txt"] {
        write(dir.path(), f);
    }
    assert_eq!(read(dir.path(), &["."]), ["a.txt", "b.txt"]);
}

#[test]
fn exclude_patterns_from_the_command_line_and_the_config_file() {
    let dir = tempfile::tempdir().unwrap();
    for f in [
        "news/a.txt",
        "news/old/b.txt",
        "news/c.draft.txt",
        "news/d.txt",
    ] {
        write(dir.path(), f);
    }
    assert_eq!(
        read(
            dir.path(),
            &["news", "--exclude", "old/", "--exclude", "*.draft.txt"]
        ),
        ["news/a.txt", "news/d.txt"]
    );
    // factlint.toml's patterns are relative to its folder, whichever
    // folder factlint runs from; the command line's add to them.
    std::fs::write(
        dir.path().join("factlint.toml"),
        "exclude = [\"/news/old\"]\n",
    )
    .unwrap();
    let news = dir.path().join("news");
    assert_eq!(read(&news, &["."]), ["a.txt", "c.draft.txt", "d.txt"]);
    assert_eq!(
        read(&news, &[".", "--exclude", "d.txt"]),
        ["a.txt", "c.draft.txt"]
    );
}

#[test]
fn a_bad_exclude_pattern_is_a_usage_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.txt");
    let out = factlint()
        .current_dir(dir.path())
        .args(["check", ".", "--exclude", "{a"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--exclude `{a`"), "{err}");
}

#[test]
fn verbose_names_the_pattern_that_left_a_file_out() {
    let dir = tempfile::tempdir().unwrap();
    repo(dir.path());
    let out = factlint()
        .current_dir(dir.path().join("news"))
        .args(["check", ".", "-v", "--format", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("b.bak.txt: skipped: ignored by `*.bak.txt`"),
        "{err}"
    );
    assert!(
        err.contains("skip.txt: skipped: ignored by `skip.txt`"),
        "{err}"
    );
}
