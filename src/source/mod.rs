//! Sources: the articles read from disk, with their metadata.
//!
//! Loading never stops at a bad file: each problem becomes a [`LoadIssue`]
//! naming the file (and byte offset where relevant), and the other files are
//! read as usual.

mod header_date;
mod lines;
mod metadata;
mod naming;
mod release;
mod url_date;
mod walk;

pub use lines::{LineIndex, Lines};
pub use metadata::{
    first_line, infer_metadata, is_calendar_name, Metadata, Provenance, MONTH_NAMES, WEEKDAY_NAMES,
};
pub use naming::{mark_shared_labels, named, people_date};
pub use release::{restore_texts, Released};

/// Compiles the patterns that reading any source uses (see
/// [`crate::pipeline::warm_up`]).
pub fn warm_up() {
    metadata::warm_up();
}

use crate::lexicon::Lexicon;
use std::path::{Path, PathBuf};

/// Whether the line of `text` holding byte `at` is a date line of an
/// article's head (`date 2026-11-20`, `Updated: November 11, 2011 20:09
/// IST`): what it dates is the article, so nothing on it is a claim.
pub fn on_date_line(text: &str, at: usize) -> bool {
    // A date line is short (its date near its start): no more than this is
    // read either side of `at`, so a date in a long paragraph costs no scan
    // of the paragraph.
    const REACH: usize = 512;
    let at = floor_char_boundary(text, at.min(text.len()));
    let from = floor_char_boundary(text, at.saturating_sub(REACH));
    let start = match text[from..at].rfind('\n') {
        Some(i) => from + i + 1,
        None if from == 0 => 0,
        None => return false,
    };
    // Cut at the reach, a longer line is still too long to be a date line.
    let to = floor_char_boundary(text, (at + REACH).min(text.len()));
    let end = text[at..to].find('\n').map_or(to, |i| at + i);
    let line = text[start..end].trim();
    header_date::is_marker(line) || header_date::date_line(line).is_some()
}

/// Index of a source in the corpus.
pub type SourceId = usize;

/// One article.
#[derive(Debug, Clone)]
pub struct Source {
    /// Position in the corpus.
    pub id: SourceId,
    /// The path as given on the command line, or found under a folder given there.
    pub path: String,
    /// The path as fingerprints name it, however it was spelled: relative
    /// to the baseline's folder, lexically normalised, `/`-separated
    /// ([`set_keys`]); the path as given until then.
    pub key: String,
    /// Read from standard input (`-` on the command line, named by
    /// `--stdin-filename`): its text cannot be read again.
    pub stdin: bool,
    /// The full text of the file (front matter included, so byte offsets are file offsets).
    pub text: String,
    /// Byte offset where the body starts (after any front matter).
    pub body_start: usize,
    /// Publication date, outlet, title.
    pub meta: Metadata,
    /// Set when the text was dropped after extraction
    /// ([`Source::release_text`]); `text` is then empty.
    pub released: Option<Released>,
    /// Another source read has the same [`Source::label`]: its
    /// [`Source::name`] carries its path ([`mark_shared_labels`]).
    pub label_shared: bool,
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
        let path = path.into();
        Source {
            id,
            key: path.clone(),
            path,
            stdin: false,
            text,
            body_start,
            meta,
            released: None,
            label_shared: false,
        }
    }

    /// Whether the source is a Markdown file (which may carry suppression
    /// comments).
    pub fn is_markdown(&self) -> bool {
        let path = self.path.to_lowercase();
        path.ends_with(".md") || path.ends_with(".markdown")
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        line_col(&self.text, offset)
    }

    /// 1-based line and column in UTF-8 bytes of a byte offset (reviewdog's
    /// unit).
    pub fn line_byte_col(&self, offset: usize) -> (usize, usize) {
        let text = &self.text;
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let (line, _) = line_col(text, offset);
        let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
        (line, offset - line_start + 1)
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
    load_paths_opts(paths, lexicon, progress, &ReadOptions::default())
}

/// The largest input read by default (`--max-filesize`): 16 MB.
pub const DEFAULT_MAX_FILESIZE: u64 = 16 * 1024 * 1024;

/// How paths are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// Follow symbolic links found inside folders (`--follow`); links
    /// named on the command line are always followed.
    pub follow: bool,
    /// Inputs larger than this many bytes are skipped with a note, and
    /// reading a stream stops there (`--max-filesize`).
    pub max_filesize: u64,
    /// The name a text read from standard input (the path `-`) goes by in
    /// reports (`--stdin-filename`; default [`STDIN_NAME`]).
    pub stdin_name: Option<String>,
    /// Note every file skipped, hidden files and files without an
    /// extension inside folders too (`--verbose`).
    pub verbose: bool,
    /// Skip what `.gitignore` (inside a git work tree) and `.ignore` files
    /// leave out, inside folders (`--no-respect-gitignore` turns it off;
    /// `respect-gitignore` in factlint.toml).
    pub respect_gitignore: bool,
    /// Patterns (gitignore syntax, each set rooted at the folder its
    /// patterns are relative to) that leave out files and folders inside
    /// the folders given (`--exclude`, `exclude` in factlint.toml); see
    /// [`exclude_patterns`].
    pub exclude: Vec<ignore::gitignore::Gitignore>,
}

