//! SARIF 2.1.0, as GitHub code scanning accepts it.
//!
//! One run; `tool.driver.rules` lists every loaded rule; each finding is a
//! result whose primary claim is its location and whose other claims are
//! related locations; `partialFingerprints` carries the claim-keyed
//! fingerprint so a finding keeps its identity when lines move.

use crate::claims::Claim;
use crate::pipeline::Analysis;
use crate::rules::{RuleSet, Severity};
use crate::source::Source;
use serde_json::{json, Value};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// The SARIF schema URI written in `$schema`.
pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Key of the fingerprint in `partialFingerprints`.
pub const FINGERPRINT_KEY: &str = "factlint/claim/v1";

/// 1-based (start line, start column, end line, end column) of a byte span,
/// columns in characters, end column exclusive.
pub fn span_region(s: &Source, span: Range<usize>) -> (usize, usize, usize, usize) {
    let (l, c) = s.line_col(span.start);
    let (el, ec) = s.line_col(span.end.max(span.start));
    (l, c, el, ec)
}

fn repo_root(from: &Path) -> Option<PathBuf> {
    from.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_path_buf)
}

/// A source path as a relative, `/`-separated URI: relative to the
/// repository root containing the current folder (or to the current folder).
pub fn artifact_path(path: &str) -> String {
    let (text, absolute) = relative_path(path);
    // A file outside the folder stays absolute, as a `file:` URI: a bare
    // `//tmp/a.txt` would name a host `tmp`.
    if absolute {
        format!("file:///{}", uri_escape(&text))
    } else {
        uri_escape(&text)
    }
}

/// A source path as GitHub annotations and reviewdog take it: relative to
/// the repository root (or the current folder), `/`-separated, written as
/// it is (`my dir/é a.md`, no URI escapes); a file outside stays absolute.
pub fn repo_path(path: &str) -> String {
    match relative_path(path) {
        (text, true) => format!("/{text}"),
        (text, false) => text,
    }
}

/// The path relative to the repository root containing the current folder
/// (or to it), its components joined by `/`, and whether it stayed
/// absolute (outside that folder).
fn relative_path(path: &str) -> (String, bool) {
    let p = Path::new(path);
    let cwd = std::env::current_dir()
        .ok()
        .and_then(|d| d.canonicalize().ok());
    let rel = match (cwd, p.canonicalize()) {
        (Some(cwd), Ok(abs)) => {
            let base = repo_root(&cwd).unwrap_or(cwd);
            abs.strip_prefix(&base)
                .map(Path::to_path_buf)
                .unwrap_or_else(|_| p.to_path_buf())
        }
        _ => p.to_path_buf(),
    };
    let text = rel
        .components()
        .filter(|c| {
            !matches!(
                c,
                std::path::Component::CurDir | std::path::Component::RootDir
            )
        })
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/");
    (text, rel.has_root())
}

fn uri_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z'
            | b'a'..=b'z'
            | b'0'..=b'9'
            | b'-'
            | b'.'
            | b'_'
            | b'~'
            | b'/'
            | b'+'
            | b'@' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn physical(a: &Analysis, c: &Claim) -> Value {
    let s = &a.sources[c.source];
    let (l, col, el, ec) = span_region(s, c.span.clone());
    json!({
        "artifactLocation": { "uri": artifact_path(&s.path) },
        "region": {
            "startLine": l,
            "startColumn": col,
            "endLine": el,
            "endColumn": ec,
            "snippet": { "text": &s.text[c.span.clone()] },
        },
    })
}

fn rule_name(id: &str) -> String {
    id.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut cs = w.chars();
            cs.next()
                .map(|f| f.to_uppercase().chain(cs).collect::<String>())
                .unwrap_or_default()
        })
        .collect()
}

/// Renders the SARIF log (pretty-printed).
pub fn render(a: &Analysis, rules: &RuleSet) -> String {
    let driver_rules: Vec<Value> = rules
        .rules
        .iter()
        .map(|r| {
            let mut v = json!({
                "id": r.id,
                "name": rule_name(&r.id),
                "shortDescription": { "text": r.summary },
                "fullDescription": { "text": r.doc.as_deref().map_or(r.summary.as_str(), str::trim) },
                "help": {
                    "text": r.help,
                    "markdown": match &r.doc {
                        Some(d) => format!("{}\n\n{}", r.help, d.trim()),
                        None => r.help.clone(),
                    },
                },
                "defaultConfiguration": {
                    "level": level(r.severity),
                    "enabled": r.enabled,
                },
                "properties": { "tags": ["factlint", r.kind.as_str()] },
            });
            if let Some(link) = r.link.as_deref().filter(|l| l.starts_with("http")) {
                v["helpUri"] = json!(link);
            }
            v
        })
        .collect();
    let results: Vec<Value> = a
        .findings
        .iter()
        .map(|f| {
            let primary = &a.claims[f.claims[0]];
            let related: Vec<Value> = f.claims[1..]
                .iter()
                .enumerate()
                .map(|(i, &ci)| {
                    let c = &a.claims[ci];
                    json!({
                        "id": i + 1,
                        "physicalLocation": physical(a, c),
                        "message": {
                            "text": format!("{} says {}", a.sources[c.source].name(), super::plain::value(c))
                        },
                    })
                })
                .collect();
            let mut r = json!({
                "ruleId": f.rule,
                "level": level(f.severity),
                "message": { "text": format!("{} ({})", f.message, f.why) },
                "locations": [{
                    "physicalLocation": physical(a, primary),
                    "message": {
                        "text": format!("{} says {}", a.sources[primary.source].name(), super::plain::value(primary))
                    },
                }],
                "relatedLocations": related,
                "partialFingerprints": { FINGERPRINT_KEY: f.fingerprint },
                "properties": { "subject": f.subject, "help": f.help },
            });
            if let Some(i) = rules.rules.iter().position(|x| x.id == f.rule) {
                r["ruleIndex"] = json!(i);
            }
            r
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "factlint",
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": driver_rules,
                }
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).expect("SARIF serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_uris() {
        assert_eq!(rule_name("event-date"), "EventDate");
        assert_eq!(uri_escape("a b/ü.md"), "a%20b/%C3%BC.md");
        // Outside the current repository or folder: an absolute file URI.
        let outside =
            std::env::temp_dir().join(format!("factlint-sarif-{}.txt", std::process::id()));
        std::fs::write(&outside, "x").unwrap();
        let uri = artifact_path(&outside.to_string_lossy());
        let _ = std::fs::remove_file(&outside);
        assert!(uri.starts_with("file:///"), "{uri}");
        assert!(!uri.starts_with("file:////"), "{uri}");
    }
}
