//! `factlint review`: a local web page where editors review findings and
//! record decisions in the baseline file the CI gate reads.
//!
//! Safety: the server binds to 127.0.0.1 only and answers only requests
//! whose `Host` is `127.0.0.1:PORT` or `localhost:PORT` (against DNS
//! rebinding); the one state-changing route is a POST carrying a random
//! per-session token (against cross-site requests), and cross-site `Origin`
//! or `Sec-Fetch-Site` headers are refused too; every piece of text is
//! HTML-escaped by maud; a malformed request gets a 4xx with a message.
//!
//! Decisions are written to the baseline file atomically, after re-reading
//! it under a lock, so concurrent decisions (two tabs, two editors, or a
//! `factlint baseline` run in between) are merged, never lost.

mod pages;
mod routes;
#[cfg(test)]
mod tests;

use crate::baseline::{Action, Baseline, BaselineError, Decision, Entry, Event};
use crate::findings::Finding;
use crate::pipeline::Analysis;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use routes::router;

/// Options of `factlint review`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct ReviewArgs {
    /// The port to listen on (127.0.0.1 only) [default: a free one].
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// Open the page in the default browser (xdg-open / open).
    #[arg(long)]
    pub open: bool,
    /// The baseline file decisions are written to (merged with its content)
    /// [default: factlint.baseline.toml here or in the nearest folder
    /// above holding one, else here].
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// The reviewer name the page's header starts with (the browser remembers the last one typed).
    #[arg(long, value_name = "NAME")]
    pub reviewer: Option<String>,
    /// `-q`: print the URL and errors only (set from the common flag).
    #[arg(skip)]
    pub quiet: bool,
}

/// The server's state: the analysis (read once), where decisions go, the
/// session token and the write lock.
pub struct Review {
    /// Sources, claims and every finding (not filtered by the baseline).
    pub analysis: Analysis,
    /// The baseline file.
    pub baseline_path: PathBuf,
    /// The port the server listens on (for the Host check).
    pub port: u16,
    /// The reviewer name the page starts with when no cookie says otherwise.
    pub default_reviewer: Option<String>,
    token: String,
    lock: Mutex<()>,
}

/// A decision posted by an editor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Posted {
    /// The finding's fingerprint.
    pub fingerprint: String,
    /// Confirm, correct, dismiss or reopen.
    pub decision: Action,
    /// Why (required to dismiss).
    pub reason: Option<String>,
    /// A free note.
    pub note: Option<String>,
    /// Who decided.
    pub reviewer: String,
    /// Confirm: the paths of the sources that are wrong (at least one).
    pub wrong: Vec<String>,
    /// Correct: what was corrected, where (required).
    pub correction: Option<String>,
}

impl Review {
    /// The state for a server on `port`, with a fresh random token.
    pub fn new(analysis: Analysis, baseline_path: PathBuf, port: u16) -> Review {
        Review {
            analysis,
            baseline_path,
            port,
            default_reviewer: None,
            token: random_token(),
            lock: Mutex::new(()),
        }
    }

    /// The per-session token forms carry.
    pub fn token(&self) -> &str {
        &self.token
    }

    /// The finding with this fingerprint.
    pub fn finding(&self, fingerprint: &str) -> Option<&Finding> {
        self.analysis
            .findings
            .iter()
            .find(|f| f.fingerprint == fingerprint)
    }

    /// The baseline as it is on disk now (empty when there is no file).
    pub fn baseline(&self) -> Result<Baseline, BaselineError> {
        Ok(
            Baseline::read(&self.baseline_path)?.unwrap_or_else(|| Baseline {
                path: self.baseline_path.display().to_string(),
                entries: Vec::new(),
                text: None,
            }),
        )
    }

    /// Records a decision: under the lock, re-reads the file, adds the
    /// decision to the finding's entry (its history, and its current
    /// fields, keeping those the form left empty) and writes the file
    /// atomically. Returns the entry written, or why the decision does not
    /// apply (nothing is written then): only a confirmed finding can be
    /// marked corrected, and only a decided one reopened.
    /// The lock is this server's and, for other processes (another
    /// review server, `factlint baseline`), the baseline's lock file.
    pub fn decide(&self, finding: &Finding, p: &Posted) -> Result<Entry, String> {
        let _guard = self.lock.lock().unwrap_or_else(|e| e.into_inner());
        let written = crate::baseline::try_update(&self.baseline_path, false, |b| {
            let mut e = b
                .entry(&finding.fingerprint)
                .cloned()
                .unwrap_or_else(|| Entry::of(finding));
            let now = e.decision.map_or("undecided", Decision::as_str);
            match p.decision {
                Action::Corrected if e.decision != Some(Decision::Confirmed) => {
                    return Err(format!(
                        "only a confirmed finding can be marked corrected; this one is {now} (reload the page)"
                    ))
                }
                Action::Reopened if e.decision.is_none() => {
                    return Err(format!(
                        "this finding is {now}: there is no decision to undo (reload the page)"
                    ))
                }
                _ => {}
            }
            e.record(Event {
                reason: p.reason.clone(),
                note: p.note.clone(),
                wrong: p.wrong.clone(),
                correction: p.correction.clone(),
                ..Event::now(p.decision, &p.reviewer)
            });
            b.upsert(e.clone());
            Ok(e)
        });
        written.map_err(|err| err.to_string())?
    }
}

/// 32 random bytes from the operating system, as hex.
fn random_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides random bytes");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Binds 127.0.0.1:`port` (0: a free port), prints the URL on standard
/// output, optionally opens a browser, and serves until the process ends.
pub fn serve(analysis: Analysis, args: &ReviewArgs) -> std::io::Result<()> {
    use std::io::Write;
    let listener =
        std::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, args.port.unwrap_or(0)))?;
    let port = listener.local_addr()?.port();
    listener.set_nonblocking(true)?;
    let url = format!("http://127.0.0.1:{port}/");
    let n = analysis.findings.len();
    let sources = analysis.sources.len();
    let baseline = crate::baseline::locate(args.baseline.as_deref());
    let mut state = Review::new(analysis, baseline.clone(), port);
    state.default_reviewer = args.reviewer.clone().filter(|r| !r.trim().is_empty());
    // A server prints while it runs: the URL first, alone on its line.
    let mut out = std::io::stdout();
    writeln!(out, "{url}")?;
    out.flush()?;
    if !args.quiet {
        eprintln!(
            "factlint review: {} in {}; decisions go to {}; Ctrl-C stops",
            crate::report::plural(n, "finding"),
            crate::report::plural(sources, "source"),
            baseline.display()
        );
    }
    if args.open {
        open_browser(&url);
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        axum::serve(listener, router(Arc::new(state))).await
    })
}

/// Launches the desktop's browser; failures are ignored (the URL is printed).
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let child = std::process::Command::new(opener)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Ok(mut c) = child {
        std::thread::spawn(move || c.wait());
    }
}
