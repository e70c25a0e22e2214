//! Sources: the articles read from disk, with their metadata.
//!
//! Loading never stops at a bad file: each problem becomes a [`LoadIssue`]
//! naming the file (and byte offset where relevant), and the other files are
//! read as usual.

mod header_date;
mod metadata;
mod release;

pub use metadata::{infer_metadata, Metadata, Provenance};
pub use release::{restore_texts, Released};

use crate::lexicon::Lexicon;
use std::path::{Path, PathBuf};

/// Index of a source in the corpus.
pub type SourceId = usize;

/// One article.
#[derive(Debug, Clone)]
pub struct Source {
    /// Position in the corpus.
    pub id: SourceId,
    /// The path as given on the command line, or found under a folder given there.
    pub path: String,
    /// The full text of the file (front matter included, so byte offsets are file offsets).
    pub text: String,
    /// Byte offset where the body starts (after any front matter).
    pub body_start: usize,
    /// Publication date, outlet, title.
    pub meta: Metadata,
    /// Set when the text was dropped after extraction
    /// ([`Source::release_text`]); `text` is then empty.
    pub released: Option<Released>,
}

impl Source {
    /// Builds a source from text, inferring its metadata.
    pub fn from_text(
        id: SourceId,
        path: impl Into<String>,
        text: String,
        lexicon: &Lexicon,
    ) -> Source {
        let (meta, body_start) = infer_metadata(&text, lexicon);
        Source {
            id,
            path: path.into(),
            text,
            body_start,
            meta,
            released: None,
        }
    }

    /// Whether the source is a Markdown file (which may carry suppression
    /// comments).
    pub fn is_markdown(&self) -> bool {
        let path = self.path.to_lowercase();
        path.ends_with(".md") || path.ends_with(".markdown")
    }

    /// A short display name: the outlet when known, else the file name.
    pub fn label(&self) -> String {
        match &self.meta.outlet {
            Some(o) => o.clone(),
            None => Path::new(&self.path)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.path.clone()),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }
}

/// 1-based line and column (in characters) of a byte offset in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = floor_char_boundary(text, offset.min(text.len()));
    let before = &text[..offset];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = text[line_start..offset].chars().count() + 1;
    (line, col)
}

/// The largest char boundary at or below `i`.
pub fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// How serious a load problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IssueLevel {
    /// The file was skipped but that is expected (wrong extension, empty).
    Note,
    /// The file was read with a problem (lossy decoding).
    Warning,
    /// The path could not be read at all.
    Error,
}

/// A problem met while loading sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadIssue {
    /// The path involved.
    pub path: String,
    /// How serious it is.
    pub level: IssueLevel,
    /// What happened.
    pub message: String,
}

/// Everything read from the given paths.
#[derive(Debug, Default)]
pub struct Loaded {
    /// The sources, in a deterministic order (paths sorted within folders).
    pub sources: Vec<Source>,
    /// Problems, in the order met.
    pub issues: Vec<LoadIssue>,
}

const EXTENSIONS: [&str; 3] = ["txt", "md", "markdown"];

/// Reads every `.txt`/`.md` file under the given paths (folders recursively).
pub fn load_paths(paths: &[PathBuf], lexicon: &Lexicon) -> Loaded {
    load_paths_with(paths, lexicon, None)
}

/// [`load_paths`], telling `progress` how many files were read (stage `read`).
pub fn load_paths_with(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    progress: Option<&crate::progress::ProgressFn>,
) -> Loaded {
    let mut files = Vec::new();
    let mut issues = Vec::new();
    for p in paths {
        collect(p, true, &mut files, &mut issues);
    }
    // A file named twice (as itself and in its folder) is read once.
    let mut seen = rustc_hash::FxHashSet::default();
    let first: Vec<bool> = files.iter().map(|f| seen.insert(f.as_path())).collect();
    drop(seen);
    let mut first = first.into_iter();
    files.retain(|_| first.next().unwrap_or(false));
    // Reading and metadata inference run in parallel; order is kept.
    use rayon::prelude::*;
    let ticker = crate::progress::Ticker::new(progress, "read", files.len());
    let results: Vec<Result<ReadFile, LoadIssue>> = files
        .par_iter()
        .map(|f| {
            let r = read_one(f);
            ticker.tick();
            r
        })
        .collect();
    let mut loaded = Loaded {
        sources: Vec::new(),
        issues,
    };
    let mut texts = Vec::new();
    for r in results {
        match r {
            Ok((path, text, issue)) => {
                loaded.issues.extend(issue);
                texts.push((path, text));
            }
            Err(issue) => loaded.issues.push(issue),
        }
    }
    loaded.sources = texts
        .into_par_iter()
        .enumerate()
        .map(|(id, (path, text))| Source::from_text(id, path, text, lexicon))
        .collect();
    loaded
}

