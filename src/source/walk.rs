//! The folder walk: which files inside the folders given are read.
//!
//! Inside folders, hidden entries, symbolic links (unless `--follow`),
//! special files (FIFOs, devices, sockets) and files over `--max-filesize`
//! are skipped with a note, and a loop of links is walked once. Files a
//! `.gitignore` (inside a git work tree) or an `.ignore` file leaves out
//! are skipped as git and ripgrep skip them (`--no-respect-gitignore`
//! reads them), and so are those an `--exclude` glob or `exclude` in
//! factlint.toml matches (gitignore syntax: `drafts/`, `*.bak`). A path
//! named on the command line is always read.

use super::{IssueLevel, LoadIssue, ReadOptions, EXTENSIONS, STDIN_PATH};
use ignore::gitignore::{Gitignore, GitignoreBuilder};
use ignore::Match;
use std::path::{Path, PathBuf};

/// The folder walk: which options, the folders already listed (a loop of
/// links is walked once), and the ignore files of the folders being
/// listed, outermost first.
pub(super) struct Walk<'o> {
    opts: &'o ReadOptions,
    folders: rustc_hash::FxHashSet<PathBuf>,
    ignores: Vec<Gitignore>,
    /// The top of the git work tree the folder being listed is in.
    repo: Option<PathBuf>,
}

