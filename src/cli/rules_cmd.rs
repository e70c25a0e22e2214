//! `factlint rules`: list the rules, show one, or run their tests.

use super::Outcome;
use crate::lexicon::Lexicon;
use crate::pipeline::Options;
use crate::report::{self, human::Style};
use crate::rules::{self, doc, Rule, RuleSet};
use clap::Subcommand;
use std::path::PathBuf;

/// Arguments of `factlint rules`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct RulesArgs {
    /// What to do instead of listing.
    #[command(subcommand)]
    pub action: Option<RulesAction>,
    /// Show the full documentation of this rule.
    pub id: Option<String>,
    /// Extra rule folders (as for `check`).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
}

/// Subcommands of `factlint rules`.
#[derive(Debug, Subcommand)]
pub enum RulesAction {
    /// Run the `[[test]]` cases of the default rules, or of the rule files in DIR.
    Test {
        /// Rule folders whose rules are tested (their lexicons apply).
        dirs: Vec<PathBuf>,
    },
}

/// Rules and lexicon: the defaults extended by rule folders.
pub struct Env {
    /// Every rule.
    pub rules: RuleSet,
    /// The rules read from the folders.
    pub user: Vec<Rule>,
    /// The lexicon.
    pub lexicon: Lexicon,
}

/// Loads the defaults and the folders; errors are rendered into `out` (code 2).
/// The default rules keep their test cases only with `tests`.
pub fn load_env(dirs: &[PathBuf], tests: bool, style: Style, out: &mut Outcome) -> Option<Env> {
    let mut lexicon = Lexicon::defaults();
    let mut set = if tests {
        RuleSet::defaults()
    } else {
        RuleSet::defaults_untested()
    };
    let mut ok = true;
    let mut user = Vec::new();
    match rules::load_dirs(dirs) {
        Ok(r) => {
            user = r.clone();
            set.extend(r);
        }
        Err(errors) => {
            ok = false;
            for e in errors {
                out.stderr
                    .push_str(&report::human::render_rule_error(&e, style));
            }
        }
    }
    for dir in dirs {
        for (path, text) in super::lexicon_files(dir) {
            match Lexicon::parse(&text, &path) {
                Ok(l) => lexicon.merge(l),
                Err(e) => {
                    ok = false;
                    let as_rule = rules::RuleError {
                        path: e.path,
                        text,
                        message: e.message,
                        span: e.span,
                        help: None,
                    };
                    out.stderr
                        .push_str(&report::human::render_rule_error(&as_rule, style));
                }
            }
        }
    }
    if ok {
        Some(Env {
            rules: set,
            user,
            lexicon,
        })
    } else {
        out.code = 2;
        None
    }
}

/// Runs `factlint rules`.
pub fn run(args: RulesArgs, style: Style) -> Outcome {
    let mut out = Outcome::default();
    match args.action {
        Some(RulesAction::Test { dirs }) => {
            let mut all = args.rules.clone();
            all.extend(dirs.iter().cloned());
            let Some(env) = load_env(&all, true, style, &mut out) else {
                return out;
            };
            let under: Vec<&Rule> = if dirs.is_empty() {
                env.rules
                    .rules
                    .iter()
                    .filter(|r| rules::DEFAULT_RULES.iter().any(|(p, _)| *p == r.origin))
                    .collect()
            } else {
                env.rules
                    .rules
                    .iter()
                    .filter(|r| env.user.iter().any(|d| d.id == r.id))
                    .collect()
            };
            let untested: Vec<&str> = under
                .iter()
                .filter(|r| r.tests.is_empty())
                .map(|r| r.id.as_str())
                .collect();
            let results = rules::tests::run(&under, &env.rules, &env.lexicon, &Options::default());
            out.stdout
                .push_str(&rules::tests::render(&results, &untested));
            out.code = i32::from(rules::tests::any_failed(&results));
        }
        None => {
            // The configuration's folders, disable and severity apply to the listing.
            let config = match crate::config::Config::load(None) {
                Ok(c) => c,
                Err(e) => {
                    out.stderr
                        .push_str(&report::human::render_rule_error(&e, style));
                    out.code = 2;
                    return out;
                }
            };
            let Some(mut env) = load_env(&config.rule_dirs(&args.rules), true, style, &mut out)
            else {
                return out;
            };
            if let Err(e) = config.apply_rules(&mut env.rules) {
                out.stderr
                    .push_str(&report::human::render_rule_error(&e, style));
                out.code = 2;
                return out;
            }
            match &args.id {
                None => out.stdout.push_str(&doc::list(&env.rules)),
                Some(id) => match env.rules.get(id) {
                    Some(r) => out.stdout.push_str(&doc::page(r)),
                    None => {
                        let hint = doc::did_you_mean(&env.rules, id)
                            .map(|s| format!("\n  help: did you mean `{s}`?"))
                            .unwrap_or_default();
                        out.stderr.push_str(&format!(
                            "error: no rule `{id}`{hint}\n  (`factlint rules` lists them)\n"
                        ));
                        out.code = 2;
                    }
                },
            }
        }
    }
    out
}
