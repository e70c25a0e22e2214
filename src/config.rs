//! The configuration file `factlint.toml`: found by walking up from the
//! current folder (or given with `--config FILE`). Paths in it are relative
//! to its folder. Flags on the command line override it.

use crate::align::{AlignConfig, StoryConfig};
use crate::pipeline::Options;
use crate::rules::{RuleError, RuleSet, Severity};
use crate::source::{Provenance, Source};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod describe;
mod ranges;

/// The file name looked for.
pub const FILE_NAME: &str = "factlint.toml";

/// `factlint.toml`, as written.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigFile {
    /// Source files, folders and globs (`articles/**/*.md`).
    #[serde(default)]
    pub sources: Vec<String>,
    /// Extra rule folders.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Rule ids not to run.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Rule ids not to run, as `disable` (ruff's and Vale's word).
    #[serde(default)]
    pub ignore: Vec<String>,
    /// When given, the only rule ids to run (`disable` and `ignore` still
    /// apply).
    #[serde(default)]
    pub select: Vec<String>,
    /// Per-rule severity overrides.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// Thresholds.
    #[serde(default)]
    pub thresholds: Thresholds,
    /// Per-path settings.
    #[serde(default, rename = "path")]
    pub paths: Vec<PathSettings>,
    /// The name `factlint review` signs decisions with (the form can change it).
    #[serde(default)]
    pub reviewer: Option<String>,
    /// How sources form stories: `auto` (default), `one`, `folder`.
    #[serde(default)]
    pub story: Option<crate::align::StoryMode>,
    /// Follow symbolic links inside folders (default no).
    #[serde(default)]
    pub follow: Option<bool>,
    /// Skip inputs larger than this many bytes (default 16 MB).
    #[serde(default)]
    pub max_filesize: Option<u64>,
    /// Files and folders inside the folders given left out (gitignore
    /// syntax, relative to this file's folder: `drafts/`, `*.bak`).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Skip what `.gitignore` (inside a git work tree) and `.ignore` files
    /// leave out (default yes).
    #[serde(default)]
    pub respect_gitignore: Option<bool>,
}

/// Thresholds, mapped onto [`Options`] and the rules.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Thresholds {
    /// Minimum similarity of two quotes' words (default 0.6).
    pub quote_similarity: Option<f64>,
    /// Minimum similarity of the contexts of two claims (default 0.45).
    pub context_similarity: Option<f64>,
    /// Minimum similarity of the contexts of two quantities whose keys
    /// (predicate, counted thing, scope) agree (default 0.45).
    pub keyed_context_similarity: Option<f64>,
    /// The same for predicates of one curated group: killed / died,
    /// injured / wounded (default 0).
    pub outcome_context_similarity: Option<f64>,
    /// The same for keyed figures that also name one place, period or
    /// qualifier (default 0.2).
    pub scoped_context_similarity: Option<f64>,
    /// Two event dates further apart are different events (default 7 days).
    pub same_event_days: Option<i64>,
    /// Two sources published further apart are different stories (default 3 days).
    pub story_window_days: Option<i64>,
    /// Tolerance of every `numeric-tolerance` rule (default: each rule's own).
    pub numeric_tolerance: Option<f64>,
}

/// Where a setting given by a flag (`--select`, `--severity`) comes
/// from, in error messages.
pub const COMMAND_LINE: &str = "command line";

