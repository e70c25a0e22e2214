//! `factlint check` as a CI gate (draft mode, baseline, fail policy, output
//! formats, `--output`) and `factlint baseline`.

use super::{with_analysis, Format, Input, Outcome};
use crate::baseline::{self, Baseline};
use crate::gate::{self, FailOn, Policy};
use crate::report::{self, human::Style, Summary};
use crate::rules::{self, RuleSet};
use std::path::{Path, PathBuf};

/// Gate options of `check`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct GateArgs {
    /// A draft to check against the sources: only findings involving it are
    /// reported, with its claim as the primary span (repeatable).
    #[arg(long, value_name = "FILE")]
    pub draft: Vec<PathBuf>,
    /// Baseline file of reviewed findings [default: factlint.baseline.toml
    /// here or in the nearest folder above holding one].
    #[arg(long, value_name = "FILE", conflicts_with = "no_baseline")]
    pub baseline: Option<PathBuf>,
    /// Ignore the baseline file.
    #[arg(long)]
    pub no_baseline: bool,
    /// Findings of this severity or worse fail the gate (exit 1).
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Fail the gate when more than N findings are reported (after the baseline).
    #[arg(long, value_name = "N")]
    pub max_findings: Option<usize>,
    /// Print the wall time of each pipeline stage on stderr.
    #[arg(long)]
    pub timings: bool,
    /// Judge the claims in FILE (written by `claims --format jsonl`, one
    /// file per shard; repeatable) instead of extracting them from sources.
    #[arg(long = "claims", value_name = "FILE", conflicts_with_all = ["draft", "paths"])]
    pub claims: Vec<PathBuf>,
}

/// Options of `baseline`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct BaselineArgs {
    /// The baseline file to write (merged with its current content)
    /// [default: factlint.baseline.toml here or in the nearest folder above
    /// holding one, else here].
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Drop entries that match no current finding and carry no reason, decision or history.
    #[arg(long)]
    pub prune: bool,
}

/// The rule set `with_analysis` uses (errors are reported there).
fn load_rules(dirs: &[PathBuf]) -> RuleSet {
    let mut set = RuleSet::defaults_untested();
    for d in dirs {
        if let Ok(r) = rules::load_dir(d) {
            set.extend(r);
        }
    }
    set
}

fn fail(message: String) -> Outcome {
    Outcome {
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
        code: 2,
    }
}

/// `factlint check`.
pub(super) fn check(mut input: Input, explain: bool, args: GateArgs, style: Style) -> Outcome {
    input.explain = explain;
    // Reports other than the HTML one (which includes every article) and
    // `--explain` (every aligned pair) show only the findings' sources.
    input.release_texts = !explain && input.format != Format::Html;
    for d in &args.draft {
        if !input.paths.contains(d) {
            input.paths.push(d.clone());
        }
    }
    input.drafts.clone_from(&args.draft);
    let located = baseline::locate(args.baseline.as_deref());
    // Fingerprints name paths from the baseline's folder, so they match
    // whatever the current folder and however a path was spelled.
    input.key_root = Some(baseline::root_of(&located));
    let baseline = if args.no_baseline {
        None
    } else {
        let path = located;
        match Baseline::read(&path) {
            Ok(Some(b)) => Some(b),
            Ok(None) if args.baseline.is_some() => {
                return fail(format!("{}: baseline file not found", path.display()))
            }
            Ok(None) => None,
            Err(e) => return fail(e.to_string()),
        }
    };
    let rules = load_rules(&input.rules);
    let today = jiff::Zoned::now().date();
    let policy = Policy {
        fail_on: args.fail_on,
        max_findings: args.max_findings,
    };
    let timings = args.timings;
    let quiet = input.quiet;
    let claims = args.claims.clone();
    let mut format = input.format;
    if !claims.is_empty() && format == Format::Human && !super::exchange::texts_on_disk(&claims) {
        // Snippets need the articles' texts.
        format = Format::Short;
    }
    if !claims.is_empty() && input.paths.is_empty() {
        // The sources are named in the claims files.
        input.paths.clone_from(&claims);
    }
    let body = |a: &mut crate::pipeline::Analysis, out: &mut Outcome| {
        if timings {
            for (stage, t) in &a.timings {
                out.stderr.push_str(&format!(
                    "timing: {stage:<13} {:>9.3} ms\n",
                    t.as_secs_f64() * 1000.0
                ));
            }
        }
        let drafts = if args.draft.is_empty() {
            None
        } else {
            let ids = gate::draft_sources(a, &args.draft);
            if ids.len() < args.draft.len() {
                out.stderr
                    .push_str("error: a --draft file was not read as a source\n");
                return 2;
            }
            // A draft checked against nothing would pass unchecked.
            if a.sources.len() <= ids.len() {
                out.stderr.push_str(
                    "error: --draft: no reference sources to check the draft against (name them after the draft)\n",
                );
                return 2;
            }
            Some(ids)
        };
        // Fewer than two sources: nothing is compared, but a report is
        // still written (a valid, empty document for machine formats).
        if a.sources.len() < 2 {
            let n = a.sources.len();
            out.stderr.push_str(&format!(
                "note: {n} source{} read: nothing to compare\n",
                if n == 1 { "" } else { "s" }
            ));
        }
        let g = gate::apply(a, &rules, drafts.as_deref(), baseline.as_ref(), today);
        let v = &*a;
        let mut notes = Vec::new();
        notes.extend(g.reference_line());
        if let Some(b) = &baseline {
            if !g.suppressed.is_empty() {
                let n = g.suppressed.len();
                notes.push(format!(
                    "{n} finding{} suppressed by the baseline {}",
                    if n == 1 { "" } else { "s" },
                    b.path
                ));
            }
            for e in &g.stale {
                notes.push(format!(
                    "{}: stale baseline entry {} ({}) matches no finding: {}",
                    b.path, e.fingerprint, e.rule, e.summary
                ));
            }
            for e in &g.expired {
                notes.push(format!(
                    "{}: baseline entry {} ({}) expired on {}: reported again",
                    b.path,
                    e.fingerprint,
                    e.rule,
                    e.expires.map(|d| d.to_string()).unwrap_or_default()
                ));
            }
        }
        out.print(match format {
            Format::Human => {
                let text = report::human::render(v, explain, style);
                if quiet {
                    without_summary(text)
                } else {
                    text
                }
            }
            Format::Json => report::json::render_checked(v, explain, &g.corrections),
            Format::Short => report::short::render(v),
            Format::Sarif => report::sarif::render(v, &rules),
            Format::Github => report::github::render(v, if quiet { &[] } else { &notes }),
            Format::Rdjsonl => report::rdjsonl::render(v),
            Format::Html => report::html::render(v, &g.corrections),
            // Refused before the run (`reject_jsonl`).
            Format::Jsonl => String::new(),
        });
        if format != Format::Github {
            for n in &notes {
                out.stderr.push_str(&format!("note: {n}\n"));
            }
        }
        if format != Format::Human && !quiet {
            out.stderr.push_str(&format!("{}\n", Summary::of(v).line()));
        }
        // Corrected findings produced again are notes that never fail.
        let counted: Vec<crate::findings::Finding> = v
            .findings
            .iter()
            .filter(|f| !g.is_corrected(f))
            .cloned()
            .collect();
        if let Some(max) = policy.max_findings.filter(|&m| counted.len() > m) {
            out.stderr.push_str(&format!(
                "error: {} findings reported, more than --max-findings {max}\n",
                counted.len()
            ));
        }
        i32::from(policy.fails(&counted))
    };
    if claims.is_empty() {
        with_analysis(&input, style, body)
    } else {
        super::exchange::with_claims(&input, &claims, style, body)
    }
}

