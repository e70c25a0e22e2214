//! The baseline: findings an editor has reviewed, keyed on the claim-based
//! fingerprint, in `factlint.baseline.toml`.
//!
//! ```toml
//! [[finding]]
//! fingerprint = "3f0c9a1e5b7d2c44"
//! rule = "event-date"
//! summary = "The Associated Press and TASS disagree on when the summit is"
//! reason = "TASS corrected the date in a later edition"
//! reviewer = "jdoe"
//! expires = 2026-06-30
//! decision = "dismissed"
//! decided = "2026-12-04T23:20:05Z"
//!
//! [[finding.history]]
//! decision = "dismissed"
//! reviewer = "jdoe"
//! time = "2026-12-04T23:20:05Z"
//! reason = "TASS corrected the date in a later edition"
//! ```
//!
//! `check` suppresses every listed finding, except entries whose `decision`
//! is `confirmed` (a real contradiction that must stay failing), entries
//! reopened (undecided again) and entries past their `expires` date. A
//! `corrected` finding does not fail; produced again, it is reported as a
//! note (see [`crate::gate`]).

use crate::findings::Finding;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

mod edit;
mod history;
mod update;
pub use history::{date_of, format_time, parse_time, Action, Event, HISTORY};
pub use update::{lock_path, try_update, update, UpdateError};

/// The default file name, looked up in the current folder and the folders
/// above it (as `factlint.toml` is).
pub const FILE_NAME: &str = "factlint.baseline.toml";

/// The baseline file: `explicit`, else [`FILE_NAME`] in the current folder
/// or the nearest folder above holding one, else [`FILE_NAME`] in the
/// current folder (where `factlint baseline` creates it). A file found
/// inside the current folder is named relative to it.
pub fn locate(explicit: Option<&Path>) -> PathBuf {
    if let Some(p) = explicit {
        return p.to_path_buf();
    }
    let Ok(cwd) = std::env::current_dir() else {
        return PathBuf::from(FILE_NAME);
    };
    match cwd
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
    {
        Some(found) => match found.strip_prefix(&cwd) {
            Ok(rel) => rel.to_path_buf(),
            Err(_) => found,
        },
        None => PathBuf::from(FILE_NAME),
    }
}

/// The folder a baseline's fingerprints name paths from: the baseline
/// file's own folder, absolute.
pub fn root_of(baseline: &Path) -> PathBuf {
    let cwd = std::env::current_dir().unwrap_or_default();
    let abs = cwd.join(baseline);
    abs.parent().map_or(cwd, Path::to_path_buf)
}

/// What a reviewer decided about a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Not a contradiction (or accepted): suppressed.
    Dismissed,
    /// A real contradiction: listed but never suppressed.
    Confirmed,
    /// Confirmed, then the wrong source fixed or a correction published:
    /// no longer failing, on the corrections list.
    Corrected,
}

impl Decision {
    /// The word used in the baseline and on pages.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Dismissed => "dismissed",
            Decision::Confirmed => "confirmed",
            Decision::Corrected => "corrected",
        }
    }
}

/// One reviewed finding. Keys factlint does not own (a desk's own
/// fields) are accepted and kept when the file is rewritten.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// The finding's fingerprint.
    pub fingerprint: String,
    /// Its rule id.
    pub rule: String,
    /// A human summary (the finding's message when written by `factlint baseline`).
    pub summary: String,
    /// Why it is accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who reviewed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    /// The entry stops suppressing after this date (a TOML date, `2026-06-30`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<toml::value::Datetime>,
    /// The reviewer's decision; absent means not reviewed yet (suppressed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    /// A free note from the reviewer (`factlint review`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// When the current decision was taken (RFC 3339 UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<String>,
    /// Confirmed or corrected: the sources (paths) that were wrong.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wrong: Vec<String>,
    /// Corrected: what was corrected, where.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correction: Option<String>,
    /// The last decisions, oldest first (`[[finding.history]]`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<Event>,
}

impl Entry {
    /// A fresh entry for a finding.
    pub fn of(f: &Finding) -> Entry {
        Entry {
            fingerprint: f.fingerprint.clone(),
            rule: f.rule.clone(),
            summary: f.message.clone(),
            ..Entry::default()
        }
    }

