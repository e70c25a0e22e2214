//! `factlint check --format html`: one self-contained page with the cards,
//! and everything from the sources escaped.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies the seeds into `dir/seeds`.
fn copy_seeds(dir: &Path) -> PathBuf {
    let to = dir.join("seeds");
    std::fs::create_dir_all(&to).unwrap();
    for e in std::fs::read_dir(root().join("seeds")).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
    to
}

fn html_report(dir: &Path) -> (i32, String) {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(dir)
        .args([
            "check",
            "--format",
            "html",
            "--output",
            "report.html",
            "seeds",
        ])
        .output()
        .unwrap();
    assert!(out.stdout.is_empty(), "--output leaves stdout empty");
    let html = std::fs::read_to_string(dir.join("report.html")).unwrap();
    (out.status.code().unwrap(), html)
}

#[test]
fn seeds_as_one_html_page() {
    let d = tempfile::tempdir().unwrap();
    copy_seeds(d.path());
    let (code, html) = html_report(d.path());
    assert_eq!(code, 1, "the event-date error fails the check");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>"), "inline CSS");
    assert!(!html.contains("<script"), "no JavaScript");
    assert!(!html.contains("<link"), "no external style sheet");
    assert!(html.contains("name=\"viewport\""));
    // Counts at the top, then the cards, most severe first.
    assert!(html.contains("<b>1</b> error</li>"), "{html}");
    assert!(html.contains("<b>2</b> warnings"));
    let cards: Vec<&str> = html.split("<article class=\"card ").skip(1).collect();
    assert_eq!(cards.len(), 3);
    assert!(cards[0].starts_with("error"));
    assert!(cards[0].contains("event-date"));
    assert!(cards[1..]
        .iter()
        .all(|c| c.starts_with("warning") && c.contains("quote-speaker")));
    // Each claim: outlet, date, the sentence with the conflicting words marked.
    assert!(cards[0].contains("The Associated Press"));
    assert!(cards[0].contains("2017-11-21"));
    assert!(cards[0].contains("<mark>Thursday</mark>"));
    assert!(cards[0].contains("Wednesday → 2017-11-22"));
    assert!(cards[0].contains("a summit scheduled on <mark>Wednesday</mark>"));
    // The cards link to the articles included at the bottom.
    assert!(html.contains("Story 1"));
    assert_eq!(html.matches("<details class=\"source\"").count(), 5);
    let link = cards[0]
        .split("href=\"#")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(html.contains(&format!("id=\"{link}\"")), "{link}");
}

#[test]
fn source_text_is_escaped() {
    let d = tempfile::tempdir().unwrap();
    let seeds = copy_seeds(d.path());
    let p = seeds.join("003_ea48ef49ecb486fd.txt");
    let text = std::fs::read_to_string(&p).unwrap();
    let evil = text
        .replacen(
            "Putin says",
            "<script>alert('title')</script> Putin says",
            1,
        )
        .replacen(
            "It added that",
            "It added \"><img src=x onerror=alert(1)> <script>alert(2)</script> that",
            1,
        );
    assert_ne!(evil, text);
    std::fs::write(&p, evil).unwrap();
    let (_, html) = html_report(d.path());
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"));
    assert!(
        html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")
            || html.contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;")
    );
    // The finding still shows, with the injected words as text in its sentence.
    let card = html.split("<article class=\"card error").nth(1).unwrap();
    assert!(
        card.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "{card}"
    );
}
