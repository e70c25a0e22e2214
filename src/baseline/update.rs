//! Changing the baseline file safely when several writers share it: two
//! `factlint review` servers, a reviewer deciding while `factlint
//! baseline` runs. Every writer takes an exclusive lock on a sidecar lock
//! file, re-reads the baseline under it, applies its change to what is on
//! disk now (not to what it read before a long analysis) and writes the
//! file atomically before letting go. Nothing one writer recorded is lost
//! by another.

use super::{Baseline, BaselineError};
use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};

/// The lock file beside a baseline: `.factlint.baseline.toml.lock`. It is
/// left in place (empty); only the lock on it matters.
pub fn lock_path(baseline: &Path) -> PathBuf {
    let name = baseline
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| super::FILE_NAME.to_string());
    let dir = match baseline.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    dir.join(format!(".{name}.lock"))
}

/// Why a locked update failed.
#[derive(Debug, thiserror::Error)]
pub enum UpdateError {
    /// The baseline on disk cannot be read or parsed: nothing was written.
    #[error("{0}; the file was not changed")]
    Read(#[from] BaselineError),
    /// The lock could not be taken, or the file not written.
    #[error("{path}: {message}")]
    Io {
        /// The file concerned.
        path: String,
        /// What failed.
        message: String,
    },
}

/// Holds the exclusive lock of a baseline until dropped.
struct Held(File);

impl Drop for Held {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

/// Takes the baseline's lock, waiting for other writers (across processes).
fn lock(baseline: &Path) -> Result<Held, UpdateError> {
    let path = lock_path(baseline);
    let io = |e: std::io::Error| UpdateError::Io {
        path: path.display().to_string(),
        message: format!("cannot lock the baseline: {e}"),
    };
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(io)?;
    file.lock().map_err(io)?;
    Ok(Held(file))
}

/// Under the baseline's lock: reads it as it is on disk now (empty when
/// there is no file), lets `change` update it, and writes it atomically
/// (through a symbolic link only with `follow`). Returns what `change`
/// returns.
pub fn update<R>(
    path: &Path,
    follow: bool,
    change: impl FnOnce(&mut Baseline) -> R,
) -> Result<R, UpdateError> {
    try_update(path, follow, |b| {
        Ok::<R, std::convert::Infallible>(change(b))
    })
    .map(|r| r.unwrap_or_else(|never| match never {}))
}

/// [`update`] for a change that may refuse: when `change` returns `Err`,
/// nothing is written (the file keeps its text, comments included) and
/// the refusal is returned inside `Ok`.
pub fn try_update<R, E>(
    path: &Path,
    follow: bool,
    change: impl FnOnce(&mut Baseline) -> Result<R, E>,
) -> Result<Result<R, E>, UpdateError> {
    let _held = lock(path)?;
    let mut b = Baseline::read(path)?.unwrap_or_else(|| Baseline {
        path: path.display().to_string(),
        entries: Vec::new(),
        text: None,
    });
    let out = match change(&mut b) {
        Ok(out) => out,
        Err(refused) => return Ok(Err(refused)),
    };
    crate::gate::write_atomic_to(path, b.to_toml().as_bytes(), follow).map_err(|e| {
        UpdateError::Io {
            path: path.display().to_string(),
            message: format!("cannot write: {e}"),
        }
    })?;
    Ok(Ok(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::baseline::{Action, Decision, Entry, Event};

    fn entry(fingerprint: String) -> Entry {
        Entry {
            fingerprint,
            rule: "quantity-mismatch".into(),
            summary: "a test entry".into(),
            reviewer: Some("tester".into()),
            decision: Some(Decision::Dismissed),
            ..Entry::default()
        }
    }

    #[test]
    fn concurrent_writers_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(crate::baseline::FILE_NAME);
        // Each thread opens the lock file itself: the lock is per open
        // file, so threads contend as separate processes do.
        let writers: Vec<_> = (0..4)
            .map(|w| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for k in 0..50 {
                        update(&path, false, |b| b.upsert(entry(format!("w{w}-{k}")))).unwrap();
                    }
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let b = Baseline::read(&path).unwrap().unwrap();
        assert_eq!(b.entries.len(), 200);
    }

    #[test]
    fn concurrent_decisions_on_one_finding_all_stay_in_its_history() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(crate::baseline::FILE_NAME);
        // Each writer computed its version of the entry before taking the
        // lock (a page loaded earlier): upsert merges, not replaces.
        let writers: Vec<_> = ["ann", "bob", "cy"]
            .into_iter()
            .map(|who| {
                let path = path.clone();
                std::thread::spawn(move || {
                    let mut e = entry("same".into());
                    e.record(Event::now(Action::Dismissed, who));
                    update(&path, false, |b| b.upsert(e)).unwrap();
                })
            })
            .collect();
        for w in writers {
            w.join().unwrap();
        }
        let b = Baseline::read(&path).unwrap().unwrap();
        assert_eq!(b.entries.len(), 1);
        let mut who: Vec<&str> = b.entries[0]
            .history
            .iter()
            .map(|h| h.reviewer.as_str())
            .collect();
        who.sort_unstable();
        assert_eq!(who, ["ann", "bob", "cy"]);
    }

    #[test]
    fn an_unreadable_baseline_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(crate::baseline::FILE_NAME);
        std::fs::write(&path, "[[finding]\nnot toml").unwrap();
        let err = update(&path, false, |b| b.upsert(entry("x".into()))).unwrap_err();
        assert!(matches!(err, UpdateError::Read(_)), "{err}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "[[finding]\nnot toml"
        );
    }
}
