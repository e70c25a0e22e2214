//! The command line: argument definitions and commands. Commands return
//! their output and exit code; only the binary prints.

use crate::pipeline::{self, Analysis};
use crate::report::{self, human::Style};
use crate::source::{self, IssueLevel, LoadIssue};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod check;
mod exchange;
mod large_input;
mod progress;
mod review;
mod rules_cmd;
mod setup;
pub use check::{BaselineArgs, GateArgs};
pub use large_input::LARGE_INPUT_BYTES;

/// factlint: checks whether several sources tell the same story.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about)]
pub struct Cli {
    /// The command.
    #[command(subcommand)]
    pub command: Command,
    /// When to color the human report: `auto` (a terminal, unless
    /// `NO_COLOR` is set; `CLICOLOR_FORCE` or `FORCE_COLOR` force it),
    /// `always` or `never`.
    #[arg(long, global = true, value_enum, value_name = "WHEN", default_value_t = ColorWhen::Auto)]
    pub color: ColorWhen,
}

/// `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, following NO_COLOR, CLICOLOR_FORCE and FORCE_COLOR.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

impl ColorWhen {
    /// Whether to color: `tty` is standard output being a terminal, `env`
    /// reads an environment variable. `NO_COLOR` (set, not empty) wins over
    /// `CLICOLOR_FORCE` and `FORCE_COLOR` (set, not empty, not `0`), which
    /// color output that is not a terminal; the flag wins over all.
    pub fn resolve(self, tty: bool, env: impl Fn(&str) -> Option<String>) -> bool {
        let set = |k: &str| env(k).is_some_and(|v| !v.is_empty());
        let forced = |k: &str| env(k).is_some_and(|v| !v.is_empty() && v != "0" && v != "false");
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto if set("NO_COLOR") => false,
            ColorWhen::Auto if forced("CLICOLOR_FORCE") || forced("FORCE_COLOR") => true,
            ColorWhen::Auto => tty,
        }
    }
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette diagnostics for people.
    Human,
    /// The version-1 JSON schema.
    Json,
    /// `path:line:col: severity[rule] message`, one finding per line.
    Short,
    /// SARIF 2.1.0 (GitHub code scanning).
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// reviewdog diagnostics, one JSON object per line.
    Rdjsonl,
    /// One self-contained HTML page (inline CSS): cards grouped by story.
    Html,
    /// `claims` only: one JSON object per source and per claim, with its
    /// blocking keys (input of `check --claims`).
    Jsonl,
}

