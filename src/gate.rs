//! The pre-publication gate: draft mode, baseline suppression and the fail
//! policy, applied to an [`Analysis`] before it is rendered.
//!
//! The gate never changes how claims are found or judged: it only selects
//! which findings are reported (and, in draft mode, which claim is primary).

use crate::baseline::{Baseline, Decision, Entry};
use crate::findings::Finding;
use crate::pipeline::Analysis;
use crate::rules::{render_template, RuleSet, Severity};
use crate::source::SourceId;
use std::path::Path;

/// When the gate fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum FailOn {
    /// Fail on error findings (the default).
    #[default]
    Error,
    /// Fail on warning or error findings.
    Warning,
    /// Never fail because of findings (`--max-findings` still applies).
    Never,
}

/// The gate's policy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Severity threshold.
    pub fail_on: FailOn,
    /// Fail when more findings than this are reported (after suppression).
    pub max_findings: Option<usize>,
}

impl Policy {
    /// Whether the reported findings fail the gate.
    pub fn fails(&self, findings: &[Finding]) -> bool {
        let by_severity = match self.fail_on {
            FailOn::Error => findings.iter().any(|f| f.severity == Severity::Error),
            FailOn::Warning => findings.iter().any(|f| f.severity >= Severity::Warning),
            FailOn::Never => false,
        };
        by_severity || self.max_findings.is_some_and(|n| findings.len() > n)
    }
}

/// What the gate kept and set aside.
#[derive(Debug)]
pub struct Gated {
    /// Findings suppressed by the baseline.
    pub suppressed: Vec<Finding>,
    /// Baseline entries matching no finding.
    pub stale: Vec<Entry>,
    /// Baseline entries past their `expires` date that matched a finding
    /// (which is reported again).
    pub expired: Vec<Entry>,
    /// Draft mode: conflicts among the reference sources alone.
    pub reference: Vec<Finding>,
}

impl Gated {
    /// One line about the reference conflicts set aside in draft mode.
    pub fn reference_line(&self) -> Option<String> {
        if self.reference.is_empty() {
            return None;
        }
        let n = self.reference.len();
        let mut rules: Vec<&str> = self.reference.iter().map(|f| f.rule.as_str()).collect();
        rules.sort_unstable();
        rules.dedup();
        Some(format!(
            "{n} conflict{} among the reference sources alone ({}): not reported, not failing",
            if n == 1 { "" } else { "s" },
            rules.join(", ")
        ))
    }
}

/// Which sources are drafts: those whose path is (or resolves to) one of `drafts`.
pub fn draft_sources(a: &Analysis, drafts: &[impl AsRef<Path>]) -> Vec<SourceId> {
    let canon = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let wanted: Vec<_> = drafts.iter().map(|d| canon(d.as_ref())).collect();
    a.sources
        .iter()
        .filter(|s| wanted.contains(&canon(Path::new(&s.path))))
        .map(|s| s.id)
        .collect()
}

/// Applies draft selection (when `drafts` is given), then the baseline.
pub fn apply(
    a: &mut Analysis,
    rules: &RuleSet,
    drafts: Option<&[SourceId]>,
    baseline: Option<&Baseline>,
    today: jiff::civil::Date,
) -> Gated {
    let mut kept = Vec::new();
    let mut reference = Vec::new();
    for f in &a.findings {
        match drafts {
            None => kept.push(f.clone()),
            Some(d) => match draft_view(a, rules, f, d) {
                Some(g) => kept.push(g),
                None => reference.push(f.clone()),
            },
        }
    }
    let mut suppressed = Vec::new();
    let mut stale = Vec::new();
    let mut expired = Vec::new();
    if let Some(b) = baseline {
        let all: Vec<&Finding> = kept.iter().chain(reference.iter()).collect();
        for e in &b.entries {
            let matched = all.iter().any(|f| f.fingerprint == e.fingerprint);
            if !matched {
                stale.push(e.clone());
            } else if e.is_expired(today) {
                expired.push(e.clone());
            }
        }
        let (quiet, loud): (Vec<Finding>, Vec<Finding>) = kept.into_iter().partition(|f| {
            b.entries.iter().any(|e| {
                e.fingerprint == f.fingerprint
                    && e.decision != Some(Decision::Confirmed)
                    && !e.is_expired(today)
            })
        });
        suppressed = quiet;
        kept = loud;
    }
    // The analysis keeps only the findings to report (draft findings with
    // the draft's claim first); nothing else is copied.
    a.findings = kept;
    Gated {
        suppressed,
        stale,
        expired,
        reference,
    }
}

