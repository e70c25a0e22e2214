//! Paths that are not plain files in a folder: `-o -`, a device as the
//! output, a FIFO named on the command line, the reading settings of
//! factlint.toml, and one folder named twice.

use super::util::factlint;
use std::path::Path;

/// Two articles that disagree on a toll (an error-level finding).
fn news(dir: &Path) -> std::path::PathBuf {
    let news = dir.join("news");
    std::fs::create_dir_all(&news).unwrap();
    for (name, outlet, n) in [("a.md", "Ledger", 12), ("b.md", "Courier", 15)] {
        std::fs::write(news.join(name), article(outlet, n)).unwrap();
    }
    news
}

fn article(outlet: &str, n: u32) -> String {
    format!("+++\noutlet = \"{outlet}\"\ndate = \"2024-05-02\"\n+++\nThe blast at the Marlow plant killed {n} workers on Tuesday, the fire service said.\n")
}

/// Runs factlint in `dir`: exit code, stdout, stderr.
fn run(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = factlint()
        .current_dir(dir)
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn sources(json: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(json).expect("a JSON report");
    v["summary"]["sources"].clone()
}

#[test]
fn output_dash_writes_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    news(dir.path());
    let (code, stdout, err) = run(
        dir.path(),
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            "-o",
            "-",
            "news",
        ],
    );
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(sources(&stdout), 2, "{stdout}");
    assert!(!dir.path().join("-").exists(), "no file named -");
}

#[test]
fn output_onto_a_device_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    news(dir.path());
    let (code, _, err) = run(
        dir.path(),
        &["check", "--no-baseline", "-o", "/dev/null", "news"],
    );
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("/dev/null is not a regular file"), "{err}");
    use std::os::unix::fs::FileTypeExt;
    let kind = std::fs::metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is still a device");
}

#[test]
fn a_fifo_named_on_the_command_line_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let news = news(dir.path());
    let fifo = dir.path().join("piped");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    if !made {
        eprintln!("mkfifo is not available: skipped");
        return;
    }
    // The writer blocks until factlint opens the FIFO, as `<(cmd)` does.
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::write(fifo, article("Herald", 19)))
    };
    let (code, stdout, err) = run(
        dir.path(),
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            fifo.to_str().unwrap(),
            news.to_str().unwrap(),
        ],
    );
    writer.join().unwrap().unwrap();
    assert_eq!(code, Some(1), "{err}");
    assert_eq!(sources(&stdout), 3, "{err}");
    assert!(
        stdout.contains("19 workers") || stdout.contains("\"19\""),
        "{stdout}"
    );
}

#[test]
fn max_filesize_and_follow_in_factlint_toml_take_effect() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let news = news(d);
    std::fs::write(d.join("extra.md"), article("Herald", 19)).unwrap();
    std::os::unix::fs::symlink("../extra.md", news.join("linked.md")).unwrap();
    let check = |toml: &str| {
        std::fs::write(d.join("factlint.toml"), toml).unwrap();
        run(d, &["check", "--no-baseline", "--format", "json", "news"])
    };
    let (_, stdout, err) = check("");
    assert_eq!(sources(&stdout), 2, "{err}");
    assert!(err.contains("linked.md: skipped: symbolic link"), "{err}");
    let (_, stdout, err) = check("follow = true\n");
    assert_eq!(sources(&stdout), 3, "{err}");
    let (_, _, err) = check("max-filesize = 50\n");
    assert!(err.contains("more than --max-filesize 50"), "{err}");
    // The flag overrides the file.
    std::fs::write(d.join("factlint.toml"), "max-filesize = 50\n").unwrap();
    let (_, stdout, err) = run(
        d,
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            "--max-filesize",
            "100000",
            "news",
        ],
    );
    assert_eq!(sources(&stdout), 2, "{err}");
}

#[test]
fn a_folder_or_file_named_twice_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    news(dir.path());
    for args in [
        &["news", "./news"][..],
        &["news/a.md", "news"],
        &["./news/a.md", "news/", "news//b.md"],
    ] {
        let mut all = vec!["check", "--no-baseline", "--format", "json"];
        all.extend_from_slice(args);
        let (_, stdout, err) = run(dir.path(), &all);
        assert_eq!(sources(&stdout), 2, "{args:?}: {err}");
    }
    let abs = dir.path().join("news");
    let (_, stdout, err) = run(
        dir.path(),
        &[
            "check",
            "--no-baseline",
            "--format",
            "json",
            "news",
            abs.to_str().unwrap(),
        ],
    );
    assert_eq!(sources(&stdout), 2, "{err}");
}

#[test]
fn files_of_one_name_in_two_folders_stay_distinct() {
    let d = tempfile::tempdir().unwrap();
    for (folder, n) in [("left", 12), ("right", 15)] {
        std::fs::create_dir(d.path().join(folder)).unwrap();
        std::fs::write(d.path().join(folder).join("story.md"), article("Ledger", n)).unwrap();
    }
    let (code, out, err) = run(d.path(), &["check", "--format", "short", "left", "right"]);
    assert_eq!(code, Some(1), "{out}{err}");
    // One outlet, one date: the names carry the paths, and the finding's
    // location its own.
    assert!(out.contains("Ledger (2 May 2024, left/story.md)"), "{out}");
    assert!(out.contains("Ledger (2 May 2024, right/story.md)"), "{out}");
    assert!(
        out.starts_with("left/story.md:") || out.starts_with("right/story.md:"),
        "{out}"
    );
    let (_, json, _) = run(d.path(), &["check", "--format", "json", "left", "right"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let paths: Vec<&str> = v["findings"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["source"].as_str().unwrap())
        .collect();
    assert!(
        paths.contains(&"left/story.md") && paths.contains(&"right/story.md"),
        "{json}"
    );
    // The HTML cards too.
    let (_, html, _) = run(d.path(), &["check", "--format", "html", "left", "right"]);
    assert!(
        html.contains("left/story.md:") && html.contains("right/story.md:"),
        "{html}"
    );
}

#[test]
fn a_source_without_outlet_is_named_by_its_headline_and_date() {
    let d = tempfile::tempdir().unwrap();
    let body = |n: u32| {
        format!("+++\ndate = \"2024-05-02\"\n+++\n# Blast at the Marlow plant\n\nThe blast at the Marlow plant killed {n} workers on Tuesday, the fire service said.\n")
    };
    std::fs::write(d.path().join("a.md"), body(12)).unwrap();
    std::fs::write(d.path().join("b.md"), article("Courier", 15)).unwrap();
    let (_, out, _) = run(d.path(), &["check", "--format", "short", "a.md", "b.md"]);
    assert!(
        out.contains("“Blast at the Marlow plant” (2 May 2024)"),
        "{out}"
    );
    assert!(out.contains("Courier (2 May 2024)"), "{out}");
}