/// Compiles exclude patterns (gitignore syntax: `drafts/`, `*.bak`,
/// `/archive`) relative to folder `base`; an invalid one is an error
/// naming it.
pub fn exclude_patterns(
    base: &Path,
    patterns: &[String],
) -> Result<ignore::gitignore::Gitignore, String> {
    let base = std::path::absolute(base).unwrap_or_else(|_| base.to_path_buf());
    let mut b = ignore::gitignore::GitignoreBuilder::new(base);
    for p in patterns {
        b.add_line(None, p).map_err(|e| format!("`{p}`: {e}"))?;
    }
    b.build().map_err(|e| format!("exclude patterns: {e}"))
}

/// The path that means standard input on the command line.
pub const STDIN_PATH: &str = "-";

/// What a text read from standard input is called without `--stdin-filename`.
pub const STDIN_NAME: &str = "<stdin>";

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            follow: false,
            max_filesize: DEFAULT_MAX_FILESIZE,
            stdin_name: None,
            verbose: false,
            respect_gitignore: true,
            exclude: Vec::new(),
        }
    }
}

/// [`load_paths_with`] with reading options.
pub fn load_paths_opts(
    paths: &[PathBuf],
    lexicon: &Lexicon,
    progress: Option<&crate::progress::ProgressFn>,
    opts: &ReadOptions,
) -> Loaded {
    let mut files = Vec::new();
    let mut issues = Vec::new();
    let mut walk = walk::Walk::new(opts);
    for p in paths {
        walk.collect(p, true, &mut files, &mut issues);
    }
    if opts.follow {
        // Through links, one file can be reached under two names.
        let mut real = rustc_hash::FxHashSet::default();
        files.retain(|f| std::fs::canonicalize(f).map_or(true, |r| real.insert(r)));
    }
    // A file named twice (as itself and in its folder, or in `seeds` and
    // `./seeds`) is read once, under its first spelling.
    let mut seen = rustc_hash::FxHashSet::default();
    let cwd = std::env::current_dir().unwrap_or_default();
    files.retain(|f| seen.insert(normalized(&cwd, f)));
    // Reading and metadata inference run in parallel; order is kept.
    use rayon::prelude::*;
    let ticker = crate::progress::Ticker::new(progress, "read", files.len());
    let results: Vec<Result<ReadFile, LoadIssue>> = files
        .par_iter()
        .map(|f| {
            let r = if f.as_os_str() == STDIN_PATH {
                read_stdin(opts)
            } else {
                read_one(f, opts.max_filesize)
            };
            ticker.tick();
            r
        })
        .collect();
    let mut loaded = Loaded {
        sources: Vec::new(),
        issues,
    };
    let mut texts = Vec::new();
    for (r, f) in results.into_iter().zip(&files) {
        match r {
            Ok((path, text, issue)) => {
                loaded.issues.extend(issue);
                texts.push((path, text, f.as_os_str() == STDIN_PATH));
            }
            Err(issue) => loaded.issues.push(issue),
        }
    }
    loaded.sources = texts
        .into_par_iter()
        .enumerate()
        .map(|(id, (path, text, stdin))| Source {
            stdin,
            ..Source::from_text(id, path, text, lexicon)
        })
        .collect();
    loaded
}