/// The finding as the draft sees it: `None` when the draft is not to blame
/// (not involved, or siding with at least one reference source, so the
/// disagreement exists among the references already).
fn draft_view(a: &Analysis, rules: &RuleSet, f: &Finding, drafts: &[SourceId]) -> Option<Finding> {
    let is_draft = |ci: usize| drafts.contains(&a.claims[ci].source);
    let checked: Vec<_> = a
        .checked
        .iter()
        .filter(|c| {
            c.rule == f.rule && (f.claims.contains(&c.pair.a) && f.claims.contains(&c.pair.b))
        })
        .collect();
    // For each draft claim: the reference claims it conflicts with, and whether any agrees.
    let mut best: Option<(usize, usize, &crate::findings::Checked)> = None;
    for &d in f.claims.iter().filter(|&&c| is_draft(c)) {
        let mut conflicts = Vec::new();
        let mut supported = false;
        for c in &checked {
            let other = if c.pair.a == d {
                c.pair.b
            } else if c.pair.b == d {
                c.pair.a
            } else {
                continue;
            };
            if is_draft(other) {
                continue;
            }
            match c.verdict.conflict {
                Some(true) => conflicts.push((other, *c)),
                Some(false) => supported = true,
                None => {}
            }
        }
        if supported {
            continue;
        }
        if let Some(&(other, c)) = conflicts.first() {
            best.get_or_insert((d, other, c));
        }
    }
    let (d, other, checked) = best?;
    let mut g = f.clone();
    g.claims.retain(|&c| c != d && c != other);
    g.claims.splice(0..0, [d, other]);
    g.why = checked.verdict.why.clone();
    if let Some(rule) = rules.rules.iter().find(|r| r.id == f.rule) {
        let (ca, cb) = (&a.claims[d], &a.claims[other]);
        let (sa, sb) = (&a.sources[ca.source], &a.sources[cb.source]);
        let fields = [
            ("subject", f.subject.clone()),
            ("a.outlet", sa.label()),
            ("a.value", ca.value.display()),
            ("a.path", sa.path.clone()),
            ("b.outlet", sb.label()),
            ("b.value", cb.value.display()),
            ("b.path", sb.path.clone()),
        ];
        g.message = render_template(&rule.message, &fields);
    }
    Some(g)
}

/// Writes `contents` to `path` atomically: a temporary file in the same
/// folder, flushed, then renamed over the target. On failure the target is
/// untouched and the temporary file removed.
pub fn write_atomic(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_atomic_to(path, contents, false)
}

/// [`write_atomic`], never replacing what is not a regular file: a symbolic
/// link is written through (its target replaced) only with `follow`, else
/// refused, and a device, FIFO, socket or folder is refused, so a report
/// cannot turn a link or a device into a plain file.
pub fn write_atomic_to(path: &Path, contents: &[u8], follow: bool) -> std::io::Result<()> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => {
            if !follow {
                return Err(std::io::Error::other(format!(
                    "{} is a symbolic link: not replaced (give --follow to write to its target)",
                    path.display()
                )));
            }
            let target = std::fs::canonicalize(path)?;
            return write_atomic_to(&target, contents, false);
        }
        Ok(m) if !m.is_file() => {
            return Err(std::io::Error::other(format!(
                "{} is not a regular file: not replaced",
                path.display()
            )));
        }
        _ => {}
    }
    write_replacing(path, contents)
}

