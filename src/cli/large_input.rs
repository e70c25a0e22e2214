//! Whether a command line reads a small input, told before any thread
//! starts: the binary then leaves its allocator's purge delay as it is
//! (see `main.rs`). Returning freed memory to the system at once lowers a
//! large run's peak but costs a small run (the seeds) page faults on
//! memory freed and asked for again while its patterns and tables are
//! built.

use super::{Cli, Command};
use std::path::{Path, PathBuf};

/// Bytes of files from which an input counts as large: a big single
/// article (1 MB and more) or a corpus (the 10k corpus holds 34 MB); the
/// seeds hold 13 KB, an ECB+ folder at most a few hundred KB.
pub const LARGE_INPUT_BYTES: u64 = 1 << 20;

/// Entries a folder walk visits at most before it calls the input large
/// (a link that loops, a huge tree of empty folders).
const MAX_VISITS: usize = 100_000;

impl Cli {
    /// Whether the command surely reads less than [`LARGE_INPUT_BYTES`]:
    /// its paths' files (folders recursively, every file counted) hold
    /// less. Standard input (`-`) and the configuration's default sources
    /// (no path given) count as large; commands that read no sources are
    /// small.
    pub fn reads_small_input(&self) -> bool {
        match &self.command {
            Command::Check { input, .. }
            | Command::Baseline { input, .. }
            | Command::Review { input, .. }
            | Command::Sources { input }
            | Command::Claims { input } => is_small(&input.paths),
            Command::Rules(_) | Command::Config(_) | Command::Completions { .. } => true,
        }
    }
}

/// Whether `paths` (none of them standard input) hold fewer bytes than
/// [`LARGE_INPUT_BYTES`]; the walk stops as soon as they reach it.
fn is_small(paths: &[PathBuf]) -> bool {
    if paths.is_empty() || paths.iter().any(|p| p == Path::new("-")) {
        return false;
    }
    let mut total = 0u64;
    let mut visits = 0usize;
    let mut stack: Vec<PathBuf> = paths.to_vec();
    while let Some(path) = stack.pop() {
        visits += 1;
        if total >= LARGE_INPUT_BYTES || visits > MAX_VISITS {
            return false;
        }
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if !meta.is_dir() {
            total += meta.len();
            continue;
        }
        if let Ok(entries) = std::fs::read_dir(&path) {
            stack.extend(entries.flatten().map(|e| e.path()));
        }
    }
    total < LARGE_INPUT_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(dir: &Path, name: &str, len: u64) -> PathBuf {
        let path = dir.join(name);
        std::fs::File::create(&path).unwrap().set_len(len).unwrap();
        path
    }

    #[test]
    fn a_few_short_articles_are_small() {
        let d = tempfile::tempdir().unwrap();
        file(d.path(), "a.txt", 3_000);
        std::fs::create_dir(d.path().join("more")).unwrap();
        file(&d.path().join("more"), "b.txt", 4_000);
        assert!(is_small(&[d.path().to_path_buf()]));
        assert!(is_small(&[d.path().join("a.txt")]));
        // A missing path reads nothing (the run reports it).
        assert!(is_small(&[d.path().join("missing.txt")]));
    }

    #[test]
    fn a_big_article_or_many_files_are_large() {
        let d = tempfile::tempdir().unwrap();
        let big = file(d.path(), "big.txt", LARGE_INPUT_BYTES);
        assert!(!is_small(&[big]));
        let many = d.path().join("many");
        std::fs::create_dir(&many).unwrap();
        for i in 0..300 {
            file(&many, &format!("{i}.txt"), 3_500);
        }
        assert!(!is_small(std::slice::from_ref(&many)));
        // Two folders that are small alone make a large input together.
        let (half_a, half_b) = (d.path().join("a"), d.path().join("b"));
        std::fs::create_dir(&half_a).unwrap();
        std::fs::create_dir(&half_b).unwrap();
        file(&half_a, "a.txt", LARGE_INPUT_BYTES / 2);
        file(&half_b, "b.txt", LARGE_INPUT_BYTES / 2);
        assert!(is_small(std::slice::from_ref(&half_a)));
        assert!(!is_small(&[half_a, half_b]));
    }

    #[test]
    fn standard_input_and_the_configured_sources_count_as_large() {
        assert!(!is_small(&[PathBuf::from("-")]));
        assert!(!is_small(&[]));
    }

    #[test]
    fn commands_without_sources_are_small() {
        use clap::Parser;
        let rules = Cli::try_parse_from(["factlint", "rules", "list"]).unwrap();
        assert!(rules.reads_small_input());
        let stdin = Cli::try_parse_from(["factlint", "check", "-"]).unwrap();
        assert!(!stdin.reads_small_input());
    }
}
