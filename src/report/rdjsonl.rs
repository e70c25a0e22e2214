//! reviewdog's rdjsonl: one `Diagnostic` JSON object per line.
//! <https://github.com/reviewdog/reviewdog/tree/master/proto/rdf>

use super::sarif::repo_path;
use crate::claims::Claim;
use crate::pipeline::Analysis;
use crate::rules::Severity;
use serde_json::{json, Value};

/// A claim's place: reviewdog counts columns in UTF-8 bytes, 1-based.
fn location(a: &Analysis, c: &Claim) -> Value {
    let s = &a.sources[c.source];
    let start = s.line_byte_col(c.span.start);
    let end = s.line_byte_col(c.span.end.max(c.span.start));
    json!({
        "path": repo_path(&s.path),
        "range": {
            "start": { "line": start.0, "column": start.1 },
            "end": { "line": end.0, "column": end.1 },
        },
    })
}

/// Renders one diagnostic per line.
pub fn render(a: &Analysis) -> String {
    let mut out = String::new();
    for f in &a.findings {
        let primary = &a.claims[f.claims[0]];
        let related: Vec<Value> = f.claims[1..]
            .iter()
            .map(|&i| {
                let c = &a.claims[i];
                json!({
                    "message": format!("{} says {}", a.sources[c.source].name(), super::plain::value(c)),
                    "location": location(a, c),
                })
            })
            .collect();
        let mut code = json!({ "value": f.rule });
        if let Some(link) = f.link.as_deref().filter(|l| l.starts_with("http")) {
            code["url"] = json!(link);
        }
        let d = json!({
            "message": format!("{} ({})", f.message, f.why),
            "location": location(a, primary),
            "severity": match f.severity {
                Severity::Error => "ERROR",
                Severity::Warning => "WARNING",
                Severity::Note => "INFO",
            },
            "source": { "name": "factlint" },
            "code": code,
            "related_locations": related,
        });
        out.push_str(&d.to_string());
        out.push('\n');
    }
    out
}