/// Options shared by the commands that read sources.
#[derive(Debug, clap::Args)]
pub struct Input {
    /// Files and folders to read (folders recursively; .txt and .md), `-`
    /// for standard input; default: `sources` in factlint.toml.
    pub paths: Vec<PathBuf>,
    /// The configuration file (default: `factlint.toml` here or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Extra rule folders (TOML rule files; `lexicon*.toml` files extend the lexicon).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the report to FILE (atomically) instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Override a rule's severity (repeatable; overrides factlint.toml).
    #[arg(long = "severity", value_name = "RULE=LEVEL")]
    pub severity: Vec<String>,
    /// Do not run a rule (repeatable; added to factlint.toml's `disable`).
    #[arg(long = "disable", value_name = "RULE")]
    pub disable: Vec<String>,
    /// Run only these rules (comma-separated, repeatable; replaces
    /// factlint.toml's `select`).
    #[arg(long = "select", value_name = "RULE,...", value_delimiter = ',')]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated, repeatable; as `--disable`).
    #[arg(long = "ignore", value_name = "RULE,...", value_delimiter = ',')]
    pub ignore: Vec<String>,
    /// Override a threshold: quote-similarity, context-similarity, keyed-context-similarity,
    /// outcome-context-similarity, scoped-context-similarity, same-event-days, story-window-days or numeric-tolerance (repeatable).
    #[arg(long = "threshold", value_name = "KEY=VALUE")]
    pub threshold: Vec<String>,
    /// Print only findings and errors: no notes, warnings, summary line or
    /// progress bar.
    #[arg(long, short = 'q', conflicts_with = "verbose")]
    pub quiet: bool,
    /// Also print on stderr each source read and each file skipped (hidden
    /// files and files without an extension inside folders too).
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// How sources form stories: `auto` (from what they report), `one`
    /// (everything given is one story) or `folder` (each folder is one);
    /// overrides `story` in factlint.toml.
    #[arg(long, value_name = "MODE", value_parser = ["auto", "one", "folder"])]
    pub story: Option<String>,
    /// Follow symbolic links inside folders (links named here are always
    /// followed); default: `follow` in factlint.toml, else no.
    #[arg(long)]
    pub follow: bool,
    /// Leave out files and folders inside the folders given that match
    /// this pattern (gitignore syntax, relative to the current folder:
    /// `drafts/`, `*.bak`, `/archive`); repeatable, added to `exclude` in
    /// factlint.toml. Paths named here are read.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Read files that `.gitignore` (inside a git work tree) and `.ignore`
    /// files leave out; default: `respect-gitignore` in factlint.toml,
    /// else they are skipped.
    #[arg(long)]
    pub no_respect_gitignore: bool,
    /// Skip inputs larger than this many bytes, and stop reading a stream
    /// there; default: `max-filesize` in factlint.toml, else 16 MB.
    #[arg(long, value_name = "BYTES")]
    pub max_filesize: Option<u64>,
    /// The name of the text read from standard input (the path `-`) in
    /// reports, and the path its fingerprints, extension (`.md`: Markdown)
    /// and baseline entries go by (default `<stdin>`).
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Whether standard error is a terminal the progress bar may be drawn on
    /// (set by the binary through [`run_with_progress`]).
    #[arg(skip)]
    pub progress: bool,
    /// The folder fingerprints name paths from: the baseline's (set by
    /// `check`, `baseline` and `review`; default: that of the baseline
    /// found from the current folder).
    #[arg(skip)]
    pub key_root: Option<PathBuf>,
    /// Keep every judged pair for `--explain` (set by `check`, not an option).
    #[arg(skip)]
    pub explain: bool,
    /// Drop texts after extraction and read back those the report shows
    /// (set by `check`, not an option).
    #[arg(skip)]
    pub release_texts: bool,
    /// Drafts among the paths (set by `check --draft`, not an option).
    #[arg(skip)]
    pub drafts: Vec<PathBuf>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Lint sources for contradictions between them.
    Check {
        /// Sources and options.
        #[command(flatten)]
        input: Input,
        /// Also list the aligned claims judged consistent, and why.
        #[arg(long)]
        explain: bool,
        /// Draft mode, baseline and fail policy.
        #[command(flatten)]
        gate: GateArgs,
    },
    /// Write (or merge into) the baseline of reviewed findings, factlint.baseline.toml.
    Baseline {
        /// Sources and options.
        #[command(flatten)]
        input: Input,
        /// Baseline options.
        #[command(flatten)]
        args: BaselineArgs,
    },
    /// Serve a local web page to review findings and record decisions in the baseline.
    Review {
        /// Sources and options.
        #[command(flatten)]
        input: Input,
        /// Server options.
        #[command(flatten)]
        args: crate::review::ReviewArgs,
    },
    /// Show what was inferred about each source (date, outlet, title) and from where.
    Sources {
        /// Sources and options.
        #[command(flatten)]
        input: Input,
    },
    /// Show the claims each source makes.
    Claims {
        /// Sources and options.
        #[command(flatten)]
        input: Input,
    },
    /// List the rules, show one rule's documentation, or run the rules' tests.
    Rules(rules_cmd::RulesArgs),
    /// Print the resolved configuration and where each value came from.
    Config(setup::ConfigArgs),
    /// Print a shell completion script (`factlint completions bash >
    /// ~/.local/share/bash-completion/completions/factlint`).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
}

/// What a command produced.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// For standard output.
    pub stdout: String,
    /// For standard error.
    pub stderr: String,
    /// Exit code: 0 pass, 1 gate failed (findings), 2 usage, config or input error.
    pub code: i32,
}

impl Outcome {
    /// Appends `text` to standard output; moved, not copied, when it is
    /// the whole output (a large run's report or claims are megabytes,
    /// held twice at the end of the run if copied).
    fn print(&mut self, text: String) {
        if self.stdout.is_empty() {
            self.stdout = text;
        } else {
            self.stdout.push_str(&text);
        }
    }
}

/// Runs a parsed command line (without a progress bar).
pub fn run(cli: Cli, style: Style) -> Outcome {
    run_with_progress(cli, style, false)
}

