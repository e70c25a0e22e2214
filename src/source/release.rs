//! Releasing a source's text once its claims are extracted, and reading it
//! back for the few sources a report shows.
//!
//! The texts are the largest thing a big run holds (342 MB for 100,000
//! articles), yet after extraction only the sources named in findings are
//! shown. A released source keeps the length and a hash of its text, so
//! the text read back is known to be the one the claims were read from.

use super::{read_one, IssueLevel, Source};
use std::path::Path;

/// What is kept of a released text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Released {
    /// Its length in bytes.
    pub len: usize,
    /// A hash of its bytes (compared within one run only).
    pub hash: u64,
}

fn digest(text: &str) -> Released {
    use std::hash::Hasher;
    // Eight bytes a step: this runs over every text of the run.
    let mut h = rustc_hash::FxHasher::default();
    h.write(text.as_bytes());
    Released {
        len: text.len(),
        hash: h.finish(),
    }
}

impl Source {
    /// Drops the text, keeping its length and hash (see the module doc).
    /// A Markdown source keeps it: its suppression comments are read after
    /// the analysis.
    /// A stream (a FIFO named on the command line) keeps it too: it cannot
    /// be read again.
    pub fn release_text(&mut self) {
        if self.released.is_some() || self.is_markdown() || self.stdin {
            return;
        }
        if std::fs::metadata(&self.path).is_ok_and(|m| !m.is_file()) {
            return;
        }
        self.released = Some(digest(&self.text));
        self.text = String::new();
    }

    /// Reads a released text back from the file. Fails, naming the file,
    /// when it cannot be read or is no longer the text the claims came from.
    pub fn restore_text(&mut self) -> Result<(), String> {
        let Some(kept) = self.released else {
            return Ok(());
        };
        let changed = || {
            format!(
                "{}: changed while factlint was reading it; run again",
                self.path
            )
        };
        let (_, text, _) = read_one(Path::new(&self.path), u64::MAX).map_err(|e| {
            // Errors are unreadable files; notes are files now empty or binary.
            if e.level == IssueLevel::Error {
                format!("{}: {}", self.path, e.message)
            } else {
                changed()
            }
        })?;
        if digest(&text) != kept {
            return Err(changed());
        }
        self.text = text;
        self.released = None;
        Ok(())
    }
}

/// Reads back the released texts of the sources whose ids are given (in
/// parallel); the errors come in source order.
pub fn restore_texts(sources: &mut [Source], ids: impl IntoIterator<Item = usize>) -> Vec<String> {
    use rayon::prelude::*;
    let mut wanted = vec![false; sources.len()];
    for id in ids {
        if let Some(w) = wanted.get_mut(id) {
            *w = true;
        }
    }
    sources
        .par_iter_mut()
        .zip(wanted)
        .filter(|(_, w)| *w)
        .filter_map(|(s, _)| s.restore_text().err())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn source_at(dir: &Path, name: &str, text: &str) -> Source {
        let path = dir.join(name);
        std::fs::write(&path, text).expect("write fixture");
        Source::from_text(
            0,
            path.display().to_string(),
            text.to_string(),
            &Lexicon::defaults(),
        )
    }

    #[test]
    fn a_released_text_is_read_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut s = source_at(dir.path(), "a.txt", "Talks will be held on Monday.\n");
        s.release_text();
        assert!(s.text.is_empty());
        assert_eq!(s.restore_text(), Ok(()));
        assert_eq!(s.text, "Talks will be held on Monday.\n");
        assert_eq!(s.released, None);
    }

    #[test]
    fn a_changed_or_deleted_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut s = source_at(dir.path(), "a.txt", "Talks will be held on Monday.\n");
        s.release_text();
        std::fs::write(&s.path, "Talks will be held on Tuesday.\n").expect("rewrite");
        let e = s.restore_text().expect_err("changed");
        assert!(e.contains("a.txt") && e.contains("changed"), "{e}");
        assert!(s.text.is_empty());
        std::fs::remove_file(&s.path).expect("remove");
        let e = s.restore_text().expect_err("deleted");
        assert!(e.contains("a.txt") && e.contains("cannot read"), "{e}");
    }

    #[test]
    fn markdown_keeps_its_text_for_suppression_comments() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut s = source_at(dir.path(), "a.md", "<!-- factlint-ignore -->\nText.\n");
        s.release_text();
        assert!(!s.text.is_empty());
        assert_eq!(s.released, None);
    }
}