/// A path as a key that two spellings of one file share: absolute, without
/// `.` components or repeated separators (`seeds/a.txt`, `./seeds/a.txt`
/// and `/here/seeds//a.txt` are one). Lexical, no system call per file;
/// files reached through links are told apart by `--follow`'s canonical
/// paths above.
fn normalized(cwd: &Path, path: &Path) -> PathBuf {
    cwd.join(path)
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Sets each source's [`Source::key`]: its path relative to `root` (the
/// baseline's folder), so `seeds/a.txt`, `./seeds/a.txt`, `seeds//a.txt`
/// and `/here/seeds/a.txt` give one fingerprint, also when run from a
/// subfolder. A source outside `root` is named with `..`. Standard input
/// without `--stdin-filename` is `<stdin>` wherever it is read from.
pub fn set_keys(sources: &mut [Source], root: &Path) {
    let cwd = std::env::current_dir().unwrap_or_default();
    for s in sources {
        s.key = if s.stdin && s.path == STDIN_NAME {
            STDIN_NAME.to_string()
        } else {
            path_key(&cwd, root, Path::new(&s.path))
        };
    }
}

/// `path` (relative to `cwd` unless absolute) relative to `root`,
/// `/`-separated, without `.`, `..` (resolved lexically) or repeated
/// separators.
pub fn path_key(cwd: &Path, root: &Path, path: &Path) -> String {
    use std::path::Component;
    fn lexical(p: &Path) -> Vec<Component<'_>> {
        let mut out: Vec<Component<'_>> = Vec::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir if matches!(out.last(), Some(Component::Normal(_))) => {
                    out.pop();
                }
                Component::ParentDir if matches!(out.last(), Some(Component::RootDir)) => {}
                c => out.push(c),
            }
        }
        out
    }
    let abs = cwd.join(path);
    let root = cwd.join(root);
    let (p, r) = (lexical(&abs), lexical(&root));
    let common = p.iter().zip(&r).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); r.len() - common];
    parts.extend(
        p[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

/// A file read: shown path, text, and a warning if decoding was lossy.
type ReadFile = (String, String, Option<LoadIssue>);

/// Standard input, named `--stdin-filename` (else `<stdin>`), read as a
/// stream: up to --max-filesize.
fn read_stdin(opts: &ReadOptions) -> Result<ReadFile, LoadIssue> {
    use std::io::Read;
    let shown = opts.stdin_name.as_deref().unwrap_or(STDIN_NAME).to_string();
    let max = opts.max_filesize;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(max.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| LoadIssue {
            path: shown.clone(),
            level: IssueLevel::Error,
            message: format!("cannot read standard input: {e}"),
        })?;
    decode(shown, bytes, max)
}

fn read_one(path: &Path, max: u64) -> Result<ReadFile, LoadIssue> {
    use std::io::Read;
    let shown = path.to_string_lossy().into_owned();
    let cannot = |e: std::io::Error| LoadIssue {
        path: shown.clone(),
        level: IssueLevel::Error,
        message: format!("cannot read: {e}"),
    };
    // At most `max` bytes (one more tells that there was more): a stream
    // named on the command line or a file that grew is cut off, not read
    // until memory runs out.
    // Sized from the file's length, so a text is not held in a buffer up
    // to twice its size (reading into an empty vector grows it by doubling).
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| {
            let len = f.metadata().map_or(0, |m| m.len()).min(max);
            bytes.reserve_exact(usize::try_from(len).unwrap_or(0).saturating_add(1));
            f.take(max.saturating_add(1)).read_to_end(&mut bytes)
        })
        .map_err(cannot)?;
    decode(shown, bytes, max)
}

/// Checks a text read (size, empty, binary) and decodes it.
fn decode(shown: String, bytes: Vec<u8>, max: u64) -> Result<ReadFile, LoadIssue> {
    if bytes.len() as u64 > max {
        return Err(LoadIssue {
            path: shown,
            level: IssueLevel::Note,
            message: format!("skipped: more than --max-filesize {max} bytes"),
        });
    }
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
    fn dates_on_a_head_date_line_are_the_articles_not_claims() {
        let text = "Bridge reopens\ndate 2026-11-20\n\nThe bridge reopened on 2026-11-19.\n";
        let on = |needle: &str| on_date_line(text, text.find(needle).unwrap());
        assert!(on("2026-11-20"));
        assert!(!on("2026-11-19"));
        let text = "Updated: November 11, 2011 20:09 IST\nThe ship sank on November 10, 2011.";
        assert!(on_date_line(text, 9));
        assert!(!on_date_line(text, text.rfind("November").unwrap()));
        assert!(!on_date_line("", 0));
    }

    #[test]
    fn path_keys_do_not_depend_on_the_spelling() {
        let cwd = Path::new("/proj/news");
        let root = Path::new("/proj");
        let key = |p: &str| path_key(cwd, root, Path::new(p));
        for p in [
            "a.md",
            "./a.md",
            ".//a.md",
            "../news/a.md",
            "/proj/news/a.md",
            "/proj/./news//a.md",
        ] {
            assert_eq!(key(p), "news/a.md", "{p}");
        }
        assert_eq!(path_key(root, root, Path::new("news/a.md")), "news/a.md");
        assert_eq!(
            path_key(root, root, Path::new("/elsewhere/b.md")),
            "../elsewhere/b.md"
        );
        assert_eq!(path_key(cwd, Path::new("."), Path::new("a.md")), "a.md");
    }

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
        assert_eq!(names, vec!["“Hello on Monday.”", "“ok \u{fffd} then”"]);
        let msgs: Vec<_> = loaded.issues.iter().map(|i| i.message.as_str()).collect();
        assert!(msgs.contains(&"skipped: empty file"));
        assert!(msgs.contains(&"skipped: binary file"));
        assert!(msgs.contains(&"skipped: not a .txt or .md file"));
        assert!(msgs.contains(&"invalid UTF-8 at byte 3: decoded lossily"));
        assert!(msgs.iter().any(|m| m.starts_with("cannot read")));
    }
}