/// Removes the temporary files a killed write of `name` left in `dir`
/// (`.NAME.PID.N.tmp` of a process that no longer runs); a failure to
/// remove one is no error: the file is ignored by every reader anyway.
fn remove_leftovers(dir: &Path, name: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for e in entries.flatten() {
        let file = e.file_name();
        let Some(rest) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|r| r.strip_suffix(".tmp"))
        else {
            continue;
        };
        let pid = rest.split('.').next().and_then(|p| p.parse::<u32>().ok());
        if pid.is_some_and(|p| p != std::process::id() && !process_runs(p)) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether process `pid` still runs (on Linux, by `/proc`; elsewhere it is
/// assumed to, and its leftovers are left alone).
fn process_runs(pid: u32) -> bool {
    if cfg!(target_os = "linux") {
        Path::new(&format!("/proc/{pid}")).exists()
    } else {
        true
    }
}

fn write_replacing(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| std::io::Error::other(format!("{} is not a file name", path.display())))?;
    remove_leftovers(&dir, &name);
    let mut n = 0u32;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    };
    let result = file
        .write_all(contents)
        .and_then(|()| file.sync_all())
        .and_then(|()| {
            drop(file);
            std::fs::rename(&tmp, path)
        });
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No temporary file of a write is left in `dir`.
    fn assert_no_temp_files(dir: &Path) {
        let leftovers: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn a_killed_writes_leftover_is_removed_by_the_next_write() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("report.json");
        // A process id above Linux's maximum (4,194,304) runs nowhere.
        let leftover = d.path().join(".report.json.99999999.0.tmp");
        std::fs::write(&leftover, b"half a report").unwrap();
        let other = d.path().join(".notes.md.99999999.0.tmp");
        std::fs::write(&other, b"another file's").unwrap();
        write_atomic(&p, b"whole").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"whole");
        if cfg!(target_os = "linux") {
            assert!(!leftover.exists());
        }
        assert!(other.exists(), "only the written file's leftovers go");
    }

    #[test]
    fn atomic_write_replaces_and_never_clobbers_on_failure() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("out.txt");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        // A target that is a folder cannot be replaced: the error leaves no temp file.
        let sub = d.path().join("sub");
        std::fs::create_dir(&sub).unwrap();
        std::fs::write(sub.join("keep"), "x").unwrap();
        assert!(write_atomic(&sub, b"three").is_err());
        assert_eq!(std::fs::read_to_string(sub.join("keep")).unwrap(), "x");
        assert_no_temp_files(d.path());
    }

    #[cfg(unix)]
    #[test]
    fn links_and_devices_are_not_replaced() {
        let d = tempfile::tempdir().unwrap();
        let target = d.path().join("real.json");
        std::fs::write(&target, "old").unwrap();
        let link = d.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let err = write_atomic(&link, b"new").unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "old");
        // With follow, the target is replaced and the link stays.
        write_atomic_to(&link, b"new", true).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
        let err = write_atomic(Path::new("/dev/null"), b"x").unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        assert!(write_atomic(d.path(), b"x").is_err());
        assert_no_temp_files(d.path());
    }

    #[test]
    fn policy_thresholds() {
        let mut f = crate::findings::Finding {
            rule: "r".into(),
            kind: crate::claims::ClaimKind::Date,
            severity: Severity::Warning,
            message: String::new(),
            help: String::new(),
            link: None,
            subject: String::new(),
            claims: vec![],
            why: String::new(),
            fingerprint: String::new(),
            copies: Vec::new(),
        };
        let warn = vec![f.clone()];
        let p = |fail_on, max_findings| Policy {
            fail_on,
            max_findings,
        };
        assert!(!p(FailOn::Error, None).fails(&warn));
        assert!(p(FailOn::Warning, None).fails(&warn));
        assert!(!p(FailOn::Never, None).fails(&warn));
        assert!(p(FailOn::Never, Some(0)).fails(&warn));
        assert!(!p(FailOn::Never, Some(1)).fails(&warn));
        f.severity = Severity::Error;
        assert!(p(FailOn::Error, None).fails(&[f]));
        assert!(!p(FailOn::Error, None).fails(&[]));
    }
}