    /// Whether the entry keeps `check` from reporting its finding on
    /// `today`: dismissed, corrected, or listed without a decision (not
    /// reopened), and not expired.
    pub fn suppresses(&self, today: jiff::civil::Date) -> bool {
        !self.is_expired(today)
            && match self.decision {
                Some(Decision::Confirmed) => false,
                Some(Decision::Dismissed | Decision::Corrected) => true,
                None => !self.is_reopened(),
            }
    }

    /// Whether `expires` is before `today`.
    pub fn is_expired(&self, today: jiff::civil::Date) -> bool {
        self.expires
            .and_then(|e| e.date)
            .and_then(|d| jiff::civil::Date::new(d.year as i16, d.month as i8, d.day as i8).ok())
            .is_some_and(|d| d < today)
    }
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct File {
    #[serde(default, rename = "finding")]
    findings: Vec<Entry>,
}

/// A loaded baseline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Baseline {
    /// Where it was read from.
    pub path: String,
    /// Its entries, in file order.
    pub entries: Vec<Entry>,
    /// The file's text as read: [`Baseline::to_toml`] writes the entries
    /// into it, keeping comments and keys factlint does not own.
    pub text: Option<String>,
}

/// A baseline that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}{}: {message}", location.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
pub struct BaselineError {
    /// The file.
    pub path: String,
    /// 1-based line and column, when known.
    pub location: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
}

impl Baseline {
    /// Parses baseline text; `path` names the file in errors.
    pub fn parse(text: &str, path: &str) -> Result<Baseline, BaselineError> {
        let file: File = toml::from_str(text).map_err(|e| BaselineError {
            path: path.to_string(),
            location: e.span().map(|s| crate::source::line_col(text, s.start)),
            message: format!("invalid baseline: {}", e.message().trim()),
        })?;
        if let Some(problem) = misspelt_key(text) {
            return Err(BaselineError {
                path: path.to_string(),
                location: None,
                message: format!("invalid baseline: {problem}"),
            });
        }
        for (i, e) in file.findings.iter().enumerate() {
            let bad_time = |t: &str| parse_time(t).is_none();
            let problem = if e
                .expires
                .is_some_and(|d| d.date.is_none() || d.time.is_some())
            {
                Some("`expires` must be a date like 2026-06-30")
            } else if e.decided.as_deref().is_some_and(bad_time)
                || e.history.iter().any(|h| bad_time(&h.time))
            {
                Some("`decided` and `time` must be RFC 3339 times like 2026-12-04T23:20:05Z")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(BaselineError {
                    path: path.to_string(),
                    location: None,
                    message: format!(
                        "invalid baseline: entry {} ({}): {problem}",
                        i + 1,
                        e.fingerprint
                    ),
                });
            }
        }
        Ok(Baseline {
            path: path.to_string(),
            entries: file.findings,
            text: Some(text.to_string()),
        })
    }

    /// Reads a baseline file; `Ok(None)` when it does not exist.
    pub fn read(path: &Path) -> Result<Option<Baseline>, BaselineError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Baseline::parse(&text, &path.display().to_string()).map(Some),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(BaselineError {
                path: path.display().to_string(),
                location: None,
                message: format!("cannot read baseline: {e}"),
            }),
        }
    }

    /// Merges the current findings in: existing entries are kept as written
    /// (reasons, reviewers, decisions survive), new findings are appended.
    /// With `prune`, entries matching no current finding and carrying no
    /// reason, decision or history are dropped. Returns (added, stale kept, pruned).
    pub fn merge(&mut self, findings: &[Finding], prune: bool) -> (usize, usize, usize) {
        let before = self.entries.len();
        let current = |e: &Entry| findings.iter().any(|f| f.fingerprint == e.fingerprint);
        if prune {
            self.entries.retain(|e| {
                current(e) || e.reason.is_some() || e.decision.is_some() || !e.history.is_empty()
            });
        }
        let pruned = before - self.entries.len();
        let stale = self.entries.iter().filter(|e| !current(e)).count();
        let mut added = 0;
        for f in findings {
            if !self.entries.iter().any(|e| e.fingerprint == f.fingerprint) {
                self.entries.push(Entry::of(f));
                added += 1;
            }
        }
        (added, stale, pruned)
    }

    /// Replaces the entry with the same fingerprint, or appends `entry`.
    /// Histories are merged, never overwritten ([`Entry::absorb`]): a
    /// version computed from an older read loses no decision recorded since.
    pub fn upsert(&mut self, entry: Entry) {
        match self
            .entries
            .iter_mut()
            .find(|e| e.fingerprint == entry.fingerprint)
        {
            Some(e) => e.absorb(entry),
            None => self.entries.push(entry),
        }
    }

    /// The entry for a fingerprint.
    pub fn entry(&self, fingerprint: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.fingerprint == fingerprint)
    }

    /// The file's text: the text read with the entries written into it
    /// (comments, blank lines and keys factlint does not own kept; see
    /// `baseline/edit.rs`), or a fresh file with a header comment.
    pub fn to_toml(&self) -> String {
        if let Some(edited) = self
            .text
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .and_then(|t| edit::edit(t, &self.entries))
        {
            return edited;
        }
        let body = toml::to_string(&File {
            findings: self.entries.clone(),
        })
        .expect("baseline entries serialize");
        format!(
            "# factlint baseline: reviewed findings, keyed on the claim, not the line.\n\
             # `factlint check` suppresses each entry below unless its decision is\n\
             # \"confirmed\", it was reopened, or its `expires` date has passed; a\n\
             # \"corrected\" finding produced again is reported as a note. Fields people\n\
             # may edit: reason, reviewer, expires (a date: 2026-06-30), decision\n\
             # (dismissed/confirmed/corrected), note, wrong, correction. [[finding.history]]\n\
             # keeps the last decisions (who, when, what); `factlint review` adds to it.\n\
             # `factlint baseline` merges new findings in and keeps what is written here,\n\
             # comments and keys of your own included.\n\n{body}"
        )
    }
}