impl ConfigFile {
    /// Applies command-line overrides: `RULE=LEVEL` severities, rules to
    /// disable, and `KEY=VALUE` thresholds (keys as in `[thresholds]`).
    pub fn apply_flags(
        &mut self,
        severity: &[String],
        disable: &[String],
        thresholds: &[String],
    ) -> Result<(), String> {
        for s in severity {
            let (rule, level) = s
                .split_once('=')
                .ok_or_else(|| format!("--severity {s}: expected RULE=LEVEL"))?;
            let level: Severity = toml::Value::String(level.trim().to_string())
                .try_into()
                .map_err(|_| format!("--severity {s}: the level is error, warning or note"))?;
            self.severity.insert(rule.trim().to_string(), level);
        }
        self.disable.extend(disable.iter().cloned());
        for t in thresholds {
            let (key, value) = t
                .split_once('=')
                .ok_or_else(|| format!("--threshold {t}: expected KEY=VALUE"))?;
            let number = |what: &str| -> Result<f64, String> {
                let n = value
                    .trim()
                    .parse::<f64>()
                    .map_err(|_| format!("--threshold {t}: {what} is a number"))?;
                if let Some(range) = ranges::of(key.trim()) {
                    ranges::check(range, n).map_err(|e| format!("--threshold {t}: {e}"))?;
                }
                Ok(n)
            };
            let th = &mut self.thresholds;
            match key.trim() {
                "quote-similarity" => th.quote_similarity = Some(number("the similarity")?),
                "context-similarity" => th.context_similarity = Some(number("the similarity")?),
                "keyed-context-similarity" => {
                    th.keyed_context_similarity = Some(number("the similarity")?)
                }
                "outcome-context-similarity" => {
                    th.outcome_context_similarity = Some(number("the similarity")?)
                }
                "scoped-context-similarity" => {
                    th.scoped_context_similarity = Some(number("the similarity")?)
                }
                "same-event-days" => th.same_event_days = Some(number("the window")? as i64),
                "story-window-days" => th.story_window_days = Some(number("the window")? as i64),
                "numeric-tolerance" => th.numeric_tolerance = Some(number("the tolerance")?),
                other => {
                    return Err(format!(
                        "--threshold {t}: unknown key `{other}` (quote-similarity, context-similarity, keyed-context-similarity, outcome-context-similarity, scoped-context-similarity, same-event-days, story-window-days, numeric-tolerance)"
                    ))
                }
            }
        }
        Ok(())
    }
}

/// Settings for the sources matching a glob.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PathSettings {
    /// The glob (`wires/tass-*.md`), relative to the configuration's folder.
    pub glob: String,
    /// Outlet of the matching sources.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Publication date of the matching sources, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
}

/// A configuration file read from disk.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// Where it was found (`None`: no file, defaults only).
    pub path: Option<PathBuf>,
    /// Its contents.
    pub file: ConfigFile,
}

/// Finds `factlint.toml` in `start` or the folders above it.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

