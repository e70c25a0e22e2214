//! `factlint config`: every resolved value of the configuration and where
//! it came from (the command line, the configuration file or the default).

use super::Config;
use std::path::PathBuf;

/// The rows of the `factlint config` table, each a key, its value and
/// where the value came from.
struct Rows {
    out: String,
    /// The configuration file as shown to the user.
    file: String,
}

impl Rows {
    fn row(&mut self, key: &str, value: String, origin: &str) {
        self.out
            .push_str(&format!("{key:<38} {value:<40} ({origin})\n"));
    }

    /// The file when `set`, else `default`.
    fn from(&self, set: bool) -> String {
        if set {
            self.file.clone()
        } else {
            "default".into()
        }
    }

    /// A row whose value is set in the file when `set`, else the default.
    fn setting(&mut self, key: &str, value: String, set: bool) {
        let origin = self.from(set);
        self.row(key, value, &origin);
    }
}

impl Config {
    /// `factlint config`: every resolved value and where it came from.
    pub fn describe(&self, flag_paths: &[PathBuf], flag_rules: &[PathBuf]) -> String {
        let mut rows = Rows {
            out: format!(
                "configuration file: {}\n\n",
                self.path
                    .as_ref()
                    .map_or_else(|| "none found".into(), |p| p.display().to_string())
            ),
            file: self.shown(),
        };
        self.describe_inputs(&mut rows, flag_paths, flag_rules);
        self.describe_thresholds(&mut rows);
        self.describe_reading(&mut rows);
        rows.out
    }

    /// Sources, rule folders, and which rules run at what severity.
    fn describe_inputs(&self, rows: &mut Rows, flag_paths: &[PathBuf], flag_rules: &[PathBuf]) {
        let sources = self.source_paths(flag_paths);
        let origin = if flag_paths.is_empty() {
            rows.from(!self.file.sources.is_empty())
        } else {
            "command line".into()
        };
        rows.row("sources", format!("{sources:?}"), &origin);
        let dirs = self.rule_dirs(flag_rules);
        let origin = match (self.file.rules.is_empty(), flag_rules.is_empty()) {
            (true, true) => "default".to_string(),
            (false, true) => rows.file.clone(),
            (true, false) => "command line".into(),
            (false, false) => format!("{} + command line", rows.file),
        };
        rows.row("rules", format!("{dirs:?}"), &origin);
        let f = &self.file;
        rows.setting("disable", format!("{:?}", f.disable), !f.disable.is_empty());
        rows.setting("ignore", format!("{:?}", f.ignore), !f.ignore.is_empty());
        rows.setting("select", format!("{:?}", f.select), !f.select.is_empty());
        for (id, s) in &f.severity {
            let file = rows.file.clone();
            rows.row(&format!("severity.{id}"), s.as_str().into(), &file);
        }
    }

    /// The alignment and story thresholds, resolved.
    fn describe_thresholds(&self, rows: &mut Rows) {
        let t = &self.file.thresholds;
        let opts = self.options();
        let a = &opts.align;
        let aligned = [
            ("quote-similarity", a.quote_similarity, t.quote_similarity),
            (
                "context-similarity",
                a.context_similarity,
                t.context_similarity,
            ),
            (
                "keyed-context-similarity",
                a.keyed_context_similarity,
                t.keyed_context_similarity,
            ),
            (
                "outcome-context-similarity",
                a.outcome_context_similarity,
                t.outcome_context_similarity,
            ),
            (
                "scoped-context-similarity",
                a.scoped_context_similarity,
                t.scoped_context_similarity,
            ),
        ];
        for (key, value, set) in aligned {
            rows.setting(
                &format!("thresholds.{key}"),
                value.to_string(),
                set.is_some(),
            );
        }
        rows.setting(
            "thresholds.same-event-days",
            a.same_event_days.to_string(),
            t.same_event_days.is_some(),
        );
        rows.setting(
            "thresholds.story-window-days",
            opts.stories.settings.linkage.window_days.to_string(),
            t.story_window_days.is_some(),
        );
        rows.setting(
            "story",
            opts.stories.mode.as_str().to_string(),
            self.file.story.is_some(),
        );
    }

    /// How folders are read, who reviews, the numeric tolerance and the
    /// per-path settings.
    fn describe_reading(&self, rows: &mut Rows) {
        let f = &self.file;
        rows.setting(
            "follow",
            f.follow.unwrap_or(false).to_string(),
            f.follow.is_some(),
        );
        rows.setting(
            "respect-gitignore",
            f.respect_gitignore.unwrap_or(true).to_string(),
            f.respect_gitignore.is_some(),
        );
        let exclude = if f.exclude.is_empty() {
            "(none)".to_string()
        } else {
            f.exclude.join(", ")
        };
        rows.setting("exclude", exclude, !f.exclude.is_empty());
        let reviewer = f
            .reviewer
            .clone()
            .unwrap_or_else(|| "(none: asked in the review page)".into());
        rows.setting("reviewer", reviewer, f.reviewer.is_some());
        let max = f
            .max_filesize
            .unwrap_or(crate::source::DEFAULT_MAX_FILESIZE);
        rows.setting("max-filesize", max.to_string(), f.max_filesize.is_some());
        let tolerance = f.thresholds.numeric_tolerance;
        rows.setting(
            "thresholds.numeric-tolerance",
            tolerance.map_or_else(|| "each rule's own".into(), |v| v.to_string()),
            tolerance.is_some(),
        );
        for p in &f.paths {
            let mut v = Vec::new();
            if let Some(o) = &p.outlet {
                v.push(format!("outlet = {o:?}"));
            }
            if let Some(d) = &p.date {
                v.push(format!("date = {d}"));
            }
            let file = rows.file.clone();
            rows.row(&format!("path \"{}\"", p.glob), v.join(", "), &file);
        }
    }
}