/// The first key of an entry or a history table that looks like a
/// misspelt key factlint owns, said as an error.
fn misspelt_key(text: &str) -> Option<String> {
    let doc: toml::Table = toml::from_str(text).ok()?;
    let entries = doc.get("finding")?.as_array()?;
    for (i, e) in entries.iter().enumerate() {
        let Some(e) = e.as_table() else { continue };
        let fingerprint = e.get("fingerprint").and_then(|f| f.as_str()).unwrap_or("");
        let mut tables: Vec<(&toml::Table, &[&'static str])> = vec![(e, edit::ENTRY_KEYS)];
        if let Some(h) = e.get("history").and_then(|h| h.as_array()) {
            tables.extend(
                h.iter()
                    .filter_map(|t| t.as_table())
                    .map(|t| (t, edit::EVENT_KEYS)),
            );
        }
        for (table, owned) in tables {
            for key in table.keys() {
                if let Some(meant) = edit::misspelt(key, owned) {
                    return Some(format!(
                        "entry {} ({fingerprint}): unknown key `{key}`, did you mean `{meant}`? (keys of your own are kept, but not ones this close to factlint's)",
                        i + 1
                    ));
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[[finding]]\nfingerprint = \"abc\"\nrule = \"event-date\"\nsummary = \"s\"\nreason = \"checked with the desk\"\nreviewer = \"jdoe\"\nexpires = 2030-01-31\ndecision = \"dismissed\"\n";

    #[test]
    fn parses_and_round_trips() {
        let b = Baseline::parse(TEXT, "b.toml").unwrap();
        assert_eq!(b.entries.len(), 1);
        assert_eq!(b.entries[0].decision, Some(Decision::Dismissed));
        let again = Baseline::parse(&b.to_toml(), "b.toml").unwrap();
        assert_eq!(again.entries, b.entries);
    }

    #[test]
    fn upsert_replaces_by_fingerprint_and_keeps_notes() {
        let mut b = Baseline::parse(TEXT, "b.toml").unwrap();
        let mut e = b.entries[0].clone();
        e.decision = Some(Decision::Confirmed);
        e.note = Some("line one\n\"quoted\" <b>".into());
        b.upsert(e.clone());
        assert_eq!(b.entries.len(), 1);
        e.fingerprint = "def".into();
        b.upsert(e);
        assert_eq!(b.entries.len(), 2);
        let again = Baseline::parse(&b.to_toml(), "b.toml").unwrap();
        assert_eq!(again.entries, b.entries);
        assert_eq!(
            again.entry("abc").unwrap().note.as_deref(),
            Some("line one\n\"quoted\" <b>")
        );
    }

    #[test]
    fn old_baselines_load_and_behave_as_before() {
        let today = jiff::civil::date(2026, 1, 1);
        let b = Baseline::parse(TEXT, "b.toml").unwrap();
        let e = &b.entries[0];
        assert!(e.history.is_empty() && e.decided.is_none() && e.wrong.is_empty());
        assert!(e.suppresses(today), "dismissed: suppressed");
        let confirmed = TEXT.replace("\"dismissed\"", "\"confirmed\"");
        let b = Baseline::parse(&confirmed, "b.toml").unwrap();
        assert_eq!(b.entries[0].decision, Some(Decision::Confirmed));
        assert!(!b.entries[0].suppresses(today), "confirmed: failing");
        let undecided = TEXT.replace("decision = \"dismissed\"\n", "");
        let b = Baseline::parse(&undecided, "b.toml").unwrap();
        assert!(b.entries[0].suppresses(today), "listed: suppressed");
        // Written back unchanged: no new fields appear.
        let text = b.to_toml();
        assert!(
            !text.contains("\n[[finding.history]]\n") && !text.contains("decided"),
            "{text}"
        );
    }

    #[test]
    fn history_round_trips_as_tables_and_reopening_unsuppresses() {
        let today = jiff::civil::date(2026, 1, 1);
        let mut b = Baseline::parse(TEXT, "b.toml").unwrap();
        let mut e = b.entries[0].clone();
        e.expires = None;
        let mut confirm = Event::now(Action::Confirmed, "Jane Doe");
        confirm.wrong = vec!["seeds/a.txt".into()];
        e.record(confirm);
        assert!(!e.suppresses(today));
        let mut fix = Event::now(Action::Corrected, "Jane Doe");
        fix.correction = Some("a.txt: Thursday changed to Wednesday".into());
        e.record(fix);
        assert_eq!(e.wrong, ["seeds/a.txt"], "kept from the confirmation");
        assert!(e.suppresses(today));
        b.upsert(e);
        let text = b.to_toml();
        assert_eq!(text.matches("\n[[finding.history]]\n").count(), 2, "{text}");
        let again = Baseline::parse(&text, "b.toml").unwrap();
        assert_eq!(again.entries, b.entries);
        let mut e = again.entries[0].clone();
        e.record(Event::now(Action::Reopened, "kim"));
        assert_eq!(e.decision, None);
        assert!(e.wrong.is_empty() && e.correction.is_none() && e.reason.is_none());
        assert!(!e.suppresses(today), "reopened: undecided, failing");
        assert_eq!(e.history.len(), 3);
        let bad = text.replacen("time = \"", "time = \"yesterday ", 1);
        let err = Baseline::parse(&bad, "b.toml").unwrap_err();
        assert!(err.message.contains("RFC 3339"), "{err}");
    }

    #[test]
    fn expiry_compares_dates() {
        let b = Baseline::parse(TEXT, "b.toml").unwrap();
        let e = &b.entries[0];
        assert!(!e.is_expired(jiff::civil::date(2030, 1, 31)));
        assert!(e.is_expired(jiff::civil::date(2030, 2, 1)));
    }

    #[test]
    fn errors_name_file_and_line() {
        let bad = TEXT.replace("decision = \"dismissed\"", "decision = \"maybe\"");
        let e = Baseline::parse(&bad, "b.toml").unwrap_err();
        assert_eq!(e.location.map(|l| l.0), Some(8), "{e}");
        assert!(e.to_string().starts_with("b.toml:8:"), "{e}");
        let e = Baseline::parse("[[finding]\n", "b.toml").unwrap_err();
        assert!(e.to_string().starts_with("b.toml:1:"), "{e}");
        let e = Baseline::parse(&TEXT.replace("2030-01-31", "\"soon\""), "b.toml").unwrap_err();
        assert!(e.to_string().contains("b.toml:7:"), "{e}");
        // A misspelt key is an error; a desk's own key is not.
        let e = Baseline::parse(&TEXT.replace("expires", "expire"), "b.toml").unwrap_err();
        assert!(
            e.to_string()
                .contains("unknown key `expire`, did you mean `expires`?"),
            "{e}"
        );
        let e = Baseline::parse(&TEXT.replace("decision", "decison"), "b.toml").unwrap_err();
        assert!(e.to_string().contains("did you mean `decision`?"), "{e}");
        let own = TEXT.replace(
            "reviewer =",
            "desk = \"Foreign\"\nticket = \"N-1\"\nreviewer =",
        );
        assert!(Baseline::parse(&own, "b.toml").is_ok());
    }
}