impl Config {
    /// Reads `explicit`, or else the file found from the current folder.
    pub fn load(explicit: Option<&Path>) -> Result<Config, RuleError> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => std::env::current_dir().ok().and_then(|d| discover(&d)),
        };
        let Some(mut path) = path else {
            return Ok(Config::default());
        };
        // Shown and joined relative to the current folder when inside it.
        if let Ok(cwd) = std::env::current_dir() {
            if let Ok(rel) = path.strip_prefix(&cwd) {
                path = rel.to_path_buf();
            }
        }
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(&path).map_err(|e| RuleError {
            path: shown.clone(),
            text: String::new(),
            message: format!("cannot read the configuration: {e}"),
            span: None,
            help: None,
        })?;
        let file = Config::parse(&text, &shown)?;
        Ok(Config {
            path: Some(path),
            file,
        })
    }

    /// Parses and checks the text of a configuration file.
    pub fn parse(text: &str, shown: &str) -> Result<ConfigFile, RuleError> {
        let err = |message: String, span, help| RuleError {
            path: shown.to_string(),
            text: text.to_string(),
            message,
            span,
            help,
        };
        let file: ConfigFile = toml::from_str(text).map_err(|e| {
            let msg = e.message().to_string();
            let help = crate::rules::suggest(&msg);
            err(msg, e.span(), help)
        })?;
        if let Some((key, why)) = ranges::first_bad(&file.thresholds) {
            return Err(err(
                format!("{key} = {why}"),
                crate::rules::find_key(text, key),
                None,
            ));
        }
        for p in &file.paths {
            if let Some(d) = &p.date {
                if d.parse::<jiff::civil::Date>().is_err() {
                    let span = text.find(&format!("\"{d}\"")).map(|i| i..i + d.len() + 2);
                    return Err(err(
                        format!("`{d}` is not a date"),
                        span,
                        Some("write dates as \"YYYY-MM-DD\"".into()),
                    ));
                }
            }
        }
        Ok(file)
    }

    /// The folder paths in the file are relative to.
    pub fn base(&self) -> PathBuf {
        self.path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default()
    }

    fn shown(&self) -> String {
        self.path
            .as_ref()
            .map_or_else(|| "default".into(), |p| p.display().to_string())
    }

    /// Rule folders: the file's, then the command line's.
    pub fn rule_dirs(&self, flags: &[PathBuf]) -> Vec<PathBuf> {
        let base = self.base();
        let mut out: Vec<PathBuf> = self.file.rules.iter().map(|r| base.join(r)).collect();
        out.extend(flags.iter().cloned());
        out
    }

    /// Source paths: the command line's when given, else the file's (globs expanded).
    pub fn source_paths(&self, flags: &[PathBuf]) -> Vec<PathBuf> {
        if !flags.is_empty() {
            return flags.to_vec();
        }
        let base = self.base();
        let mut out = Vec::new();
        for s in &self.file.sources {
            if s.contains(['*', '?', '[']) {
                let root = if base.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    base.clone()
                };
                let mut found = Vec::new();
                walk(&root, &mut found);
                found.sort();
                out.extend(found.into_iter().filter_map(|f| {
                    let rel = f.strip_prefix(&root).ok()?.to_path_buf();
                    glob_match(s, &rel.to_string_lossy()).then(|| base.join(rel))
                }));
            } else {
                out.push(base.join(s));
            }
        }
        out
    }

    /// Applies `disable`, `severity` and `numeric-tolerance`; an unknown
    /// rule id is an error.
    pub fn apply_rules(&self, rules: &mut RuleSet) -> Result<(), RuleError> {
        let ids: Vec<&String> = self
            .file
            .disable
            .iter()
            .chain(&self.file.ignore)
            .chain(&self.file.select)
            .chain(self.file.severity.keys())
            .collect();
        for id in ids {
            if rules.get(id).is_none() {
                let text = self
                    .path
                    .as_ref()
                    .and_then(|p| std::fs::read_to_string(p).ok())
                    .unwrap_or_default();
                let span = text.find(id.as_str()).map(|i| i..i + id.len());
                // Not in the file: the id came from a flag.
                let (path, text) = match span {
                    Some(_) => (self.shown(), text),
                    None => (COMMAND_LINE.to_string(), String::new()),
                };
                return Err(RuleError {
                    path,
                    text,
                    message: format!("no rule `{id}`"),
                    span,
                    help: crate::rules::doc::did_you_mean(rules, id)
                        .map(|s| format!("did you mean `{s}`?")),
                });
            }
        }
        for r in &mut rules.rules {
            let f = &self.file;
            let unselected = !f.select.is_empty() && !f.select.contains(&r.id);
            if unselected || f.disable.contains(&r.id) || f.ignore.contains(&r.id) {
                r.enabled = false;
            }
            // The level asked for is the level of all the rule's findings,
            // those resting on a hedge or a guess too.
            if let Some(s) = f.severity.get(&r.id) {
                r.severity = *s;
                r.weak_severity = r.weak_severity.map(|_| *s);
            }
            if r.check == crate::rules::Check::NumericTolerance {
                if let Some(t) = self.file.thresholds.numeric_tolerance {
                    r.tolerance = Some(t);
                }
            }
        }
        Ok(())
    }

    /// The pipeline's thresholds.
    pub fn options(&self) -> Options {
        let t = &self.file.thresholds;
        let (a, s) = (AlignConfig::default(), StoryConfig::default());
        Options {
            align: AlignConfig {
                quote_similarity: t.quote_similarity.unwrap_or(a.quote_similarity),
                context_similarity: t.context_similarity.unwrap_or(a.context_similarity),
                keyed_context_similarity: t
                    .keyed_context_similarity
                    .unwrap_or(a.keyed_context_similarity),
                outcome_context_similarity: t
                    .outcome_context_similarity
                    .unwrap_or(a.outcome_context_similarity),
                scoped_context_similarity: t
                    .scoped_context_similarity
                    .unwrap_or(a.scoped_context_similarity),
                same_event_days: t.same_event_days.unwrap_or(a.same_event_days),
            },
            stories: {
                let mut s = s;
                if let Some(days) = t.story_window_days {
                    s.settings.linkage.window_days = days;
                }
                s.mode = self.file.story.unwrap_or_default();
                s
            },
            progress: None,
            explain: false,
            release_texts: false,
            drafts: Vec::new(),
        }
    }

    /// Sets outlets and dates of sources matching a `[[path]]` glob (the last match wins).
    pub fn apply_sources(&self, sources: &mut [Source]) {
        let base = self.base();
        for s in sources {
            let p = Path::new(&s.path);
            let rel = p.strip_prefix(&base).unwrap_or(p).to_string_lossy();
            let rel = rel.trim_start_matches("./");
            for ps in self
                .file
                .paths
                .iter()
                .filter(|ps| glob_match(&ps.glob, rel))
            {
                if let Some(o) = &ps.outlet {
                    s.meta.outlet = Some(o.clone());
                    s.meta.outlet_from = Provenance::Config;
                }
                if let Some(d) = ps.date.as_deref().and_then(|d| d.parse().ok()) {
                    s.meta.published = Some(d);
                    s.meta.published_from = Provenance::Config;
                    s.meta.published_evidence = Some(format!("[[path]] glob = \"{}\"", ps.glob));
                }
            }
        }
    }
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else {
            out.push(p);
        }
    }
}