/// Runs a parsed command line; `progress`: standard error is a terminal, so
/// long runs may draw a progress bar there (unless `--quiet`).
pub fn run_with_progress(mut cli: Cli, style: Style, progress: bool) -> Outcome {
    match &mut cli.command {
        Command::Check { input, .. }
        | Command::Baseline { input, .. }
        | Command::Review { input, .. }
        | Command::Sources { input }
        | Command::Claims { input } => input.progress = progress && !input.quiet,
        Command::Rules(_) | Command::Config(_) | Command::Completions { .. } => {}
    }
    let quiet = match &cli.command {
        Command::Check { input, .. }
        | Command::Baseline { input, .. }
        | Command::Review { input, .. }
        | Command::Sources { input }
        | Command::Claims { input } => input.quiet,
        _ => false,
    };
    if let Some(out) = exchange::reject_format(&cli.command) {
        return out;
    }
    let output = check::output_of(&cli.command);
    let follow = match &cli.command {
        Command::Check { input, .. } | Command::Sources { input } | Command::Claims { input } => {
            input.follow
        }
        _ => false,
    };
    let out = match cli.command {
        Command::Check {
            input,
            explain,
            gate,
        } => check::check(input, explain, gate, style),
        Command::Baseline { input, args } => check::baseline(input, args, style),
        Command::Review { input, args } => review::review(input, args, style),
        Command::Sources { input } => with_analysis(&input, style, |a, out| {
            out.print(match input.format {
                Format::Json => report::json::render_sources(&strip(a)),
                _ => render_sources(a),
            });
            0
        }),
        Command::Claims { input } => with_analysis(&input, style, |a, out| {
            out.print(match input.format {
                Format::Json => report::json::render_claims(a),
                Format::Jsonl => crate::exchange::write(a),
                _ => render_claims(a),
            });
            0
        }),
        Command::Rules(args) => rules_cmd::run(args, style),
        Command::Config(args) => setup::run_config(args, style),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            let mut command = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut command, "factlint", &mut script);
            Outcome {
                stdout: String::from_utf8_lossy(&script).into_owned(),
                ..Outcome::default()
            }
        }
    };
    let mut out = check::finish(out, output.as_deref(), follow);
    if quiet {
        out.stderr = quiet_stderr(&out.stderr);
    }
    out
}

/// `--quiet`: standard error without its notes and warnings (errors stay).
fn quiet_stderr(stderr: &str) -> String {
    stderr
        .split_inclusive('\n')
        .filter(|l| !l.starts_with("note: ") && !l.starts_with("warning: "))
        .collect()
}

fn strip(a: &Analysis) -> Analysis {
    Analysis {
        sources: a.sources.clone(),
        stories: a.stories.clone(),
        ..Analysis::default()
    }
}

/// Loads rules and lexicons, reads sources, runs the pipeline and hands the
/// analysis to `f`; input problems go to stderr and make the code 2.
fn with_analysis(
    input: &Input,
    style: Style,
    f: impl FnOnce(&mut Analysis, &mut Outcome) -> i32,
) -> Outcome {
    let mut out = Outcome::default();
    // Nothing joins it: a step that needs a table before this thread
    // built it builds it (or waits while this thread is building it).
    std::thread::spawn(pipeline::warm_up);
    let Some(mut setup) = setup::setup(input, style, &mut out) else {
        return out;
    };
    let bar = input.progress.then(progress::Bar::start);
    setup.options.progress = bar.as_ref().map(progress::Bar::callback);
    let mut loaded = source::load_paths_opts(
        &setup.paths,
        &setup.lexicon,
        setup.options.progress.as_ref(),
        &setup.read,
    );
    setup.config.apply_sources(&mut loaded.sources);
    source::set_keys(&mut loaded.sources, &key_root(input));
    if input.verbose {
        for s in &loaded.sources {
            out.stderr
                .push_str(&format!("read: {} ({} bytes)\n", s.path, s.text.len()));
        }
    }
    let input_error = report_issues(&loaded.issues, &mut out);
    let mut analysis =
        pipeline::analyze(loaded.sources, &setup.lexicon, &setup.rules, &setup.options);
    if let Some(b) = &bar {
        b.finish();
    }
    let input_error = report_issues(&analysis.issues, &mut out) || input_error;
    // No command reads the aligned pairs once the rules have judged them
    // (the judged ones it shows are in `checked`): freed before the report
    // is written, they no longer add to the end of a large run's peak.
    drop(std::mem::take(&mut analysis.pairs));
    if setup.options.release_texts {
        // The report shows the sources of the findings: their texts are
        // read back (and checked to be the ones analysed).
        let mut ids: Vec<usize> = analysis
            .findings
            .iter()
            .flat_map(|f| f.claims.iter().map(|&c| analysis.claims[c].source))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let errors = source::restore_texts(&mut analysis.sources, ids);
        if !errors.is_empty() {
            for e in errors {
                out.stderr.push_str(&format!("error: {e}\n"));
            }
            out.code = 2;
            return out;
        }
    }
    for note in crate::suppress::apply(&mut analysis) {
        out.stderr.push_str(&note);
        out.stderr.push('\n');
    }
    let code = f(&mut analysis, &mut out);
    // Freeing a large run's claims one by one takes a while (20 ms for
    // 10,000 articles) and nothing waits for it: a thread frees them while
    // the output is written (and the process may end before it is done).
    std::thread::spawn(move || drop(analysis));
    // A broken input must not hide behind the gate's verdict: an input
    // error exits 2 even when findings failed the gate too.
    out.code = if input_error { 2 } else { code };
    out
}

