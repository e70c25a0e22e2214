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
        "rules/home-place.toml",
        include_str!("../../rules/home-place.toml"),
    ),
    (
        "rules/name-spelling.toml",
        include_str!("../../rules/name-spelling.toml"),
    ),
    (
        "rules/person-role.toml",
        include_str!("../../rules/person-role.toml"),
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
        "rules/result-mismatch.toml",
        include_str!("../../rules/result-mismatch.toml"),
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
    let mut rule: Rule = toml::from_str(text).map_err(|e| {
        let msg = e.message().to_string();
        let help = suggest(&msg);
        err(msg, e.span(), help)
    })?;
    rule.origin = path.to_string();
    if let Some(spec) = rule.extractor.as_mut() {
        spec.compile(rule.kind)
            .map_err(|(m, span, help)| err(m, Some(span), help))?;
    }
    for (n, case) in rule.tests.iter().enumerate() {
        let span = nth_test_header(text, n);
        if case.sources.len() < 2 {
            return Err(err(
                format!(
                    "test case {} has {} source{}: a test needs two or more",
                    n + 1,
                    case.sources.len(),
                    if case.sources.len() == 1 { "" } else { "s" }
                ),
                span,
                Some("add another `[[test.source]]` table with `text = \"...\"`".into()),
            ));
        }
        for src in &case.sources {
            if let Some(d) = &src.date {
                if d.parse::<jiff::civil::Date>().is_err() {
                    let at = text
                        .find(&format!("\"{d}\""))
                        .map(|i| i..i + d.len() + 2)
                        .or(span.clone());
                    return Err(err(
                        format!("test case {}: `{d}` is not a date", n + 1),
                        at,
                        Some("write dates as \"YYYY-MM-DD\"".into()),
                    ));
                }
            }
        }
    }
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
    if let Some(t) = rule.tolerance {
        if !(0.0..=1.0).contains(&t) {
            return Err(err(
                format!("tolerance = {t} is outside 0-1 (a share: 0.1 = 10%)"),
                find_key(text, "tolerance"),
                None,
            ));
        }
    }
    if let Some(m) = rule.clock_slack {
        if !(0.0..=720.0).contains(&m) {
            return Err(err(
                format!("clock-slack = {m} is outside 0-720 (minutes)"),
                find_key(text, "clock-slack"),
                None,
            ));
        }
    }
    let update = rule.update_message.clone().unwrap_or_default();
    for (key, template) in [
        ("message", &rule.message),
        ("help", &rule.help),
        ("update-message", &update),
    ] {
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

/// The part of a rule file before its test cases, when that part holds
/// the whole rule: the text up to the first `[[test]]` header, provided
/// every table header after it is a test's (`[[test]]`,
/// `[[test.source]]`). `None` when another table follows the tests.
pub(super) fn head_without_tests(text: &str) -> Option<&str> {
    let mut pos = 0;
    let mut cut = None;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if t.starts_with('[') {
            match t {
                "[[test]]" | "[[test.source]]" => {
                    cut.get_or_insert(pos);
                }
                _ if cut.is_some() => return None,
                _ => {}
            }
        }
        pos += line.len();
    }
    Some(&text[..cut.unwrap_or(text.len())])
}

/// Loads every `*.toml` rule file in a folder (sorted by name). Files named
/// `lexicon*.toml` are lexicons, not rules, and are skipped here.
pub fn load_dir(dir: &Path) -> Result<Vec<Rule>, Vec<RuleError>> {
    load_dirs(std::slice::from_ref(&dir.to_path_buf()))
}

/// Loads the rule files of several folders; a rule id defined twice (in one
/// folder or across them) is an error.
pub fn load_dirs(dirs: &[std::path::PathBuf]) -> Result<Vec<Rule>, Vec<RuleError>> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut errors = Vec::new();
    for dir in dirs {
        let mut entries: Vec<_> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                errors.push(RuleError {
                    path: dir.display().to_string(),
                    text: String::new(),
                    message: format!("cannot read rule folder: {e}"),
                    span: None,
                    help: None,
                });
                continue;
            }
        };
        entries.sort();
        for p in entries {
            let name = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if p.extension().is_none_or(|e| e != "toml") || name.starts_with("lexicon") {
                continue;
            }
            let shown = p.display().to_string();
            let text = match std::fs::read_to_string(&p) {
                Ok(t) => t,
                Err(e) => {
                    errors.push(RuleError {
                        path: shown,
                        text: String::new(),
                        message: format!("cannot read: {e}"),
                        span: None,
                        help: None,
                    });
                    continue;
                }
            };
            match parse_rule(&text, &shown) {
                Ok(r) => {
                    if let Some(first) = rules.iter().find(|x| x.id == r.id) {
                        errors.push(RuleError {
                            path: shown,
                            message: format!("rule id `{}` is used twice", r.id),
                            span: find_key(&text, "id"),
                            help: Some(format!(
                                "`{}` is already defined in {}; give this rule another id",
                                r.id, first.origin
                            )),
                            text,
                        });
                    } else {
                        rules.push(r);
                    }
                }
                Err(e) => errors.push(e),
            }
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

/// `unknown field `sevrity`, expected one of `id`, ...` → `did you mean
/// `severity`?`; the same for unknown variants (check types, kinds,
/// severities), using the list the parser gives.
pub fn suggest(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("unknown variant `"))?;
    let word = &rest[..rest.find('`')?];
    let expected = &rest[rest.find("expected")?..];
    let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let best = options
        .iter()
        .map(|k| (strsim::jaro_winkler(k, word), k))
        .max_by(|a, b| a.0.total_cmp(&b.0))?;
    (best.0 > 0.8).then(|| format!("did you mean `{}`?", best.1))
}

/// The span of the `n`-th `[[test]]` header.
fn nth_test_header(text: &str, n: usize) -> Option<Range<usize>> {
    let mut pos = 0;
    let mut seen = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == "[[test]]" {
            if seen == n {
                let start = pos + line.len() - line.trim_start().len();
                return Some(start..start + "[[test]]".len());
            }
            seen += 1;
        }
        pos += line.len();
    }
    None
}

/// The span of the line `key = ...` in a TOML text (the first such line).
pub(crate) fn find_key(text: &str, key: &str) -> Option<Range<usize>> {
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_start();
        if t.strip_prefix(key)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
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

    /// Each embedded file read up to its tests is the whole file's rule
    /// without them.
    #[test]
    fn every_default_rule_reads_the_same_without_its_tests() {
        for (path, text) in DEFAULT_RULES {
            let head = head_without_tests(text).expect("tests come last");
            assert!(head.len() < text.len(), "{path} has tests");
            let mut whole = parse_rule(text, path).unwrap();
            whole.tests.clear();
            let cut = parse_rule(head, path).unwrap();
            assert_eq!(format!("{cut:?}"), format!("{whole:?}"), "{path}");
        }
    }

    #[test]
    fn a_table_after_the_tests_keeps_the_whole_file() {
        let test = "[[test]]\nexpect = 0\n[[test.source]]\ntext = \"a\"\n";
        let text = format!("{GOOD}{test}");
        assert_eq!(head_without_tests(&text), Some(GOOD));
        assert_eq!(head_without_tests(GOOD), Some(GOOD));
        let text = format!("{GOOD}{test}[extractor]\npattern = \"x\"\n");
        assert_eq!(head_without_tests(&text), None);
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
