//! Loading rule files, with errors that point into the TOML.

use super::{Rule, TEMPLATE_FIELDS};
use std::ops::Range;
use std::path::Path;

/// The rule files shipped in `rules/`, embedded in the binary.
pub const DEFAULT_RULES: &[(&str, &str)] = &[
    (
        "rules/event-date.toml",
        include_str!("../../rules/event-date.toml"),
    ),
    (
        "rules/event-location.toml",
        include_str!("../../rules/event-location.toml"),
    ),
    (
        "rules/quantity-mismatch.toml",
        include_str!("../../rules/quantity-mismatch.toml"),
    ),
    (
        "rules/quote-speaker.toml",
        include_str!("../../rules/quote-speaker.toml"),
    ),
    (
        "rules/series-ordinal.toml",
        include_str!("../../rules/series-ordinal.toml"),
    ),
];

/// A rule file that cannot be used.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{path}: {message}")]
pub struct RuleError {
    /// The file.
    pub path: String,
    /// Its text, for pointing into it.
    pub text: String,
    /// What is wrong.
    pub message: String,
    /// Where, in bytes.
    pub span: Option<Range<usize>>,
    /// A suggestion, when there is one.
    pub help: Option<String>,
}

/// Parses and validates one rule file.
pub fn parse_rule(text: &str, path: &str) -> Result<Rule, RuleError> {
    let err = |message: String, span: Option<Range<usize>>, help: Option<String>| RuleError {
        path: path.to_string(),
        text: text.to_string(),
        message,
        span,
        help,
    };
    let rule: Rule = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        let help = suggest_field(&msg);
        err(msg, e.span(), help)
    })?;
    if rule.check.kind() != rule.kind {
        let span = find_key(text, "check");
        return Err(err(
            format!(
                "check `{:?}` compares {} claims, but the rule's kind is {}",
                rule.check,
                rule.check.kind().as_str(),
                rule.kind.as_str()
            ),
            span,
            None,
        ));
    }
    for (key, template) in [("message", &rule.message), ("help", &rule.help)] {
        if let Some(field) = unknown_template_field(template) {
            let span = text
                .find(&format!("{{{field}}}"))
                .map(|i| i..i + field.len() + 2)
                .or_else(|| find_key(text, key));
            let near = TEMPLATE_FIELDS
                .iter()
                .max_by(|a, b| {
                    strsim::jaro_winkler(a, &field).total_cmp(&strsim::jaro_winkler(b, &field))
                })
                .map(|s| {
                    format!(
                        "did you mean `{{{s}}}`? Fields: {}",
                        TEMPLATE_FIELDS.join(", ")
                    )
                });
            return Err(err(
                format!("the {key} template names an unknown field `{{{field}}}`"),
                span,
                near,
            ));
        }
    }
    Ok(rule)
}

/// Loads every `*.toml` rule file in a folder (sorted by name). Files named
/// `lexicon*.toml` are lexicons, not rules, and are skipped here.
pub fn load_dir(dir: &Path) -> Result<Vec<Rule>, Vec<RuleError>> {
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(e) => {
            return Err(vec![RuleError {
                path: dir.display().to_string(),
                text: String::new(),
                message: format!("cannot read rule folder: {e}"),
                span: None,
                help: None,
            }])
        }
    };
    entries.sort();
    let mut rules = Vec::new();
    let mut errors = Vec::new();
    for p in entries {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if p.extension().is_none_or(|e| e != "toml") || name.starts_with("lexicon") {
            continue;
        }
        let shown = p.display().to_string();
        match std::fs::read_to_string(&p) {
            Ok(text) => match parse_rule(&text, &shown) {
                Ok(r) => rules.push(r),
                Err(e) => errors.push(e),
            },
            Err(e) => errors.push(RuleError {
                path: shown,
                text: String::new(),
                message: format!("cannot read: {e}"),
                span: None,
                help: None,
            }),
        }
    }
    if errors.is_empty() {
        Ok(rules)
    } else {
        Err(errors)
    }
}

fn unknown_template_field(template: &str) -> Option<String> {
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let after = &rest[i + 1..];
        let j = after.find('}')?;
        let field = &after[..j];
        if !TEMPLATE_FIELDS.contains(&field) {
            return Some(field.to_string());
        }
        rest = &after[j + 1..];
    }
    None
}

const RULE_KEYS: [&str; 13] = [
    "id",
    "kind",
    "check",
    "severity",
    "weak-severity",
    "summary",
    "message",
    "help",
    "link",
    "doc",
    "tolerance",
    "enabled",
    "test",
];

/// `unknown field `sevrity`, expected ...` → `did you mean `severity`?`
fn suggest_field(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let field = &rest[..rest.find('`')?];
    let best = RULE_KEYS
        .iter()
        .map(|k| (strsim::jaro_winkler(k, field), k))
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 > 0.8).then(|| format!("did you mean `{}`?", best.1))
}

fn find_key(text: &str, key: &str) -> Option<Range<usize>> {
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with(key) {
            let start = pos + line.len() - line.trim_start().len();
            return Some(start..pos + line.trim_end().len());
        }
        pos += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_rule_parses() {
        for (path, text) in DEFAULT_RULES {
            parse_rule(text, path).unwrap_or_else(|e| panic!("{path}: {}", e.message));
        }
    }

    const GOOD: &str = "id = \"x\"\nkind = \"date\"\ncheck = \"same-date\"\nseverity = \"error\"\nsummary = \"s\"\nmessage = \"{subject}\"\nhelp = \"h\"\n";

    #[test]
    fn unknown_key_suggests_the_right_one() {
        let text = GOOD.replace("severity", "sevrity");
        let e = parse_rule(&text, "r.toml").unwrap_err();
        assert!(e.message.contains("unknown field"), "{}", e.message);
        assert_eq!(e.help.as_deref(), Some("did you mean `severity`?"));
        assert!(e.span.is_some());
    }

    #[test]
    fn unknown_check_type_and_template_field_are_errors() {
        let e = parse_rule(&GOOD.replace("same-date", "same-moon"), "r.toml").unwrap_err();
        assert!(e.message.contains("unknown variant"), "{}", e.message);
        let e = parse_rule(&GOOD.replace("{subject}", "{a.outlt}"), "r.toml").unwrap_err();
        assert!(e.message.contains("a.outlt"));
        assert!(e.help.unwrap().contains("a.outlet"));
        let e = parse_rule(&GOOD.replace("same-date", "same-place"), "r.toml").unwrap_err();
        assert!(e.message.contains("location"), "{}", e.message);
    }
}