/// The human report without its last line, the summary (`--quiet`).
fn without_summary(mut text: String) -> String {
    let body = text.trim_end_matches('\n').len();
    text.truncate(text[..body].rfind('\n').map_or(0, |i| i + 1));
    text
}

/// `factlint baseline`: writes or merges the baseline file.
pub(super) fn baseline(mut input: Input, args: BaselineArgs, style: Style) -> Outcome {
    let path = input
        .output
        .clone()
        .unwrap_or_else(|| baseline::locate(args.baseline.as_deref()));
    input.key_root = Some(baseline::root_of(&path));
    // A broken baseline is reported before the analysis, not after it.
    if let Err(e) = Baseline::read(&path) {
        return fail(e.to_string());
    }
    with_analysis(&input, style, |a, out| {
        // Merged into the file as it is after the analysis, under its lock:
        // a decision recorded meanwhile (`factlint review`) is kept.
        let merged = baseline::update(&path, input.follow, |current| {
            let counts = current.merge(&a.findings, args.prune);
            (counts, current.entries.len())
        });
        match merged {
            Ok(((added, stale, pruned), entries)) => {
                out.stderr.push_str(&format!(
                    "wrote {}: {entries} entries ({added} new, {stale} matching no finding, {pruned} pruned)\n",
                    path.display(),
                ));
                0
            }
            Err(e) => {
                out.stderr.push_str(&format!("error: {e}\n"));
                2
            }
        }
    })
}

/// Where `--output` sends the report (`baseline` uses it as its file instead).
pub(super) fn output_of(command: &super::Command) -> Option<PathBuf> {
    match command {
        super::Command::Check { input, .. }
        | super::Command::Sources { input }
        | super::Command::Claims { input } => input.output.clone(),
        _ => None,
    }
}

/// Writes standard output to `--output` atomically (not after an error).
pub(super) fn finish(mut out: Outcome, output: Option<&Path>, follow: bool) -> Outcome {
    let Some(path) = output else {
        return out;
    };
    if out.code == 2 || path.as_os_str() == "-" {
        // `-o -`: standard output.
        return out;
    }
    match gate::write_atomic_to(path, out.stdout.as_bytes(), follow) {
        Ok(()) => out.stdout.clear(),
        Err(e) => {
            // Asked for a file: a report that could not go there is not
            // printed instead (a CI step reading stdout would take it for
            // another output).
            out.stdout.clear();
            out.stderr
                .push_str(&format!("error: cannot write {}: {e}\n", path.display()));
            out.code = 2;
        }
    }
    out
}
