//! Story grouping from the command line: `--story`, `story =` in
//! factlint.toml, and the evidence `factlint sources` shows.

use super::util::factlint;
use serde_json::Value;
use std::path::Path;

const QUAKE: &str = "Quake rattles Marrow Valley\n\nA magnitude 5.2 earthquake shook the Marrow Valley on Tuesday, cracking walls in Dunmore and Tilby, the Geological Survey said. No one was hurt in Dunmore, the mayor Petra Olsen said.";
const QUAKE_AGAIN: &str = "Dunmore cleans up after Marrow Valley earthquake\n\nResidents of Dunmore swept up glass on Wednesday after the 5.2 magnitude quake in the Marrow Valley. Mayor Petra Olsen said inspectors would check every school in Dunmore and Tilby.";
const ELECTION: &str = "Harbour council elects new chair\n\nThe Vessby harbour council chose Anton Reyes as its chair on Monday after a tied first ballot, ending a month without leadership at the port authority.";

fn write(dir: &Path, files: &[(&str, &str)]) {
    for (name, text) in files {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
}

fn stories(dir: &Path, extra: &[&str]) -> Vec<(String, u64)> {
    let out = factlint()
        .current_dir(dir)
        .args(["sources", "--format", "json"])
        .args(extra)
        .arg(".")
        .output()
        .expect("runs");
    let json: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let path = s["path"]
                .as_str()
                .unwrap()
                .trim_start_matches("./")
                .to_string();
            (path, s["story"].as_u64().unwrap())
        })
        .collect()
}

/// The quake in folder `a`, its follow-up and an unrelated vote in `b`.
fn two_folders() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        &[
            ("a/quake.txt", QUAKE),
            ("b/again.txt", QUAKE_AGAIN),
            ("b/vote.txt", ELECTION),
        ],
    );
    d
}

#[test]
fn auto_groups_by_what_the_articles_report() {
    let d = two_folders();
    let s = stories(d.path(), &[]);
    assert_eq!(s[0].1, s[1].1, "{s:?}");
    assert_ne!(s[0].1, s[2].1, "{s:?}");
}

#[test]
fn story_one_and_folder_are_what_the_user_says() {
    let d = two_folders();
    let one: Vec<u64> = stories(d.path(), &["--story", "one"])
        .iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(one, vec![0, 0, 0]);
    let folder: Vec<u64> = stories(d.path(), &["--story", "folder"])
        .iter()
        .map(|x| x.1)
        .collect();
    assert_eq!(folder, vec![0, 1, 1]);
    // The same from factlint.toml.
    std::fs::write(d.path().join("factlint.toml"), "story = \"one\"\n").unwrap();
    let one: Vec<u64> = stories(d.path(), &[]).iter().map(|x| x.1).collect();
    assert_eq!(one, vec![0, 0, 0]);
    // A mode that does not exist is a usage error.
    factlint()
        .current_dir(d.path())
        .args(["sources", "--story", "some", "."])
        .assert()
        .code(2);
}

#[test]
fn sources_says_why_a_source_is_in_its_story() {
    let d = tempfile::tempdir().unwrap();
    write(
        d.path(),
        &[
            ("quake.txt", QUAKE),
            ("again.txt", QUAKE_AGAIN),
            ("vote.txt", ELECTION),
        ],
    );
    let out = factlint()
        .current_dir(d.path())
        .args(["sources", "."])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("most like ./again.txt") || text.contains("most like again.txt"),
        "{text}"
    );
    assert!(text.contains("dunmore"), "{text}");
    assert!(
        text.contains("alone: no other source reports the same event"),
        "{text}"
    );
}
