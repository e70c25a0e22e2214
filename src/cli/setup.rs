//! What every source-reading command needs before the pipeline: the
//! configuration file, rules, lexicon, thresholds and source paths.

use super::{rules_cmd, Input, Outcome};
use crate::config::Config;
use crate::lexicon::Lexicon;
use crate::pipeline::Options;
use crate::report::{self, human::Style};
use crate::rules::RuleSet;
use std::path::{Path, PathBuf};

/// Everything resolved.
pub struct Setup {
    /// The configuration file (or defaults).
    pub config: Config,
    /// Rules after the configuration's overrides.
    pub rules: RuleSet,
    /// The lexicon.
    pub lexicon: Lexicon,
    /// Thresholds.
    pub options: Options,
    /// Source paths: the command line's, else the configuration's.
    pub paths: Vec<PathBuf>,
    /// How paths are read: links, size limit.
    pub read: crate::source::ReadOptions,
}

/// Resolves the setup; problems are rendered into `out` with code 2.
pub fn setup(input: &Input, style: Style, out: &mut Outcome) -> Option<Setup> {
    let fail = |e: crate::rules::RuleError, out: &mut Outcome| {
        out.stderr
            .push_str(&report::human::render_rule_error(&e, style));
        out.code = 2;
    };
    let mut config = match Config::load(input.config.as_deref()) {
        Ok(c) => c,
        Err(e) => {
            fail(e, out);
            return None;
        }
    };
    // Flags on the command line override the file.
    let disable = [&input.disable[..], &input.ignore[..]].concat();
    if !input.select.is_empty() {
        config.file.select.clone_from(&input.select);
    }
    if let Err(e) = config
        .file
        .apply_flags(&input.severity, &disable, &input.threshold)
    {
        out.stderr.push_str(&format!("error: {e}\n"));
        out.code = 2;
        return None;
    }
    if let Some(mode) = input.story.as_deref() {
        config.file.story = crate::align::StoryMode::parse(mode);
    }
    let env = rules_cmd::load_env(&config.rule_dirs(&input.rules), false, style, out)?;
    let mut rules = env.rules;
    if let Some(e) = unknown_flag_rule(input, &rules) {
        fail(e, out);
        return None;
    }
    if let Err(e) = config.apply_rules(&mut rules) {
        fail(e, out);
        return None;
    }
    let paths = config.source_paths(&input.paths);
    if paths.is_empty() {
        out.stderr
            .push_str("error: no sources: give files or folders, or `sources` in factlint.toml\n");
        out.code = 2;
        return None;
    }
    let exclude = match exclusions(&config, &input.exclude) {
        Ok(e) => e,
        Err(e) => {
            out.stderr.push_str(&format!("error: {e}\n"));
            out.code = 2;
            return None;
        }
    };
    let read = crate::source::ReadOptions {
        respect_gitignore: !input.no_respect_gitignore
            && config.file.respect_gitignore.unwrap_or(true),
        exclude,
        follow: input.follow || config.file.follow.unwrap_or(false),
        max_filesize: input
            .max_filesize
            .or(config.file.max_filesize)
            .unwrap_or(crate::source::DEFAULT_MAX_FILESIZE),
        stdin_name: input.stdin_filename.clone(),
        verbose: input.verbose,
    };
    Some(Setup {
        options: Options {
            explain: input.explain,
            release_texts: input.release_texts,
            drafts: input.drafts.clone(),
            ..config.options()
        },
        config,
        rules,
        lexicon: env.lexicon,
        paths,
        read,
    })
}

/// Arguments of `factlint config`.
#[derive(Debug, clap::Args)]
pub struct ConfigArgs {
    /// Files and folders to read (override `sources`).
    pub paths: Vec<PathBuf>,
    /// Extra rule folders (added to `rules`).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// The configuration file (default: `factlint.toml` here or above).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `factlint config`: the resolved configuration and where each value came from.
pub fn run_config(args: ConfigArgs, style: Style) -> Outcome {
    let mut out = Outcome::default();
    match Config::load(args.config.as_deref()) {
        Ok(c) => {
            let mut rules = RuleSet::defaults();
            if let Some(env) =
                rules_cmd::load_env(&c.rule_dirs(&args.rules), false, style, &mut out)
            {
                rules = env.rules;
            }
            if let Err(e) = c.apply_rules(&mut rules) {
                out.stderr
                    .push_str(&report::human::render_rule_error(&e, style));
                out.code = 2;
            }
            out.stdout.push_str(&c.describe(&args.paths, &args.rules));
            out.stdout.push_str("\nrules (after overrides):\n");
            out.stdout.push_str(&crate::rules::doc::list(&rules));
        }
        Err(e) => {
            out.stderr
                .push_str(&report::human::render_rule_error(&e, style));
            out.code = 2;
        }
    }
    out
}

/// The exclude patterns: factlint.toml's, relative to its folder, and the
/// command line's, relative to the current folder.
fn exclusions(
    config: &crate::config::Config,
    flags: &[String],
) -> Result<Vec<ignore::gitignore::Gitignore>, String> {
    let mut out = Vec::new();
    if !config.file.exclude.is_empty() {
        let base = config.base();
        let base = if base.as_os_str().is_empty() {
            PathBuf::from(".")
        } else {
            base
        };
        let shown = config
            .path
            .as_deref()
            .map_or_else(String::new, |p| format!("{}: ", p.display()));
        out.push(
            crate::source::exclude_patterns(&base, &config.file.exclude)
                .map_err(|e| format!("{shown}exclude {e}"))?,
        );
    }
    if !flags.is_empty() {
        out.push(
            crate::source::exclude_patterns(Path::new("."), flags)
                .map_err(|e| format!("--exclude {e}"))?,
        );
    }
    Ok(out)
}

/// The first rule named by a flag (`--select`, `--ignore`, `--disable`,
/// `--severity RULE=LEVEL`) that no rule file defines, as an error naming
/// the flag: `--disable: no rule `event-dat``, did you mean `event-date`?
fn unknown_flag_rule(input: &Input, rules: &RuleSet) -> Option<crate::rules::RuleError> {
    let severity = input
        .severity
        .iter()
        .map(|s| s.split_once('=').map_or(s.as_str(), |(id, _)| id.trim()));
    let mut named = (input.select.iter().map(|id| ("--select", id.as_str())))
        .chain(input.ignore.iter().map(|id| ("--ignore", id.as_str())))
        .chain(input.disable.iter().map(|id| ("--disable", id.as_str())))
        .chain(severity.map(|id| ("--severity", id)));
    let (flag, id) = named.find(|(_, id)| rules.get(id).is_none())?;
    Some(crate::rules::RuleError {
        path: flag.to_string(),
        text: String::new(),
        message: format!("no rule `{id}`"),
        span: None,
        help: crate::rules::doc::did_you_mean(rules, id).map(|s| format!("did you mean `{s}`?")),
    })
}