/// Matches a glob: `*` (within a path component), `**` (any components),
/// `?` (one character). A glob without `/` matches the file name anywhere.
pub fn glob_match(glob: &str, path: &str) -> bool {
    let path = path.replace('\\', "/");
    if !glob.contains('/') {
        let name = path.rsplit('/').next().unwrap_or(&path);
        return matches(glob.as_bytes(), name.as_bytes());
    }
    matches(glob.as_bytes(), path.as_bytes())
}

fn matches(g: &[u8], p: &[u8]) -> bool {
    match g {
        [] => p.is_empty(),
        [b'*', b'*', b'/', rest @ ..] => {
            matches(rest, p) || (0..p.len()).any(|i| p[i] == b'/' && matches(rest, &p[i + 1..]))
        }
        [b'*', b'*', rest @ ..] => (0..=p.len()).any(|i| matches(rest, &p[i..])),
        [b'*', rest @ ..] => (0..=p.len())
            .take_while(|&i| i == 0 || p[i - 1] != b'/')
            .any(|i| matches(rest, &p[i..])),
        [b'?', rest @ ..] => !p.is_empty() && p[0] != b'/' && matches(rest, &p[1..]),
        [c, rest @ ..] => !p.is_empty() && p[0] == *c && matches(rest, &p[1..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match("*.md", "a/b/c.md"));
        assert!(glob_match("wires/tass-*.md", "wires/tass-1.md"));
        assert!(!glob_match("wires/tass-*.md", "wires/x/tass-1.md"));
        assert!(glob_match("articles/**/*.md", "articles/a.md"));
        assert!(glob_match("articles/**/*.md", "articles/x/y/a.md"));
        assert!(!glob_match("articles/**/*.md", "other/a.md"));
        assert!(glob_match("a?.txt", "ab.txt"));
    }

    #[test]
    fn parse_checks_keys_and_dates() {
        let e = Config::parse("sourcs = []", "factlint.toml").unwrap_err();
        assert_eq!(e.help.as_deref(), Some("did you mean `sources`?"));
        let e = Config::parse("[[path]]\nglob = \"*\"\ndate = \"soon\"", "f").unwrap_err();
        assert!(e.message.contains("not a date"));
        let e = Config::parse("[thresholds]\nsame-event-days = \"7\"", "f").unwrap_err();
        assert!(e.message.contains("invalid type"), "{}", e.message);
    }

    #[test]
    fn rules_and_options_follow_the_file() {
        let file = Config::parse(
            "disable = [\"series-ordinal\"]\n[severity]\nquote-speaker = \"note\"\n[thresholds]\nsame-event-days = 2\nnumeric-tolerance = 0.25\n",
            "f",
        )
        .unwrap();
        let cfg = Config { path: None, file };
        let mut rules = RuleSet::defaults();
        cfg.apply_rules(&mut rules).unwrap();
        assert!(!rules.get("series-ordinal").unwrap().enabled);
        let q = rules.get("quote-speaker").unwrap();
        assert_eq!(q.severity, Severity::Note);
        assert_eq!(q.weak_severity, Some(Severity::Note));
        assert_eq!(
            rules.get("quantity-mismatch").unwrap().tolerance,
            Some(0.25)
        );
        assert_eq!(cfg.options().align.same_event_days, 2);
        let bad = Config {
            path: None,
            file: Config::parse("disable = [\"quote-speakers\"]", "f").unwrap(),
        };
        let e = bad.apply_rules(&mut RuleSet::defaults()).unwrap_err();
        assert_eq!(e.help.as_deref(), Some("did you mean `quote-speaker`?"));
    }
}