fn collect(path: &Path, explicit: bool, files: &mut Vec<PathBuf>, issues: &mut Vec<LoadIssue>) {
    let shown = path.to_string_lossy().into_owned();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            issues.push(LoadIssue {
                path: shown,
                level: IssueLevel::Error,
                message: format!("cannot read: {e}"),
            });
            return;
        }
    };
    if meta.is_dir() {
        // The entry's type comes with the listing on most systems: a
        // regular file needs no `stat` of its own (100,000 files: one
        // system call each saved).
        let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = match std::fs::read_dir(path) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
                .collect(),
            Err(e) => {
                issues.push(LoadIssue {
                    path: shown,
                    level: IssueLevel::Error,
                    message: format!("cannot list folder: {e}"),
                });
                return;
            }
        };
        // One folder's entries: byte order of the whole path is that of the
        // names (and cheaper than comparing paths component by component).
        entries.sort_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
        for (e, kind) in entries {
            let hidden = e
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                continue;
            }
            if kind.is_some_and(|k| k.is_file()) {
                consider_file(e, false, files, issues);
            } else {
                // Folders, and links or unknown types (followed by `stat`).
                collect(&e, false, files, issues);
            }
        }
        return;
    }
    consider_file(path.to_path_buf(), explicit, files, issues);
}

/// Keeps a file with a text extension; notes one skipped.
fn consider_file(
    path: PathBuf,
    explicit: bool,
    files: &mut Vec<PathBuf>,
    issues: &mut Vec<LoadIssue>,
) {
    let ext = path.extension().map(|e| e.to_string_lossy());
    let ext = ext.as_deref().unwrap_or_default();
    // Lower-cased as Unicode (`K` the Kelvin sign is a `k`), without a new
    // string for the usual ASCII extension.
    let known = if ext.is_ascii() {
        EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(ext))
    } else {
        EXTENSIONS.contains(&ext.to_lowercase().as_str())
    };
    if known {
        files.push(path);
    } else if explicit || !ext.is_empty() {
        // Files without an extension inside folders are skipped silently (LICENSE, Makefile).
        issues.push(LoadIssue {
            path: path.to_string_lossy().into_owned(),
            level: IssueLevel::Note,
            message: "skipped: not a .txt or .md file".into(),
        });
    }
}

/// A file read: shown path, text, and a warning if decoding was lossy.
type ReadFile = (String, String, Option<LoadIssue>);

fn read_one(path: &Path) -> Result<ReadFile, LoadIssue> {
    let shown = path.to_string_lossy().into_owned();
    let bytes = std::fs::read(path).map_err(|e| LoadIssue {
        path: shown.clone(),
        level: IssueLevel::Error,
        message: format!("cannot read: {e}"),
    })?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(LoadIssue {
            path: shown,
            level: IssueLevel::Note,
            message: "skipped: empty file".into(),
        });
    }
    // A NUL byte in the first 8 KiB marks a binary file, as git and ripgrep do.
    if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Err(LoadIssue {
            path: shown,
            level: IssueLevel::Note,
            message: "skipped: binary file".into(),
        });
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok((shown, text, None)),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let issue = LoadIssue {
                path: shown.clone(),
                level: IssueLevel::Warning,
                message: format!("invalid UTF-8 at byte {at}: decoded lossily"),
            };
            Ok((shown, text, Some(issue)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        let t = "ab\ncé d";
        assert_eq!(line_col(t, 0), (1, 1));
        assert_eq!(line_col(t, 3), (2, 1));
        assert_eq!(line_col(t, 6), (2, 3));
        assert_eq!(line_col(t, 5), (2, 2)); // inside 'é' rounds down
    }

    #[test]
    fn bad_files_are_reported_and_others_read() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("a.txt"), "Hello on Monday.").unwrap();
        std::fs::write(d.join("empty.txt"), "  \n").unwrap();
        std::fs::write(d.join("bin.txt"), b"ab\0cd").unwrap();
        std::fs::write(d.join("bad.md"), b"ok \xff then").unwrap();
        std::fs::write(d.join("pic.png"), b"x").unwrap();
        let lex = Lexicon::defaults();
        let loaded = load_paths(&[d.to_path_buf(), d.join("missing.txt")], &lex);
        let names: Vec<_> = loaded.sources.iter().map(|s| s.label()).collect();
        assert_eq!(names, vec!["a.txt", "bad.md"]);
        let msgs: Vec<_> = loaded.issues.iter().map(|i| i.message.as_str()).collect();
        assert!(msgs.contains(&"skipped: empty file"));
        assert!(msgs.contains(&"skipped: binary file"));
        assert!(msgs.contains(&"skipped: not a .txt or .md file"));
        assert!(msgs.contains(&"invalid UTF-8 at byte 3: decoded lossily"));
        assert!(msgs.iter().any(|m| m.starts_with("cannot read")));
    }
}