impl<'o> Walk<'o> {
    /// A walk with `opts`.
    pub(super) fn new(opts: &'o ReadOptions) -> Walk<'o> {
        Walk {
            opts,
            folders: rustc_hash::FxHashSet::default(),
            ignores: Vec::new(),
            repo: None,
        }
    }

    /// Adds the files `path` names (a file, or the files of a folder and
    /// its subfolders) to `files`, and what was skipped to `issues`.
    pub(super) fn collect(
        &mut self,
        path: &Path,
        explicit: bool,
        files: &mut Vec<PathBuf>,
        issues: &mut Vec<LoadIssue>,
    ) {
        if explicit && path.as_os_str() == STDIN_PATH {
            // `-`: standard input, read once as a stream.
            files.push(path.to_path_buf());
            return;
        }
        let shown = path.to_string_lossy().into_owned();
        let note = |issues: &mut Vec<LoadIssue>, message: String| {
            issues.push(LoadIssue {
                path: shown.clone(),
                level: IssueLevel::Note,
                message,
            })
        };
        if !explicit && !self.opts.follow {
            // Inside a folder a link is not followed: a link to a secret
            // (`notes.txt -> ~/.aws/credentials`) is not read.
            if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                note(
                    issues,
                    "skipped: symbolic link (name it, or give --follow)".into(),
                );
                return;
            }
        }
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
            let real = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            if !self.folders.insert(real) {
                note(
                    issues,
                    "skipped: folder already read (a loop of links?)".into(),
                );
                return;
            }
            if explicit {
                self.list_root(path, &shown, files, issues);
            } else {
                self.list(path, &shown, files, issues);
            }
            return;
        }
        if !meta.is_file() {
            if explicit {
                // Named on the command line (`check <(cmd)`): read as a
                // stream, whatever its name, up to --max-filesize.
                files.push(path.to_path_buf());
            } else {
                // FIFOs, devices and sockets in a folder: reading one could
                // hang or never end.
                note(issues, "skipped: not a regular file".into());
            }
            return;
        }
        if meta.is_file() && meta.len() > self.opts.max_filesize {
            note(
                issues,
                format!(
                    "skipped: {} bytes, more than --max-filesize {}",
                    meta.len(),
                    self.opts.max_filesize
                ),
            );
            return;
        }
        consider_file(
            path.to_path_buf(),
            explicit,
            explicit || self.opts.verbose,
            files,
            issues,
        );
    }

    /// Lists a folder named on the command line: the ignore files of the
    /// folders above it in its git work tree apply too.
    fn list_root(
        &mut self,
        path: &Path,
        shown: &str,
        files: &mut Vec<PathBuf>,
        issues: &mut Vec<LoadIssue>,
    ) {
        let (saved, depth) = (self.repo.take(), self.ignores.len());
        if self.opts.respect_gitignore {
            let abs = absolute(path);
            self.repo = abs
                .ancestors()
                .find(|d| d.join(".git").exists())
                .map(Path::to_path_buf);
            if let Some(repo) = self.repo.clone() {
                let above: Vec<&Path> = abs
                    .ancestors()
                    .skip(1)
                    .take_while(|d| d.starts_with(&repo))
                    .collect();
                for dir in above.into_iter().rev() {
                    self.push_ignores(dir, issues);
                }
            }
        }
        self.list(path, shown, files, issues);
        self.ignores.truncate(depth);
        self.repo = saved;
    }

    /// Pushes the ignore files of folder `dir` (absolute), if it has any,
    /// on the stack; a line that does not parse is reported and the rest
    /// apply.
    fn push_ignores(&mut self, dir: &Path, issues: &mut Vec<LoadIssue>) {
        let mut names: Vec<PathBuf> = Vec::new();
        if self.repo.as_deref() == Some(dir) {
            names.push(dir.join(".git").join("info").join("exclude"));
        }
        if self.repo.is_some() {
            names.push(dir.join(".gitignore"));
        }
        // Read last, so its lines win over the .gitignore's (as ripgrep).
        names.push(dir.join(".ignore"));
        let mut builder = GitignoreBuilder::new(dir);
        let mut any = false;
        for f in names.iter().filter(|f| f.is_file()) {
            any = true;
            if let Some(e) = builder.add(f) {
                issues.push(LoadIssue {
                    path: f.to_string_lossy().into_owned(),
                    level: IssueLevel::Warning,
                    message: format!("ignore file partly read: {e}"),
                });
            }
        }
        if !any {
            return;
        }
        match builder.build() {
            Ok(g) if !g.is_empty() => self.ignores.push(g),
            Ok(_) => {}
            Err(e) => issues.push(LoadIssue {
                path: dir.to_string_lossy().into_owned(),
                level: IssueLevel::Warning,
                message: format!("ignore files not used: {e}"),
            }),
        }
    }

    /// Why the entry `path` of a folder being listed is left out: the
    /// ignore file or exclude pattern that matches it.
    fn excluded(&self, path: &Path, is_dir: bool) -> Option<String> {
        if self.ignores.is_empty() && self.opts.exclude.is_empty() {
            return None;
        }
        let abs = absolute(path);
        for g in &self.opts.exclude {
            if let Match::Ignore(glob) = g.matched(&abs, is_dir) {
                return Some(format!("skipped: excluded by `{}`", glob.original()));
            }
        }
        // The innermost folder's ignore file decides first; a `!pattern`
        // there keeps the entry whatever folders above say.
        for g in self.ignores.iter().rev() {
            match g.matched(&abs, is_dir) {
                Match::Ignore(glob) => {
                    let from = glob
                        .from()
                        .map_or_else(String::new, |f| format!(" in {}", f.display()));
                    return Some(format!("skipped: ignored by `{}`{from}", glob.original()));
                }
                Match::Whitelist(_) => return None,
                Match::None => {}
            }
        }
        None
    }

    /// Lists a folder's entries in name order, skipping hidden and
    /// ignored ones.
    fn list(
        &mut self,
        path: &Path,
        shown: &str,
        files: &mut Vec<PathBuf>,
        issues: &mut Vec<LoadIssue>,
    ) {
        // The entry's type comes with the listing on most systems: a
        // regular file needs no `stat` of its own (100,000 files: one
        // system call each saved).
        let mut entries: Vec<(PathBuf, Option<std::fs::FileType>)> = match std::fs::read_dir(path) {
            Ok(rd) => rd
                .filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok())))
                .collect(),
            Err(e) => {
                issues.push(LoadIssue {
                    path: shown.to_string(),
                    level: IssueLevel::Error,
                    message: format!("cannot list folder: {e}"),
                });
                return;
            }
        };
        // One folder's entries: byte order of the whole path is that of the
        // names (and cheaper than comparing paths component by component).
        entries.sort_by(|a, b| a.0.as_os_str().cmp(b.0.as_os_str()));
        let depth = self.ignores.len();
        let saved = self.repo.clone();
        if self.opts.respect_gitignore {
            let abs = absolute(path);
            if self.repo.is_none() && abs.join(".git").exists() {
                self.repo = Some(abs.clone());
            }
            self.push_ignores(&abs, issues);
        }
        self.list_entries(entries, files, issues);
        self.ignores.truncate(depth);
        self.repo = saved;
    }

    /// Reads a folder's entries, in the order given.
    fn list_entries(
        &mut self,
        entries: Vec<(PathBuf, Option<std::fs::FileType>)>,
        files: &mut Vec<PathBuf>,
        issues: &mut Vec<LoadIssue>,
    ) {
        for (e, kind) in entries {
            let hidden = e
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'));
            if hidden {
                if self.opts.verbose {
                    issues.push(LoadIssue {
                        path: e.to_string_lossy().into_owned(),
                        level: IssueLevel::Note,
                        message: "skipped: hidden".into(),
                    });
                }
                continue;
            }
            if let Some(why) = self.excluded(&e, kind.is_some_and(|k| k.is_dir())) {
                if self.opts.verbose {
                    issues.push(LoadIssue {
                        path: e.to_string_lossy().into_owned(),
                        level: IssueLevel::Note,
                        message: why,
                    });
                }
                continue;
            }
            // A regular file under the size limit needs no more checks here
            // (its size is checked when it is read).
            if kind.is_some_and(|k| k.is_file()) {
                consider_file(e, false, self.opts.verbose, files, issues);
            } else {
                // Folders, links, special files, unknown types.
                self.collect(&e, false, files, issues);
            }
        }
    }
}

/// Keeps a file named on the command line (`named`), whatever its
/// extension, and a file found in a folder with a text extension; notes
/// one skipped (one without an extension only with `note_all`).
fn consider_file(
    path: PathBuf,
    named: bool,
    note_all: bool,
    files: &mut Vec<PathBuf>,
    issues: &mut Vec<LoadIssue>,
) {
    if named {
        // Asked for by name: read (a binary file is still refused when read).
        files.push(path);
        return;
    }
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
    } else if note_all || !ext.is_empty() {
        // Files without an extension inside folders are skipped silently (LICENSE, Makefile).
        issues.push(LoadIssue {
            path: path.to_string_lossy().into_owned(),
            level: IssueLevel::Note,
            message: "skipped: not a .txt or .md file".into(),
        });
    }
}

/// `path` made absolute without touching the file system (`..` kept): the
/// form ignore files' patterns are matched against.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}
