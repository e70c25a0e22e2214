//! Standard input: a draft piped in is named, bounded and fingerprinted
//! like a file.

use crate::gate::baseline::{project, BASELINE_BEFORE};
use crate::{root, run, validate_sarif, DRAFT};
use assert_cmd::Command;
use std::path::Path;

// ---- standard input ----

/// Runs `check --no-baseline ARGS` from the crate root with `stdin` piped in.
fn run_stdin(stdin: &str, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(root())
        .env_remove("GITHUB_ACTIONS")
        .args(["check", "--no-baseline"])
        .args(args)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn a_draft_piped_in_reports_as_the_file_in_every_format() {
    let text = std::fs::read_to_string(root().join(DRAFT)).unwrap();
    for format in [
        "human", "short", "json", "sarif", "github", "rdjsonl", "html",
    ] {
        let file = run(&["--format", format, "--draft", DRAFT, "seeds"]);
        let piped = run_stdin(
            &text,
            &[
                "--format",
                format,
                "--draft",
                "-",
                "--stdin-filename",
                DRAFT,
                "seeds",
            ],
        );
        assert_eq!(file.0, 1, "{format}: {}", file.2);
        // Same report, same paths, same fingerprints, same exit code.
        assert_eq!(piped, file, "{format}");
    }
    // As a plain source too: `check -` among the others.
    let file = run(&["--format", "json", DRAFT, "seeds"]);
    let piped = run_stdin(
        &text,
        &["--format", "json", "-", "--stdin-filename", DRAFT, "seeds"],
    );
    assert_eq!(piped, file);
}

#[test]
fn standard_input_is_named_and_bounded() {
    let text = std::fs::read_to_string(root().join(DRAFT)).unwrap();
    // Without --stdin-filename it is `<stdin>`.
    let (code, out, err) = run_stdin(&text, &["--format", "short", "--draft", "-", "seeds"]);
    assert_eq!(code, 1, "{err}");
    assert!(!out.is_empty());
    for line in out.lines() {
        assert!(line.starts_with("<stdin>:8:"), "{line}");
    }
    let (_, sarif, _) = run_stdin(&text, &["--format", "sarif", "--draft", "-", "seeds"]);
    validate_sarif(&sarif);
    // --max-filesize bounds it like any stream (the seeds are under 4 KB).
    let long = format!("{text}{}", "\n".repeat(5000));
    let (code, out, err) = run_stdin(
        &long,
        &["--format", "short", "--max-filesize", "4000", "-", "seeds"],
    );
    assert_eq!(code, 1, "the seeds alone still conflict: {err}");
    assert!(
        err.contains("<stdin>: skipped: more than --max-filesize 4000 bytes"),
        "{err}"
    );
    assert!(!out.contains("<stdin>"), "{out}");
    // A draft that could not be read is an error, not a pass.
    let (code, _, err) = run_stdin(&long, &["--max-filesize", "4000", "--draft", "-", "seeds"]);
    assert_eq!(code, 2, "{err}");
    // Empty input is skipped with a note, as an empty file is.
    let (_, _, err) = run_stdin("", &["--format", "short", "-", "seeds"]);
    assert!(err.contains("<stdin>: skipped: empty file"), "{err}");
}

#[test]
fn unnamed_standard_input_has_one_fingerprint_wherever_it_is_read_from() {
    let d = project();
    let p = d.path();
    std::fs::write(p.join("factlint.baseline.toml"), BASELINE_BEFORE).unwrap();
    let text = std::fs::read_to_string(p.join("news/b.md")).unwrap();
    let fingerprints = |dir: &Path, other: &str| {
        let out = Command::cargo_bin("factlint")
            .unwrap()
            .current_dir(dir)
            .args(["check", "--format", "json", "--draft", "-", other])
            .write_stdin(text.as_str())
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let f: Vec<String> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect();
        assert_eq!(f.len(), 1, "{v}");
        f
    };
    assert_eq!(
        fingerprints(p, "news/a.md"),
        fingerprints(&p.join("news"), "a.md")
    );
}