/// The folder fingerprints name paths from (see [`Input::key_root`]).
fn key_root(input: &Input) -> PathBuf {
    input
        .key_root
        .clone()
        .unwrap_or_else(|| crate::baseline::root_of(&crate::baseline::locate(None)))
}

fn lexicon_files(dir: &std::path::Path) -> Vec<(String, String)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .into_iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "toml")
                && p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("lexicon"))
        })
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(&p).ok()?)))
        .collect()
}

fn report_issues(issues: &[LoadIssue], out: &mut Outcome) -> bool {
    let mut error = false;
    for i in issues {
        let level = match i.level {
            IssueLevel::Note => "note",
            IssueLevel::Warning => "warning",
            IssueLevel::Error => {
                error = true;
                "error"
            }
        };
        out.stderr
            .push_str(&format!("{level}: {}: {}\n", i.path, i.message));
    }
    error
}

fn render_sources(a: &Analysis) -> String {
    let settings = crate::align::stories::StorySettings::default();
    let mut out = String::new();
    for s in &a.sources {
        let m = &s.meta;
        out.push_str(&format!("{}\n", s.path));
        let date = m
            .published
            .map_or_else(|| "unknown".to_string(), |d| d.to_string());
        let evidence = m
            .published_evidence
            .as_deref()
            .map(|e| format!(": {e}"))
            .unwrap_or_default();
        out.push_str(&format!(
            "  published  {date} (from {}{evidence})\n",
            m.published_from.as_str()
        ));
        out.push_str(&format!(
            "  outlet     {} (from {})\n",
            m.outlet.as_deref().unwrap_or("unknown"),
            m.outlet_from.as_str()
        ));
        out.push_str(&format!(
            "  title      {} (from {})\n",
            m.title.as_deref().unwrap_or("unknown"),
            m.title_from.as_str()
        ));
        if let Some(u) = &m.url {
            out.push_str(&format!("  url        {u}\n"));
        }
        out.push_str(&format!(
            "  story      {}{}\n",
            a.stories.of_source.get(s.id).copied().unwrap_or(0) + 1,
            story_why(a, s, &settings)
        ));
        let origin = a.stories.origin_of(s.id);
        if origin != s.id {
            if let Some(o) = a.sources.get(origin) {
                out.push_str(&format!("  copy of    {} (the same text)\n", o.path));
            }
        }
    }
    out
}

/// Why a source is in its story, for `factlint sources`.
fn story_why(
    a: &Analysis,
    s: &crate::source::Source,
    settings: &crate::align::stories::StorySettings,
) -> String {
    let mode = a.stories.mode;
    if mode != crate::align::StoryMode::Auto {
        return format!(" (--story {})", mode.as_str());
    }
    let Some(ev) = a.stories.evidence.get(s.id).copied().flatten() else {
        return " (alone: no other source reports the same event)".into();
    };
    let Some(p) = a.sources.get(ev.partner) else {
        return String::new();
    };
    let shared = crate::align::stories::shared_terms(s, p, settings, 6);
    let terms = if shared.is_empty() {
        String::new()
    } else {
        format!(", sharing {}", shared.join(", "))
    };
    format!(
        " (most like {}: similarity {:.2}{terms})",
        p.path, ev.similarity
    )
}

fn render_claims(a: &Analysis) -> String {
    let mut out = String::new();
    let lines = crate::source::Lines::new(&a.sources);
    for s in &a.sources {
        // The path names the source here; the outlet when one is known.
        match &s.meta.outlet {
            Some(o) => out.push_str(&format!("{} ({o})\n", s.path)),
            None => out.push_str(&format!("{}\n", s.path)),
        }
        for c in a.claims.iter().filter(|c| c.source == s.id) {
            let (l, col) = lines.line_col(s.id, c.span.start);
            let text: String = s.text[c.span.clone()].chars().take(50).collect();
            out.push_str(&format!(
                "  {l}:{col} {:<8} {:<40} {}  [{}]\n",
                c.kind.as_str(),
                format!("\"{text}\""),
                c.value.display(),
                c.subject.key
            ));
        }
    }
    out
}
